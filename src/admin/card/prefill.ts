/**
 * What "Додати контакт" hands to the new interaction's form: the client and its contact person, carried in
 * the browser's history entry (react-router location state), so nothing about them lands in the address.
 */
export interface PrefillRecord {
  documentId: string;
  label: string;
}

export interface Prefill {
  counterparty: PrefillRecord;
  contactPerson: PrefillRecord | null;
}

const KEY = 'vitryloPrefill';

export const prefillState = (prefill: Prefill) => ({ [KEY]: prefill });

export function prefillFrom(state: unknown): Prefill | null {
  const value = state && typeof state === 'object' ? (state as Record<string, unknown>)[KEY] : null;
  if (!value || typeof value !== 'object') return null;
  const prefill = value as Prefill;
  return typeof prefill.counterparty?.documentId === 'string' ? prefill : null;
}

/**
 * A relation value as the content manager's relation input holds a record picked in it (Relations.tsx:
 * `connect` items with `apiData`), so the form shows it and saves it as if the person had picked it.
 * The row id is not known here: the documentId names the record, and the id is only the list's key.
 */
export function connectValue(uid: string, record: PrefillRecord, mainField: string) {
  return {
    connect: [
      {
        id: record.documentId,
        apiData: { documentId: record.documentId, isTemporary: true },
        __temp_key__: 'a0',
        [mainField]: record.label,
        label: record.label,
        href: `../collection-types/${uid}/${record.documentId}`,
      },
    ],
    disconnect: [],
  };
}
