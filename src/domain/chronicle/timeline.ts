/**
 * One entry of a counterparty's timeline as the card shows it: when, what kind, who, subject and result.
 * Built from a row read with its relations; a field the caller may not read is left out (null), and the
 * contact person is named only when the caller may see that contact.
 */
export interface TimelineRow {
  documentId: string;
  occurredAt: string | Date | null;
  kind: string | null;
  direction?: string | null;
  state?: string | null;
  subject?: string | null;
  result?: string | null;
  employee?: { documentId: string; fullName?: string | null } | null;
  contactPerson?: { id: number; documentId: string; fullName?: string | null } | null;
  stage?: { documentId: string; name?: string | null } | null;
  businessLine?: { documentId: string; name?: string | null } | null;
}

export interface TimelineItem {
  documentId: string;
  occurredAt: string | null;
  kind: string | null;
  direction: string | null;
  state: string | null;
  subject: string | null;
  result: string | null;
  employee: { documentId: string; fullName: string | null } | null;
  contactPerson: { documentId: string; fullName: string | null } | null;
  stage: { documentId: string; name: string | null } | null;
  businessLine: { documentId: string; name: string | null } | null;
}

/** The row fields a timeline entry shows: the ones the caller may not read are not asked for. */
export const TIMELINE_FIELDS = ['occurredAt', 'kind', 'direction', 'state', 'subject', 'result'] as const;

export function timelineItem(row: TimelineRow, readable: { fields: ReadonlySet<string>; contactIds: ReadonlySet<number> }): TimelineItem {
  const field = <K extends keyof TimelineRow>(name: K) => (readable.fields.has(name) ? (row[name] ?? null) : null);
  const occurredAt = field('occurredAt');
  const named = (value: { documentId: string; name?: string | null } | null | undefined) => (value ? { documentId: value.documentId, name: value.name ?? null } : null);
  return {
    documentId: row.documentId,
    occurredAt: occurredAt instanceof Date ? occurredAt.toISOString() : ((occurredAt as string | null) ?? null),
    kind: field('kind') as string | null,
    direction: field('direction') as string | null,
    state: field('state') as string | null,
    subject: field('subject') as string | null,
    result: field('result') as string | null,
    employee: readable.fields.has('employee') && row.employee ? { documentId: row.employee.documentId, fullName: row.employee.fullName ?? null } : null,
    contactPerson:
      readable.fields.has('contactPerson') && row.contactPerson && readable.contactIds.has(row.contactPerson.id)
        ? { documentId: row.contactPerson.documentId, fullName: row.contactPerson.fullName ?? null }
        : null,
    stage: readable.fields.has('stage') ? named(row.stage) : null,
    businessLine: readable.fields.has('businessLine') ? named(row.businessLine) : null,
  };
}

/** Page figures of a capped count: `total` is exact up to the cap, cap + 1 means "more than the cap". */
export function timelinePagination(page: number, pageSize: number, total: number, cap: number) {
  const overCap = total > cap;
  return { page, pageSize, total: overCap ? cap : total, overCap, pageCount: Math.max(1, Math.ceil((overCap ? cap : total) / pageSize)) };
}
