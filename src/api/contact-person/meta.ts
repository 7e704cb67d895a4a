import { defineTypeMeta } from '../../type-meta/define';

export default defineTypeMeta({
  uid: 'api::contact-person.contact-person',
  group: 'work',
  displayName: 'Контактна особа',
  pluralName: 'Контактні особи',
  fields: {
    counterparty: 'Контрагент',
    fullName: 'ПІБ',
    position: 'Посада',
    phone: 'Телефон',
    email: 'Електронна пошта',
    birthday: 'Дата народження',
    isPrimary: 'Основна контактна особа',
    note: 'Примітка',
  },
  mainField: 'fullName',
  list: ['fullName', 'counterparty', 'position', 'phone', 'email'],
  ownership: {
    responsible: ['counterparty.manager'],
    department: ['counterparty.department', 'counterparty.manager.department'],
  },
  search: ['fullName', 'phone', 'email'],
});
