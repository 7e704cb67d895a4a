import { defineTypeMeta } from '../../type-meta/define';

export default defineTypeMeta({
  uid: 'api::refusal.refusal',
  group: 'work',
  displayName: 'Відмова',
  pluralName: 'Відмови та розриви співпраці',
  fields: {
    counterparty: 'Контрагент',
    date: 'Дата',
    kind: 'Вид',
    lossReason: 'Причина відмови',
    stage: 'Етап продажу',
    product: 'Товар / послуга',
    competitor: 'Конкурент',
    lostAmount: 'Втрачена сума',
    employee: 'Співробітник',
    comment: 'Коментар',
  },
  enums: {
    kind: { 'refused-purchase': 'Відмова від покупки', 'ended-cooperation': 'Припинення співпраці' },
  },
  mainField: 'comment',
  list: ['date', 'counterparty', 'kind', 'lossReason', 'competitor', 'lostAmount'],
  sort: ['date', 'DESC'],
  decimals: { lostAmount: 'amount' },
  ownership: {
    responsible: ['counterparty.manager', 'employee'],
    department: ['counterparty.department', 'counterparty.manager.department', 'employee.department'],
  },
  ownerDefaults: { employee: 'employee' },
});
