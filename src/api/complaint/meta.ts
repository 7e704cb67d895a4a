import { defineTypeMeta } from '../../type-meta/define';
import { CONTACT_OF_COUNTERPARTY_HINT } from '../../type-meta/shared-captions';

export default defineTypeMeta({
  uid: 'api::complaint.complaint',
  group: 'work',
  displayName: 'Рекламація',
  pluralName: 'Рекламації',
  fields: {
    number: 'Номер',
    receivedAt: 'Дата надходження',
    counterparty: 'Контрагент',
    contactPerson: 'Контактна особа',
    product: 'Товар / послуга',
    invoice: 'Рахунок',
    category: 'Категорія',
    severity: 'Важливість',
    description: 'Суть рекламації',
    registeredBy: 'Зареєстрував',
    responsible: 'Відповідальний',
    state: 'Статус',
    resolution: 'Рішення',
    resolvedAt: 'Дата вирішення',
    cost: 'Витрати на врегулювання',
  },
  enums: {
    category: {
      quality: 'Якість',
      delivery: 'Доставка',
      service: 'Обслуговування',
      documents: 'Документи',
      other: 'Інше',
    },
    severity: { low: 'Низька', medium: 'Середня', high: 'Висока', critical: 'Критична' },
    state: { new: 'Нова', investigating: 'Розглядається', resolved: 'Вирішена', rejected: 'Відхилена' },
  },
  mainField: 'number',
  hints: { contactPerson: CONTACT_OF_COUNTERPARTY_HINT },
  list: ['number', 'receivedAt', 'counterparty', 'category', 'severity', 'state'],
  sort: ['receivedAt', 'DESC'],
  decimals: { cost: 'amount' },
  ownership: {
    responsible: ['counterparty.manager', 'responsible', 'registeredBy'],
    department: [
      'counterparty.department',
      'counterparty.manager.department',
      'responsible.department',
      'registeredBy.department',
    ],
  },
  ownerDefaults: { employee: 'registeredBy' },
});
