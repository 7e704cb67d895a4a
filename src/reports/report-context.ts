import type { Core } from '@strapi/strapi';
import { andFilters, Filters, toWhere, Visibility } from '../access/visibility';
import type { LocalDate } from '../domain/time';

/**
 * What a report's query is given besides its checked parameters: Strapi, the caller's visibility (every
 * query reads through it: a Sales manager's report covers their own clients only), the business time zone,
 * and the row ids of the records its reference parameters name.
 */
export interface ReportQueryContext {
  strapi: Core.Strapi;
  visibility: Visibility;
  timeZone: string;
  today: LocalDate;
  /** row ids of the records a reference parameter names; null when the parameter was not given */
  ids(parameterKey: string): number[] | null;
}

/** A `strapi.db.query` where clause: `filters` within what the caller may read of `uid`; null when they may read none of it. */
export function visibleWhere(context: ReportQueryContext, uid: string, filters: Filters = {}): Record<string, unknown> | null {
  const readable = context.visibility.filter(uid);
  if (readable === null) return null;
  return toWhere(context.strapi, uid, andFilters(filters, readable));
}

/** `{ relation: { id: { $in: ids } } }` when the parameter was given, else nothing to AND in. */
export function whenGiven(context: ReportQueryContext, parameterKey: string, filter: (ids: number[]) => Filters): Filters {
  const ids = context.ids(parameterKey);
  return ids === null ? {} : filter(ids);
}
