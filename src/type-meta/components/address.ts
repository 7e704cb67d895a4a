import { defineComponentMeta } from '../define';

export default defineComponentMeta({
  uid: 'crm.address',
  displayName: 'Адреса',
  fields: {
    postalCode: 'Поштовий індекс',
    city: 'Населений пункт',
    street: 'Вулиця',
    building: 'Будинок',
    office: 'Офіс / квартира',
    country: 'Країна',
  },
  mainField: 'city',
});
