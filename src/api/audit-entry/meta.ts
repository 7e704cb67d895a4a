import { defineTypeMeta } from '../../type-meta/define';

/** Every field of the audit log: it is written by the audit trail only (the server refuses any other write). */
export const AUDIT_ENTRY_FIELDS = [
  'occurredAt',
  'actorType',
  'actorAdminUser',
  'actorName',
  'apiTokenName',
  'targetUid',
  'targetDocumentId',
  'targetLabel',
  'action',
  'changes',
  'jobName',
  'counts',
];

export default defineTypeMeta({
  uid: 'api::audit-entry.audit-entry',
  group: 'system',
  displayName: 'Запис журналу змін',
  pluralName: 'Журнал змін',
  fields: {
    occurredAt: 'Дата і час',
    actorType: 'Хто змінив',
    actorAdminUser: 'Користувач',
    actorName: 'Автор зміни',
    apiTokenName: 'API-токен',
    targetUid: 'Тип запису',
    targetDocumentId: 'ID запису',
    targetLabel: 'Запис',
    action: 'Дія',
    changes: 'Зміни',
    jobName: 'Пакетне завдання',
    counts: 'Підсумки завдання',
  },
  enums: {
    actorType: { admin: 'Користувач адмін-панелі', 'api-token': 'API-токен', system: 'Система' },
    action: { create: 'Створення', update: 'Зміна', delete: 'Видалення', 'bulk-job': 'Пакетне завдання' },
  },
  mainField: 'targetLabel',
  list: ['occurredAt', 'actorName', 'action', 'targetUid', 'targetLabel', 'jobName'],
  edit: [
    [['occurredAt', 4], ['action', 4], ['actorType', 4]],
    [['actorName', 6], ['actorAdminUser', 6]],
    [['apiTokenName', 6], ['jobName', 6]],
    [['targetLabel', 4], ['targetUid', 4], ['targetDocumentId', 4]],
    [['changes', 12]],
    [['counts', 12]],
  ],
  readOnly: AUDIT_ENTRY_FIELDS,
  sort: ['occurredAt', 'DESC'],
});
