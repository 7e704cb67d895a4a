import type { Core, Modules } from '@strapi/strapi';
import { referenceColumnsOf } from '../access/access-columns';
import { readRuleOf } from '../access/content-manager-guard';
import { abilityOfReadingRequest, readingRequest, rememberReadable } from '../access/visible-in-request';
import { Filters, readableIdsSubquery, toWhere } from '../access/visibility';
import { prepareStatementsOfThisRequest } from '../database/prepared-statements';
import { lookupKey, referenceLookups, restrictsToNamedRecords, rewriteReferenceFilters } from '../domain/lists/reference-filters';

const READS = new Set(['findMany', 'findFirst', 'count']);
/**
 * A GET request's lookups, as promises: a list page counts and reads with the same filter at the same time
 * (Strapi's findPage), one lookup answers both.
 */
const ANSWERS_OF_REQUEST = Symbol('vitrylo.referenceLookups');

/**
 * The ids of `target` matching `filters`. In a signed-in admin's GET request, the same statement tells which of
 * them the caller may read (an index lookup each), remembered for the rest of the request: the response guard
 * then does not ask again about the client every row of its chronicle shows (visible-in-request.ts).
 */
async function lookUp(strapi: Core.Strapi, target: string, filters: Filters): Promise<number[]> {
  const ability = abilityOfReadingRequest(strapi);
  if (!ability) {
    const rows: any[] = await strapi.db.query(target as any).findMany({ where: toWhere(strapi, target, filters), select: ['id'] });
    return rows.map((row) => Number(row.id));
  }
  const knex = strapi.db.connection;
  const builder = (strapi.db as any).entityManager.createQueryBuilder(target).init({ where: toWhere(strapi, target, filters), select: ['id'] });
  // the rule's subquery names its own table t0 as the lookup does: the lookup's rows are read under another name
  const found = knex.from(builder.getKnexQuery().as('found')).select('found.id');
  const readable = readableIdsSubquery(strapi, { filter: (uid) => readRuleOf(strapi, ability, uid) }, target, 'found.id');
  if (readable === 'all' || readable === 'none') found.select(knex.raw(`${readable === 'all' ? 1 : 0} as readable`));
  else found.select(knex.raw('case when exists ? then 1 else 0 end as readable', [readable]));
  const rows: any[] = await found;
  rememberReadable(strapi, ability, target, new Map(rows.map((row) => [Number(row.id), Number(row.readable) === 1])));
  return rows.map((row) => Number(row.id));
}

/**
 * A read filtered by a related record that has a reference column ("the interactions of this client")
 * filters on that column instead of the link table (src/domain/lists/reference-filters.ts): the panel's
 * chronicle of one client becomes one index range however long the client's history is. The named client
 * is looked up once, with whatever else the filter asks of it (the caller's visibility of clients).
 */
export const referenceFilters = (strapi: Core.Strapi): Modules.Documents.Middleware.Middleware => async (ctx, next) => {
  const columns = referenceColumnsOf(ctx.uid);
  const params = ctx.params as { filters?: unknown };
  if (columns.length === 0 || !READS.has(ctx.action) || !params.filters) return next();
  const attributes: any = strapi.db.metadata.get(ctx.uid as any).attributes;
  const rowIds = new Map<string, number[]>();
  const request = readingRequest(strapi);
  const answered: Map<string, Promise<number[]>> | undefined = request ? (request.state[ANSWERS_OF_REQUEST] ??= new Map()) : undefined;
  const lookups = referenceLookups(params.filters, columns);
  // a read of one client's (one person's) rows is an index range whatever the values: its statements, and the
  // rest of the request's (the page's populates, the check of what it shows), as named prepared statements
  if (request && restrictsToNamedRecords(params.filters, columns)) prepareStatementsOfThisRequest(strapi, request);
  for (const lookup of lookups) {
    const target: string = attributes[lookup.relation].target;
    const key = `${target}:${lookupKey(lookup)}`;
    let ids = answered?.get(key);
    if (!ids) {
      const filters = { $and: [{ [lookup.key]: { $in: lookup.values } }, ...lookup.conditions] };
      ids = lookUp(strapi, target, filters);
      answered?.set(key, ids);
    }
    rowIds.set(lookupKey(lookup), [...(await ids)]);
  }
  params.filters = rewriteReferenceFilters(params.filters, columns, (lookup) => rowIds.get(lookupKey(lookup)) ?? []);
  return next();
};
