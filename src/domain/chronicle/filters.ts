import type { ChronicleQuery } from './query';

/**
 * A checked chronicle query as Document Service arguments: `filters` (an `$and` of plain conditions on the
 * interaction's fields and relations by documentId), `sort` (occurredAt, then id, so rows of the same
 * minute keep their order between pages) and `start` / `limit`. The service adds the caller's visibility
 * to `filters` and picks the fields and relations the page shows.
 */
export interface ChronicleDocumentQuery {
  filters: { $and: Array<Record<string, unknown>> };
  sort: Array<Record<string, 'asc' | 'desc'>>;
  start: number;
  limit: number;
}

const byDocumentId = (relation: string, ids: readonly string[]) =>
  ids.length === 1 ? { [relation]: { documentId: { $eq: ids[0] } } } : { [relation]: { documentId: { $in: [...ids] } } };

export function chronicleDocumentQuery(query: ChronicleQuery): ChronicleDocumentQuery {
  const and: Array<Record<string, unknown>> = [];
  if (query.counterpartyId) and.push(byDocumentId('counterparty', [query.counterpartyId]));
  if (query.managerId) and.push(byDocumentId('employee', [query.managerId]));
  if (query.employeeIds.length) and.push(byDocumentId('employee', query.employeeIds));
  if (query.kinds.length) and.push({ kind: { $in: [...query.kinds] } });
  if (query.states.length) and.push({ state: { $in: [...query.states] } });
  if (query.directions.length) and.push({ direction: { $in: [...query.directions] } });
  if (query.stageIds.length) and.push(byDocumentId('stage', query.stageIds));
  if (query.businessLineIds.length) and.push(byDocumentId('businessLine', query.businessLineIds));
  if (query.period?.start) and.push({ occurredAt: { $gte: query.period.start.toISOString() } });
  if (query.period?.end) and.push({ occurredAt: { $lt: query.period.end.toISOString() } });
  return {
    filters: { $and: and },
    sort: [{ occurredAt: query.order }, { id: query.order }],
    start: (query.page - 1) * query.pageSize,
    limit: query.pageSize,
  };
}
