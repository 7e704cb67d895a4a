import { defineTypeMeta } from '../../type-meta/define';

export default defineTypeMeta({
  uid: 'api::report-subscription.report-subscription',
  group: 'work',
  displayName: 'Підписка на звіт',
  pluralName: 'Підписки на звіти',
  fields: {
    name: 'Назва',
    reportKey: 'Код звіту',
    parameters: 'Параметри звіту',
    schedule: 'Розклад (cron)',
    recipients: 'Одержувачі',
    owner: 'Власник',
    active: 'Активна',
    lastRunAt: 'Останнє надсилання',
    lastError: 'Остання помилка',
  },
  hints: {
    reportKey: 'Напр. sales-volume, counterparty-structure',
    parameters: 'JSON, напр. { "period": "previous-month" }; період: previous-month, current-month, previous-week, previous-day, current-year або { "from", "to" }',
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
