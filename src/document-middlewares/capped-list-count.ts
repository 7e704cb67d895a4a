import type { Core, Modules } from '@strapi/strapi';
import { LIST_COUNT_CAP, reportedTotal } from '../domain/lists/capped-count';
import { OverCapMemo } from '../domain/lists/over-cap-memo';
import { isContentManagerListRequest } from './content-manager-list';

/**
 * The content manager's list asks for the exact number of matching records on every page: on a big table
 * that count reads every visible row and costs more than the page itself. For the panel's list requests
 * the database counts at most LIST_COUNT_CAP + 1 matching ids (src/domain/lists/capped-count.ts) and the
 * panel shows "понад 10 000" for a capped total. Counts asked for elsewhere stay exact.
 *
 * It runs after the scoped list filters and the search middleware, so the params it counts are the ones the
 * page itself is read with.
 */
export const cappedListCount = (strapi: Core.Strapi): Modules.Documents.Middleware.Middleware => async (ctx, next) => {
  if (ctx.action !== 'count' || !isContentManagerListRequest(strapi, ctx.uid)) return next();
  const model: any = strapi.getModel(ctx.uid as any);
  // Draft & publish and localized types add status and locale lookups that only the Document Service applies.
  if (model?.options?.draftAndPublish || model?.pluginOptions?.i18n?.localized) return next();
  const { filters, _q } = ctx.params as Record<string, any>;
  const query: any = strapi.get('query-params').transform(ctx.uid, { filters, _q });
  return reportedTotal(await countUpTo(strapi, ctx.uid, query, LIST_COUNT_CAP + 1));
};

const memos = new WeakMap<object, OverCapMemo>();

/**
 * `select count(*) from (select id … limit n)`: the database stops after n matching index entries. A count
 * that reached n is remembered for a minute (src/domain/lists/over-cap-memo.ts): paging through a list of
 * a million, the person gets "понад 10 000" without the count being read again for every page.
 */
export async function countUpTo(strapi: Core.Strapi, uid: string, query: { where?: unknown; _q?: string }, limit: number): Promise<number> {
  const page = (strapi.db as any).entityManager
    .createQueryBuilder(uid)
    .init({ where: query.where, _q: query._q, select: ['id'], limit })
    .getKnexQuery()
    // the builder orders by id by default: a count needs no order, and it would steer the plan to the primary key
    .clearOrder();
  const count = strapi.db.connection.count({ found: '*' }).from(page.as('capped')).first();
  let memo = memos.get(strapi);
  if (!memo) memos.set(strapi, (memo = new OverCapMemo()));
  const { sql, bindings } = count.toSQL();
  const key = JSON.stringify([sql, bindings]);
  if (memo.isOverCap(key)) return limit;
  // run as the text just compiled for the key: knex would compile the builder again
  const result: any = await strapi.db.connection.raw(sql, bindings as any[]);
  const [row] = Array.isArray(result) ? result : result.rows;
  const found = Number(row?.found ?? 0);
  if (found >= limit) memo.rememberOverCap(key);
  return found;
}
