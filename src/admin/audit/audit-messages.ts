import type { Messages } from '../kit/pages';

/** The "Історія змін" side panel's own strings (the captions of entries come from audit-format.ts). */
export const auditPanelMessages: Messages = {
  uk: {
    'vitrylo.audit.title': 'Історія змін',
    'vitrylo.audit.loading': 'Завантаження історії змін…',
    'vitrylo.audit.forbidden': 'Немає доступу до історії змін цього запису.',
    'vitrylo.audit.error': 'Не вдалося завантажити історію змін.',
    'vitrylo.audit.empty': 'Змін ще не було.',
    'vitrylo.audit.latest': 'Показано {count} останніх змін.',
    'vitrylo.audit.more': '{count, plural, one {і ще # поле} few {і ще # поля} many {і ще # полів} other {і ще # поля}}',
    'vitrylo.audit.openRecord': 'Відкрити запис: {label}',
    'vitrylo.audit.noFieldChanges': 'Змін у полях немає.',
    'vitrylo.audit.seeSummary': 'Це пакетне завдання: що воно зробило, показано в підсумках нижче.',
    'vitrylo.audit.noJob': '—',
  },
  en: {
    'vitrylo.audit.title': 'Change history',
    'vitrylo.audit.loading': 'Loading the change history…',
    'vitrylo.audit.forbidden': 'You may not see the change history of this record.',
    'vitrylo.audit.error': 'Could not load the change history.',
    'vitrylo.audit.empty': 'No changes yet.',
    'vitrylo.audit.latest': 'The latest {count} changes are shown.',
    'vitrylo.audit.more': '{count, plural, one {and # more field} other {and # more fields}}',
    'vitrylo.audit.openRecord': 'Open the record: {label}',
    'vitrylo.audit.noFieldChanges': 'No field changed.',
    'vitrylo.audit.seeSummary': 'A bulk job: see its summary below.',
    'vitrylo.audit.noJob': '—',
  },
};
