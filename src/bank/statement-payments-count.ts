import type { Core } from '@strapi/strapi';
import { UID } from '../access/uids';

/**
 * A bank statement's payments are read through the statement only as their number. A statement holds up to
 * a hundred thousand payments, and Strapi's Document Service reads every record it has just created or
 * updated once more with all its relations populated, after the commit and without waiting, to emit its
 * entry.create / entry.update event: after a big import that was every payment of the statement through the
 * query engine — half a gigabyte of garbage and seconds of database time, overlapping whatever came next.
 *
 * So a read of statements that populates `payments` whole (`true`, `'*'`, or an entry without a field
 * list, as the event's read does) gets `{ count }` instead. Reads that name the fields they want (the audit
 * trail's snapshot) and the admin's edit view (which counts) are left as they are; a statement's payments
 * are listed from the payments' side, filtered by statement, page by page.
 */
type Populate = unknown;

const RELATION_TYPES = new Set(['relation', 'component', 'dynamiczone', 'media']);

/** `populate` with a whole `payments` entry replaced by a count; `attributes` are the statement's (for '*'). */
export function withPaymentsCounted(populate: Populate, attributes: Readonly<Record<string, { type: string }>>): Populate {
  if (populate === true || populate === '*') {
    const all: Record<string, unknown> = {};
    for (const [name, attribute] of Object.entries(attributes)) if (RELATION_TYPES.has(attribute.type)) all[name] = true;
    return withPaymentsCounted(all, attributes);
  }
  if (Array.isArray(populate)) {
    if (!populate.includes('payments')) return populate;
    return withPaymentsCounted(Object.fromEntries(populate.map((name) => [name, true])), attributes);
  }
  if (populate === null || typeof populate !== 'object' || !('payments' in populate)) return populate;
  const entry = (populate as Record<string, unknown>).payments;
  return isWhole(entry) ? { ...(populate as Record<string, unknown>), payments: { count: true } } : populate;
}

/** Keys an entry may have and still ask for every related row with every column. */
const WHOLE_KEYS = new Set(['select', 'fields', 'populate', 'orderBy', 'sort']);

/** An entry that asks for every related row with all its columns: no field list, no filter, no limit, no count. */
function isWhole(entry: unknown): boolean {
  if (entry === true || entry === '*') return true;
  if (entry === null || typeof entry !== 'object') return false;
  const { select, fields } = entry as Record<string, unknown>;
  return Object.keys(entry).every((key) => WHOLE_KEYS.has(key)) && (select === undefined || select === '*') && (fields === undefined || fields === '*');
}

/** bootstrap(): every read of statements through the query engine goes through it. */
export function countStatementPayments(strapi: Core.Strapi): void {
  const rewrite = (event: { params?: { populate?: Populate } }) => {
    if (event.params?.populate === undefined) return;
    const attributes = (strapi.getModel(UID.bankStatement as any) as any).attributes;
    event.params.populate = withPaymentsCounted(event.params.populate, attributes);
  };
  strapi.db.lifecycles.subscribe({ models: [UID.bankStatement], beforeFindOne: rewrite, beforeFindMany: rewrite } as any);
}
