import type { DerivedColumns, Links } from './derived';
import { column, link, LinkTable, TypeLayout } from './layout';
import type { Row, SinkTransaction } from './sink';

/**
 * The rows the Document Service would write for a document: its own row, its link rows (with the order
 * columns of bidirectional relations) and its component rows.
 */

/**
 * The order columns of bidirectional relations: max + 1 per target row, as Strapi computes them. Each link
 * table's current maxima are read the first time a batch writes to it (a resumed run goes on from there).
 */
export class InverseOrders {
  private readonly counters = new Map<string, Map<number, number>>();
  private readonly loadedTargets = new Map<string, Set<number>>();

  /**
   * `scoped`: read the maxima only of the targets a write links to (an import linking payments to a few
   * thousand invoices of millions), not of the whole link table at once (a seed writing most targets).
   */
  constructor(private readonly scoped = false) {}

  async load(reader: Pick<SinkTransaction, 'query'>, l: LinkTable, targets: Iterable<number | null> = []): Promise<void> {
    if (!l.inverseOrderColumn) return;
    if (!this.scoped) {
      if (this.counters.has(l.table)) return;
      const rows = await reader.query(`select "${l.targetColumn}" as t, max("${l.inverseOrderColumn}") as m from "${l.table}" group by "${l.targetColumn}"`);
      this.counters.set(l.table, new Map(rows.map((r) => [Number(r.t), Number(r.m)])));
      return;
    }
    const counter = this.counters.get(l.table) ?? new Map<number, number>();
    this.counters.set(l.table, counter);
    const loaded = this.loadedTargets.get(l.table) ?? new Set<number>();
    this.loadedTargets.set(l.table, loaded);
    const fresh = [...new Set([...targets].filter((t): t is number => !!t && !loaded.has(t)))];
    for (let start = 0; start < fresh.length; start += 500) {
      const chunk = fresh.slice(start, start + 500);
      const rows = await reader.query(
        `select "${l.targetColumn}" as t, max("${l.inverseOrderColumn}") as m from "${l.table}" where "${l.targetColumn}" in (${chunk.map(() => '?').join(', ')}) group by "${l.targetColumn}"`,
        chunk,
      );
      for (const r of rows) counter.set(Number(r.t), Number(r.m));
      chunk.forEach((t) => loaded.add(t));
    }
  }

  next(l: LinkTable, target: number): number | null {
    if (!l.inverseOrderColumn) return null;
    const counter = this.counters.get(l.table);
    if (!counter) throw new Error(`scale seed: order of ${l.table} not loaded`);
    const value = (counter.get(target) ?? 0) + 1;
    counter.set(target, value);
    return value;
  }
}

/** Rows of one link table, with the inverse order when the relation has one. */
function linkRows(l: LinkTable, pairs: Array<[number, number | null]>, orders: InverseOrders): { columns: string[]; rows: Row[] } {
  const columns = [l.ownColumn, l.targetColumn, ...(l.inverseOrderColumn ? [l.inverseOrderColumn] : [])];
  const rows: Row[] = [];
  for (const [own, target] of pairs) {
    if (target === null || target === 0) continue;
    rows.push(l.inverseOrderColumn ? [own, target, orders.next(l, target)] : [own, target]);
  }
  return { columns, rows };
}

/** Link rows for [own id, target id] pairs; a null target is no link. Answers the number of rows written. */
export async function writeLinks(tx: SinkTransaction, l: LinkTable, pairs: Array<[number, number | null]>, orders: InverseOrders): Promise<number> {
  await orders.load(tx, l, pairs.map(([, target]) => target));
  const { columns, rows } = linkRows(l, pairs, orders);
  await tx.insert(l.table, columns, rows);
  return rows.length;
}

/** Document rows: documentId, the fields, timestamps as the Document Service sets them, locale null. */
export function documentColumns(layout: TypeLayout, fieldNames: string[]): string[] {
  const names = ['id', 'documentId', ...fieldNames, 'createdAt', 'updatedAt', 'publishedAt', 'locale'];
  return names.map((n) => (n === 'id' ? 'id' : column(layout, n)));
}

export function documentRow(id: number, documentId: string, fields: Record<string, unknown>, fieldNames: string[], at: Date): Row {
  // draftAndPublish is off: Strapi still stamps publishedAt (the document is live), created = updated.
  return [id, documentId, ...fieldNames.map((n) => storable(fields[n])), at, at, at, null];
}

/** JSON attributes go in as text: jsonb on PostgreSQL parses it, SQLite keeps it as Strapi does. */
export function storable(value: unknown): unknown {
  if (value === undefined) return null;
  if (value !== null && typeof value === 'object' && !(value instanceof Date)) return JSON.stringify(value);
  return value;
}

/** Document rows of one type with ids taken in advance; the fields of the first draft name the columns. */
export async function writeDocuments(
  tx: SinkTransaction,
  layout: TypeLayout,
  drafts: ReadonlyArray<{ documentId: string; fields: Record<string, unknown> }>,
): Promise<number[]> {
  if (drafts.length === 0) return [];
  const at = new Date();
  const ids = await tx.allocateIds(layout.table, drafts.length);
  const fields = Object.keys(drafts[0].fields);
  await tx.insert(layout.table, documentColumns(layout, fields), drafts.map((d, n) => documentRow(ids[n], d.documentId, d.fields, fields, at)));
  return ids;
}

/**
 * Component rows and their `*_cmps` rows: order 1..n for a repeatable component, null for a single one.
 * Answers the component ids in the order of the values, so their own links can follow.
 */
export async function writeComponents(tx: SinkTransaction, owner: TypeLayout, attribute: string, items: Array<[number, Array<Record<string, unknown>>]>): Promise<number[]> {
  const layout = owner.components[attribute];
  if (!layout) throw new Error(`scale seed: ${owner.uid}.${attribute} is not a component`);
  const flat = items.flatMap(([entity, values]) => values.map((value, order) => ({ entity, value, order })));
  if (flat.length === 0) return [];
  const componentIds = await tx.allocateIds(layout.table, flat.length);
  const fields = Object.keys(flat[0].value);
  await tx.insert(layout.table, ['id', ...fields.map((f) => column(layout, f))], flat.map(({ value }, n) => [componentIds[n], ...fields.map((f) => storable(value[f]))]));
  await tx.insert(
    layout.joinTable,
    [layout.entityColumn, layout.componentColumn, layout.typeColumn, layout.fieldColumn, layout.orderColumn],
    flat.map(({ entity, order }, n) => [entity, componentIds[n], layout.uid, layout.field, layout.repeatable ? order + 1 : null]),
  );
  return componentIds;
}

/** What every batch's writer shares: the order columns of relations and the derived columns' sources. */
export interface WriteContext {
  orders: InverseOrders;
  derived: DerivedColumns;
}

/**
 * Documents of one type with their to-one links, in one pass: the links decide the rows' derived columns
 * (access and search, derived.ts), written with the rows; the link rows follow. `searched` gives the values a
 * row's search text reads beyond its fields (a counterparty's bank accounts). Answers the ids and the rows written.
 */
export async function writeLinkedDocuments<D extends { documentId: string; fields: Record<string, unknown> }>(
  tx: SinkTransaction,
  layout: TypeLayout,
  drafts: D[],
  linksOf: (draft: D) => Links,
  context: WriteContext,
  searched: (draft: D) => Record<string, unknown> = (draft) => draft.fields,
): Promise<{ ids: number[]; rows: number }> {
  if (drafts.length === 0) return { ids: [], rows: 0 };
  const links = drafts.map(linksOf);
  const documents = drafts.map((draft, n) => ({ documentId: draft.documentId, fields: { ...draft.fields, ...context.derived.of(layout.uid, links[n], searched(draft)) } }));
  const ids = await writeDocuments(tx, layout, documents);
  ids.forEach((id, n) => context.derived.remember(layout.uid, id, links[n]));
  let rows = drafts.length;
  for (const name of Object.keys(links[0])) rows += await writeLinks(tx, link(layout, name), links.map((l, n) => [ids[n], l[name]]), context.orders);
  return { ids, rows };
}
