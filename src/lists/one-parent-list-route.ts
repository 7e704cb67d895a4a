import type { Core } from '@strapi/strapi';
import { pagination as strapiPagination } from '@strapi/utils';
import { referenceColumnsOf } from '../access/access-columns';
import { placeRouteMiddleware } from '../access/admin-route-guard';
import { listFiltersOf } from '../access/scoped-list-filters';
import { rememberReadable } from '../access/visible-in-request';
import { preparedStatement } from '../database/prepared-statements';
import { strapiInternalModule } from '../database/strapi-internal-module';
import { listView } from '../document-middlewares/list-view-populate';
import { reportedTotal } from '../domain/lists/capped-count';
import { columnsShown, DISPLAYED_COLUMNS_HEADER, requestedColumns } from '../domain/lists/list-populate';
import { MAX_PAGE_SIZE, oneParentListQuery } from '../domain/lists/one-parent-list';
import { oneParentListStatement, ShownRelation } from './one-parent-list-statement';

/**
 * The content manager's list of one parent's records (`GET /content-manager/collection-types/:model` filtered
 * by one client, nothing more) answered by one kept statement (one-parent-list-statement.ts) instead of
 * Strapi's six. The answer is the one the content manager gives: the rows converted by Strapi's own
 * `fromRow`, each relation column as its populate reads it, every record through the content manager's own
 * permission checker (`sanitizeOutput`) and status, the pagination by Strapi's own functions with the capped
 * total. It runs after the route guard (content-manager-guard.ts), which has checked and scoped the filters and
 * trims this answer as any other; any other list request goes on to Strapi.
 */

type Ctx = any;
type Row = Record<string, unknown>;
type FromRow = (meta: unknown, row: Row) => Record<string, unknown>;

const ONE_TO_ONE = new Set(['manyToOne', 'oneToOne']);
const SORTABLE = new Set(['string', 'text', 'email', 'uid', 'enumeration', 'integer', 'biginteger', 'float', 'decimal', 'date', 'time', 'datetime', 'timestamp', 'boolean']);
const PLAIN_FIELDS = new Set([...SORTABLE, 'richtext', 'json', 'blocks', 'password']);

export function answerOneParentLists(strapi: Core.Strapi, routes: Array<{ handler: string; config?: { middlewares?: unknown[] } }>): void {
  const transform = strapiInternalModule<{ fromRow: FromRow }>('@strapi/database', 'query', 'helpers', 'transform.js');
  if (typeof transform?.fromRow !== 'function') {
    strapi.log.warn('The query engine\'s row conversion has moved: one client\'s lists are read through the content manager.');
    return;
  }
  for (const route of routes) {
    if (route.handler !== 'collection-types.find') continue;
    placeRouteMiddleware(route as any, 'one-parent-list', async (ctx: Ctx, next: () => Promise<unknown>) => {
      const answer = await oneParentListPage(strapi, ctx, transform.fromRow);
      if (answer === null) return next();
      ctx.body = answer;
      return undefined;
    }, 'last');
  }
}

/** The page, or null for Strapi to answer. */
async function oneParentListPage(strapi: Core.Strapi, ctx: Ctx, fromRow: FromRow) {
  const uid: string | undefined = ctx.params?.model;
  const ability = ctx.state?.userAbility;
  if (ctx.method !== 'GET' || !uid || !ability || typeof ability !== 'object') return null;
  const model: any = strapi.getModel(uid as any);
  if (!model || model.options?.draftAndPublish || model.pluginOptions?.i18n?.localized) return null;
  const columns = referenceColumnsOf(uid);
  if (columns.length === 0) return null;
  const scoped = listFiltersOf(ctx.state);
  if (!scoped || scoped.uid !== uid) return null;
  const query = oneParentListQuery(ctx.query ?? {}, scoped.filters, columns);
  if (!query) return null;
  const sortType = query.sort.attribute === 'id' ? 'increments' : model.attributes[query.sort.attribute]?.type;
  if (query.sort.attribute !== 'id' && (!SORTABLE.has(sortType) || model.attributes[query.sort.attribute]?.private)) return null;

  const relations = await shownRelations(strapi, ctx, uid, model);
  if (!relations) return null;
  const contentManager = strapi.plugin('content-manager');
  const permissionChecker = contentManager.service('permission-checker').create({ userAbility: ability, model: uid });
  if (permissionChecker.cannot.read()) return null;
  const statement = oneParentListStatement(strapi, ability, { uid, query, relations });
  if (!statement) return null;

  const paging = strapiPagination.withDefaultPagination({ page: query.page, pageSize: query.pageSize }, { maxLimit: MAX_PAGE_SIZE }) as { start: number; limit: number };
  const { sql, bindings } = statement.sql(query.lookup.values[0], paging.start, paging.limit);
  const result: any = await preparedStatement(strapi, strapi.db.connection.raw(sql, bindings as any[]));
  const rows: Row[] = Array.isArray(result) ? result : result.rows;

  const meta = strapi.db.metadata.get(uid as any);
  const pageRows = rows.filter((row) => row.id !== null && row.id !== undefined);
  const documents = pageRows.map((row) => {
    const document = fromRow(meta, row);
    for (const relation of statement.relations) {
      const id = row[`${relation.alias}_id`];
      const targetMeta: any = strapi.db.metadata.get(relation.target as any);
      document[relation.attribute] = id === null || id === undefined ? null : fromRow(targetMeta, {
        id,
        [targetMeta.attributes.documentId?.columnName ?? 'document_id']: row[`${relation.alias}_document_id`],
        [targetMeta.attributes[relation.mainField].columnName]: row[`${relation.alias}_main`],
      });
    }
    return document;
  });
  for (const relation of statement.relations) {
    const readable = new Map<number, boolean>();
    for (const row of pageRows) if (row[`${relation.alias}_id`] != null) readable.set(Number(row[`${relation.alias}_id`]), Number(row[`${relation.alias}_readable`]) === 1);
    rememberReadable(strapi, ability, relation.target, readable);
  }

  const documentMetadata = contentManager.service('document-metadata');
  const results = await Promise.all(documents.map(async (document) => {
    const sanitized = await permissionChecker.sanitizeOutput(document);
    sanitized.status = documentMetadata.getStatus(sanitized, []);
    return sanitized;
  }));
  const found = Number(rows[0]?.__found ?? 0);
  return { results, pagination: strapiPagination.transformPagedPaginationInfo(paging, reportedTotal(found)) };
}

/**
 * The relation columns the page shows (the list view's and those the person switched on), each a to-one
 * relation read by its main field; null when a shown column needs more (a to-many count, a component, media).
 */
async function shownRelations(strapi: Core.Strapi, ctx: Ctx, uid: string, model: any): Promise<ShownRelation[] | null> {
  const view = await listView(strapi, uid);
  if (!view) return null;
  const relations: ShownRelation[] = [];
  for (const column of columnsShown(view, requestedColumns(ctx.request?.header?.[DISPLAYED_COLUMNS_HEADER]))) {
    const attribute = model.attributes[column.name];
    if (!attribute || PLAIN_FIELDS.has(attribute.type)) continue;
    if (attribute.type !== 'relation' || !ONE_TO_ONE.has(attribute.relation) || !column.mainField) return null;
    const target: any = strapi.getModel(attribute.target);
    const main = target?.attributes?.[column.mainField];
    if (!main || !SORTABLE.has(main.type) || column.mainField === 'documentId') return null;
    relations.push({ attribute: column.name, mainField: column.mainField });
  }
  return relations;
}
