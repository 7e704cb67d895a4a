import { readInChunks } from './in-chunks';
import { readableIdsSubquery } from '../access/visibility';
import { ReportQueryContext, visibleWhere } from './report-context';

/**
 * A report row the caller may see can name a record they may not: their own interaction with a client of
 * another department, an invoice they issued to such a client, a competitor's card. The row stays (its
 * figures are the caller's), the name does not: it reads «(немає доступу)», as the panel hides it.
 */
export const NOT_VISIBLE = '(немає доступу)';

/** The ids among `ids` of the `uid` records the caller may read. */
export async function visibleIdsAmong(context: ReportQueryContext, uid: string, ids: Iterable<number | null | undefined>): Promise<Set<number>> {
  const wanted = [...new Set([...ids].filter((id): id is number => typeof id === 'number'))];
  const readable = context.visibility.filter(uid);
  if (readable === null) return new Set();
  // whoever sees every record of the type (the Director) needs no query per page
  if (Object.keys(readable).length === 0) return new Set(wanted);
  const rows = await readInChunks(wanted, async (slice) => {
    const where = visibleWhere(context, uid, { id: { $in: slice } });
    if (where === null) return [];
    return context.strapi.db.query(uid as any).findMany({ where, select: ['id'] }) as Promise<Array<{ id: number }>>;
  });
  return new Set(rows.map((row) => row.id));
}

/** Which `uid` records the caller may read, for a report's own SQL: 'all', 'none', or a subquery of their ids. */
export function readableIdsQuery(context: ReportQueryContext, uid: string): 'all' | 'none' | any {
  return readableIdsSubquery(context.strapi, context.visibility, uid);
}

/**
 * `nameIfVisible` as a column of a report's SQL: the name when its record is readable (`readable`, from
 * readableIdsQuery), NOT_VISIBLE when not, null when the row names no record. The database tests each row's
 * id against the readable ones as it reads the page: no second query per page.
 */
export function nameIfVisibleColumn(knex: any, idColumn: string, nameColumn: string, readable: 'all' | 'none' | any, alias: string): any {
  if (readable === 'all') return knex.raw('?? as ??', [nameColumn, alias]);
  if (readable === 'none') return knex.raw('case when ?? is null then null else ? end as ??', [idColumn, NOT_VISIBLE, alias]);
  return knex.raw('case when ?? is null then null when ?? in ? then ?? else ? end as ??', [idColumn, idColumn, readable, nameColumn, NOT_VISIBLE, alias]);
}

/** The record's name when the caller may see it, NOT_VISIBLE when not, null when there is no record. */
export function nameIfVisible(visible: ReadonlySet<number>, id: number | null | undefined, name: string | null): string | null {
  if (id === null || id === undefined) return null;
  return visible.has(id) ? name : NOT_VISIBLE;
}
