import { defineComponentMeta } from '../define';

export default defineComponentMeta({
  uid: 'crm.money-item',
  displayName: 'Стаття',
  pluralName: 'Статті',
  fields: { item: 'Стаття', amount: 'Сума', date: 'Дата' },
  mainField: 'item',
  decimals: { amount: 'amount' },
});
