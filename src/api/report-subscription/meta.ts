import { defineTypeMeta } from '../../type-meta/define';

export default defineTypeMeta({
  uid: 'api::report-subscription.report-subscription',
  group: 'work',
  displayName: 'Підписка на звіт',
  pluralName: 'Підписки на звіти',
  fields: {
    name: 'Назва',
    reportKey: 'Звіт',
    parameters: 'Параметри звіту',
    schedule: 'Розклад надсилання',
    recipients: 'Одержувачі',
    owner: 'Власник',
    active: 'Активна',
    lastRunAt: 'Останнє надсилання',
    lastError: 'Остання помилка',
  },
  enums: {
    // the reports of src/reports/catalog.ts by their titles (a unit test keeps the two lists equal)
    reportKey: {
      'counterparty-structure': 'Структура бази контрагентів',
      'contact-chronicle': 'Хроніка контактів',
      'manager-activity': 'Активність менеджерів',
      'sales-volume': 'Обсяг і структура продажів',
      refusals: 'Відмови і втрачені клієнти',
      'receivables-aging': 'Дебіторська заборгованість за строками',
      payments: 'Платежі',
      'inbound-requests': 'Вхідні звернення',
      complaints: 'Рекламації',
      'work-schedule': 'Графік роботи і табель',
      'invoice-print': 'Рахунок на оплату',
    },
  },
  hints: {
    reportKey: 'Звіт, який надсилатиметься',
    parameters: 'Період задається словами («минулий місяць»): його дати обчислюються в день надсилання',
    schedule: 'Хвилина година день місяць день-тижня за часом компанії, напр. «0 8 1 * *» — 1-го числа о 08:00',
    recipients: 'Адреси електронної пошти через кому або з нового рядка',
    owner: 'Звіт формується з правами власника: менеджер отримує лише своїх клієнтів',
  },
  readOnly: ['lastRunAt', 'lastError'],
  mainField: 'name',
  list: ['name', 'reportKey', 'schedule', 'owner', 'active', 'lastRunAt'],
  sort: ['name', 'ASC'],
  ownership: { me: ['owner'] },
  ownerDefaults: { employee: 'owner' },
});
