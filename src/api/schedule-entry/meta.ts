import { defineTypeMeta } from '../../type-meta/define';

export default defineTypeMeta({
  uid: 'api::schedule-entry.schedule-entry',
  group: 'work',
  displayName: 'Запис графіка роботи',
  pluralName: 'Графік роботи',
  fields: {
    employee: 'Співробітник',
    start: 'Початок',
    end: 'Закінчення',
    kind: 'Вид',
    counterparty: 'Контрагент',
    city: 'Місто',
    organization: 'Організація',
    purpose: 'Мета',
    note: 'Примітка',
  },
  enums: {
    kind: {
      office: 'В офісі',
      'client-visit': 'Візит до клієнта',
      'business-trip': 'Відрядження',
      remote: 'Віддалена робота',
      vacation: 'Відпустка',
      'sick-leave': 'Лікарняний',
      'day-off': 'Вихідний',
      other: 'Інше',
    },
  },
  mainField: 'purpose',
  list: ['employee', 'start', 'end', 'kind', 'counterparty', 'city'],
  sort: ['start', 'DESC'],
  ownership: { department: ['employee.department'], me: ['employee'] },
  ownerDefaults: { employee: 'employee' },
});
