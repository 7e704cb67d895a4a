export const AUDIT_UID = 'api::audit-entry.audit-entry';

/** Content types of the CRM whose writes are logged: every `api::` type except the log itself. */
export function isAuditedUid(uid: string): boolean {
  return uid.startsWith('api::') && uid !== AUDIT_UID;
}

/** Ukrainian message of the refusal to edit the log by hand. */
export const READ_ONLY_MESSAGE = 'Журнал змін доступний лише для читання: записи створює система.';
