import { defineComponentMeta } from '../define';

export default defineComponentMeta({
  uid: 'crm.bank-account',
  displayName: 'Банківський рахунок',
  pluralName: 'Банківські рахунки',
  fields: { iban: 'IBAN', bankName: 'Банк', mfo: 'МФО', currency: 'Валюта', isMain: 'Основний рахунок' },
  mainField: 'iban',
});
