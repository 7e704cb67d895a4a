import type { Core } from '@strapi/strapi';
import { readRuleOf } from '../access/content-manager-guard';
import { andFilters, Filters, readableIdsSubquery, toWhere } from '../access/visibility';
import { LIST_COUNT_CAP } from '../domain/lists/capped-count';
import type { OneParentListQuery } from '../domain/lists/one-parent-list';

/**
 * One parent's list page (one client's chronicle) as a single statement, built once per caller and shape and
 * kept with the caller's ability. Through the content manager the same page costs six statements and building
 * each of them again at every request: the parent's lookup, a capped count, the page, a populate per relation
 * column (Strapi reads relations by the page's ids), the response guard's check of what they show. Here:
 *
 *   select capped count, page rows, each relation column's id, documentId, main field and "may the caller read it"
 *   from (count of the caller's rows of the parent, up to the cap + 1)
 *   left join (the page: the caller's rows of the parent, sorted, limit, offset) on true
 *   left join each relation's link table and target, joined to the page's rows only
 *
 * Everything in it comes from Strapi's own query builder (the caller's rule, the parent's lookup with the
 * guard's scope of parents, the sort with its id tiebreaker) except the joins around the page. The parent's
 * documentId, the page's limit and offset and the cap are bound at each call; on PostgreSQL the text is a
 * named prepared statement, the same for every caller of one role.
 */

/** A relation column of the list: its attribute, the field its cell shows. */
export interface ShownRelation {
  attribute: string;
  mainField: string;
}

export interface OneParentListShape {
  uid: string;
  query: OneParentListQuery;
  relations: ShownRelation[];
}

interface KeptSql {
  sql: string;
  /** the builder's values, the parent's documentId where it stands */
  bindings: unknown[];
}

export interface OneParentListStatement {
  /** the text and values for this page */
  sql(documentId: string, offset: number, limit: number): { sql: string; bindings: unknown[] };
  /** per relation column: the target type and the result columns that carry it */
  relations: Array<ShownRelation & { target: string; alias: string }>;
}

const PARENT = '\u0000vitrylo-parent';
const MAX_KEPT_PER_CALLER = 50;
const keptByAbility = new WeakMap<object, Map<string, OneParentListStatement | null>>();

const quoted = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** The caller's statement for the shape, or null when it cannot be one statement (Strapi answers then). */
export function oneParentListStatement(strapi: Core.Strapi, ability: object, shape: OneParentListShape): OneParentListStatement | null {
  const { query } = shape;
  const key = JSON.stringify([shape.uid, query.column, query.lookup.conditions, query.sort, shape.relations]);
  let kept = keptByAbility.get(ability);
  if (!kept) keptByAbility.set(ability, (kept = new Map()));
  if (kept.has(key)) return kept.get(key)!;
  const statement = build(strapi, ability, shape);
  if (kept.size < MAX_KEPT_PER_CALLER) kept.set(key, statement);
  return statement;
}

function build(strapi: Core.Strapi, ability: object, { uid, query, relations }: OneParentListShape): OneParentListStatement | null {
  const meta = (name: string): any => strapi.db.metadata.get(name as any);
  const entityManager = (strapi.db as any).entityManager;
  const knex = strapi.db.connection;
  const rule = readRuleOf(strapi, ability, uid);
  if (rule === null) return null;
  const attributes = meta(uid).attributes;
  const sortAttribute = attributes[query.sort.attribute];
  const referenceAttribute = attributes[query.column.attribute];
  const parentUid: string | undefined = attributes[query.column.relation]?.target;
  if (!sortAttribute?.columnName && query.sort.attribute !== 'id') return null;
  if (!referenceAttribute || !parentUid) return null;
  // a documentId names one row of a type without drafts and locales: the parent is one id
  const parentModel: any = strapi.getModel(parentUid as any);
  if (!parentModel || parentModel.options?.draftAndPublish || parentModel.pluginOptions?.i18n?.localized) return null;

  // the parent's ids: its documentId and the guard's conditions on it, as the reference-filter lookup asks them
  const parentFilters: Filters = andFilters({ documentId: { $in: [PARENT] } }, ...(query.lookup.conditions as Filters[]));
  const parent = entityManager.createQueryBuilder(parentUid).init({ where: toWhere(strapi, parentUid, parentFilters), select: ['id'] });
  const parentIds = parent.getKnexQuery().clearSelect().clearOrder().select(`${parent.alias}.id`);

  /** The caller's rows of the parent; null when the rule joins another table (a row could come twice). */
  const rowsOfParent = (init: Record<string, unknown>) => {
    const builder = entityManager.createQueryBuilder(uid).init({ where: toWhere(strapi, uid, rule), ...init });
    // the builder knows its joins once it has built the query
    const built = builder.getKnexQuery();
    if (builder.shouldUseDistinct()) return null;
    // `= (one id)`, not `in (ids)`: PostgreSQL then reads the page in the order of the reference column's index
    // and stops at the limit; as a semi-join it read all 6,247 rows of the busiest client to sort them
    const rows = built.where(`${builder.alias}.${referenceAttribute.columnName ?? query.column.attribute}`, knex.select('parent.id').from(parentIds.as('parent')).limit(1));
    return { rows, alias: builder.alias as string };
  };
  const counted = rowsOfParent({});
  // with the id after the sort, as the query builder orders any page it limits (ensurePaginationOrderStability)
  const paged = rowsOfParent({ orderBy: query.sort.attribute === 'id' ? [{ id: query.sort.order }] : [{ [query.sort.attribute]: query.sort.order }, { id: 'asc' }] });
  if (!counted || !paged) return null;
  const count = text(counted.rows.clearSelect().clearOrder().select(`${counted.alias}.id`));
  const page = text(paged.rows.clearSelect().select(`${paged.alias}.*`));

  const joins: string[] = [];
  const columns: string[] = [];
  const flagBindings: unknown[] = [];
  const shown: OneParentListStatement['relations'] = [];
  for (const [index, relation] of relations.entries()) {
    const attribute = attributes[relation.attribute];
    const link = attribute?.joinTable;
    const target = attribute?.target ? meta(attribute.target) : undefined;
    const main = target?.attributes?.[relation.mainField];
    if (!link?.name || !link.joinColumn?.name || !link.inverseJoinColumn?.name || link.on || !target || !main?.columnName) return null;
    const [l, r] = [`l${index}`, `r${index}`];
    joins.push(`left join ${quoted(link.name)} ${l} on ${l}.${quoted(link.joinColumn.name)} = page.id left join ${quoted(target.tableName)} ${r} on ${r}.id = ${l}.${quoted(link.inverseJoinColumn.name)}`);
    const readable = readableIdsSubquery(strapi, { filter: (type) => readRuleOf(strapi, ability, type) }, attribute.target, `${r}.id`);
    let flag = `case when ${r}.id is null then 0 else 1 end`;
    if (readable === 'none') flag = '0';
    else if (readable !== 'all') {
      const subquery = text(readable);
      flag = `case when ${r}.id is not null and exists (${subquery.sql}) then 1 else 0 end`;
      flagBindings.push(...subquery.bindings);
    }
    const alias = `__r${index}`;
    columns.push(
      `${r}.id as ${quoted(`${alias}_id`)}`,
      `${r}.${quoted(target.attributes.documentId?.columnName ?? 'document_id')} as ${quoted(`${alias}_document_id`)}`,
      `${r}.${quoted(main.columnName)} as ${quoted(`${alias}_main`)}`,
      `${flag} as ${quoted(`${alias}_readable`)}`,
    );
    shown.push({ ...relation, target: attribute.target, alias });
  }

  const sortColumn = query.sort.attribute === 'id' ? 'id' : sortAttribute.columnName;
  const order = `page.${quoted(sortColumn)} ${query.sort.order}${sortColumn === 'id' ? '' : ', page.id asc'}`;
  const sql =
    `select capped.found as "__found", page.*${columns.map((column) => `, ${column}`).join('')} ` +
    `from (select count(*) as found from (${count.sql} limit ?) counted) capped ` +
    `left join (${page.sql} limit ? offset ?) page on 1 = 1 ${joins.join(' ')} order by ${order}`;

  const withParent = (kept: KeptSql, documentId: string) => kept.bindings.map((value) => (value === PARENT ? documentId : value));
  return {
    sql: (documentId, offset, limit) => ({
      sql,
      bindings: [...flagBindings, ...withParent(count, documentId), LIST_COUNT_CAP + 1, ...withParent(page, documentId), limit, offset],
    }),
    relations: shown,
  };
}

function text(query: any): KeptSql {
  const { sql, bindings } = query.toSQL();
  return { sql, bindings: [...bindings] };
}
