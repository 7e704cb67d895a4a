import { defineComponentMeta } from '../define';

export default defineComponentMeta({
  uid: 'crm.event-material',
  displayName: 'Використаний рекламний матеріал',
  pluralName: 'Використані рекламні матеріали',
  fields: { marketingMaterial: 'Рекламний матеріал', quantity: 'Кількість' },
  mainField: 'quantity',
});
