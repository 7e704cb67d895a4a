import { defineComponentMeta } from '../define';

export default defineComponentMeta({
  uid: 'crm.event-participant',
  displayName: 'Учасник заходу',
  pluralName: 'Учасники заходу',
  fields: { counterparty: 'Контрагент', contactPerson: 'Контактна особа', status: 'Статус участі' },
  enums: {
    status: {
      invited: 'Запрошений',
      registered: 'Зареєстрований',
      attended: 'Був присутній',
      'no-show': 'Не з\'явився',
    },
  },
  mainField: 'status',
});
