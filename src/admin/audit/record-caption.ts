/**
 * How the audit log names the record an entry is about: the type in Ukrainian ("Рахунок", never
 * "api::invoice.invoice") and the panel address of the record. Pure, unit-tested.
 */
import { ukLabels } from '../../type-meta';

/** "Рахунок" for api::invoice.invoice; "Запис" for a type Vitrylo no longer has. */
export function typeCaption(uid: string | null | undefined): string {
  if (!uid) return '—';
  return ukLabels[uid]?.displayName ?? 'Запис';
}

/** "Рахунки": the type as a list is called, for counts ("Рахунки — 12"). */
export function typeListCaption(uid: string): string {
  const labels = ukLabels[uid];
  return labels ? labels.pluralName ?? labels.displayName : 'Записи';
}

/** Every type the log can name, for the list's filter: [caption, uid], by caption. */
export function typeOptions(): Array<{ label: string; value: string }> {
  return Object.entries(ukLabels)
    .filter(([uid]) => uid.startsWith('api::'))
    .map(([uid, labels]) => ({ label: labels.displayName, value: uid }))
    .sort((a, b) => a.label.localeCompare(b.label, 'uk'));
}

/** The record's page in the panel (under /admin), or null when there is none to open (a deletion, no id). */
export function recordPath(entry: { targetUid?: string | null; targetDocumentId?: string | null; action?: string | null }): string | null {
  if (!entry.targetUid || !entry.targetDocumentId || entry.action === 'delete' || !ukLabels[entry.targetUid]) return null;
  return `/content-manager/collection-types/${entry.targetUid}/${entry.targetDocumentId}`;
}
