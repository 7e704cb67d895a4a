import type { Core } from '@strapi/strapi';
import { indexName } from './index-name';

/** What a relation's link table says about its order columns (Strapi's join table metadata). */
export interface JoinTableOrder {
  name: string;
  joinColumn?: { name: string };
  /** absent on a component's or a polymorphic link table */
  inverseJoinColumn?: { name: string };
  orderColumnName?: string;
  inverseOrderColumnName?: string;
}

export interface LinkOrderIndex {
  table: string;
  name: string;
  columns: [string, string];
}

/**
 * Strapi appends each new link at the end of the other side's list: on every create it reads
 * `max(<order column>)` over all the links of the record linked to (`select employee_id,
 * max(interaction_ord) … where employee_id in (…) group by employee_id`). Its link tables index the id and
 * the order column apart, so for an employee with 150,000 interactions that read visits every one of their
 * link rows: most of a second per interaction written at full scale. An index on (the record linked to, its
 * order column) turns it into one range of one index. One per ordered side of each link table.
 */
export function linkOrderIndexes(joinTables: Iterable<JoinTableOrder>): LinkOrderIndex[] {
  const indexes = new Map<string, LinkOrderIndex>();
  const add = (table: string, owner: string | undefined, order: string | undefined) => {
    if (!owner || !order) return;
    const columns: [string, string] = [owner, order];
    const name = indexName(table, columns);
    indexes.set(name, { table, name, columns });
  };
  for (const joinTable of joinTables) {
    add(joinTable.name, joinTable.joinColumn?.name, joinTable.orderColumnName);
    add(joinTable.name, joinTable.inverseJoinColumn?.name, joinTable.inverseOrderColumnName);
  }
  return [...indexes.values()];
}

/** The link tables' order indexes, made after the schema sync (which leaves indexes it does not know alone), at every start. */
export async function ensureLinkOrderIndexes(strapi: Core.Strapi): Promise<void> {
  const joinTables: JoinTableOrder[] = [];
  for (const [, meta] of strapi.db.metadata as unknown as Map<string, { attributes: Record<string, any> }>) {
    for (const attribute of Object.values(meta.attributes)) if (attribute.joinTable) joinTables.push(attribute.joinTable);
  }
  const knex = strapi.db.connection;
  const schema = strapi.db.getSchemaName();
  for (const index of linkOrderIndexes(joinTables)) {
    await knex.raw('create index if not exists ?? on ?? (??, ??)', [index.name, schema ? `${schema}.${index.table}` : index.table, ...index.columns]);
  }
}
