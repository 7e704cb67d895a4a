import type { Core } from '@strapi/strapi';

/**
 * Table and column names of the content types the bulk seed writes, read from Strapi's database metadata
 * (never spelled out here), so a renamed field or a changed identifier shortening follows by itself.
 */
export interface LinkTable {
  table: string;
  ownColumn: string;
  targetColumn: string;
  /** Position of this row among the target's related rows (bidirectional relations): max + 1 per target. */
  inverseOrderColumn: string | null;
}

export interface ComponentLayout {
  uid: string;
  table: string;
  columns: Record<string, string>;
  /** The `*_cmps` table of the owner: entity_id, cmp_id, component_type, field, order. */
  joinTable: string;
  entityColumn: string;
  componentColumn: string;
  typeColumn: string;
  fieldColumn: string;
  orderColumn: string;
  field: string;
  repeatable: boolean;
  /** The component's own relations (a document line's product). */
  links: Record<string, LinkTable>;
}

export interface TypeLayout {
  uid: string;
  table: string;
  /** Column of each scalar attribute, by API name (documentId, createdAt, locale … included). */
  columns: Record<string, string>;
  links: Record<string, LinkTable>;
  components: Record<string, ComponentLayout>;
}

export function typeLayout(strapi: Core.Strapi, uid: string): TypeLayout {
  const contentType = (strapi as any).contentTypes[uid];
  if (!contentType) throw new Error(`scale seed: no content type ${uid}`);
  if (contentType.options?.draftAndPublish) {
    // A draft & publish type keeps two rows per document (draft and published): not written here.
    throw new Error(`scale seed: ${uid} uses draft & publish, which the bulk writer does not reproduce`);
  }
  const meta: any = strapi.db.metadata.get(uid as any);
  const columns: Record<string, string> = {};
  const links: Record<string, LinkTable> = {};
  const components: Record<string, ComponentLayout> = {};
  for (const [name, attribute] of Object.entries<any>(meta.attributes)) {
    if (attribute.columnName) columns[name] = attribute.columnName;
    if (attribute.type !== 'relation' || !attribute.joinTable) continue;
    const joinTable = attribute.joinTable;
    const schemaAttribute = contentType.attributes[name];
    if (schemaAttribute?.type === 'component') {
      const target: any = strapi.db.metadata.get(attribute.target);
      const [fieldColumn, field] = Object.entries<string>(joinTable.on ?? { field: name })[0];
      const known = [joinTable.joinColumn.name, joinTable.inverseJoinColumn.name, fieldColumn];
      const typeColumn = (joinTable.pivotColumns as string[] | undefined)?.find((c) => !known.includes(c)) ?? 'component_type';
      components[name] = {
        uid: attribute.target,
        table: target.tableName,
        columns: Object.fromEntries(Object.entries<any>(target.attributes).filter(([, a]) => a.columnName).map(([k, a]) => [k, a.columnName])),
        links: linksOf(target),
        joinTable: joinTable.name,
        entityColumn: joinTable.joinColumn.name,
        componentColumn: joinTable.inverseJoinColumn.name,
        typeColumn,
        fieldColumn,
        orderColumn: joinTable.orderColumnName ?? 'order',
        field,
        repeatable: Boolean(schemaAttribute.repeatable),
      };
    } else {
      links[name] = linkTable(joinTable);
    }
  }
  return { uid, table: meta.tableName, columns, links, components };
}

function linkTable(joinTable: any): LinkTable {
  return {
    table: joinTable.name,
    ownColumn: joinTable.joinColumn.name,
    targetColumn: joinTable.inverseJoinColumn.name,
    inverseOrderColumn: joinTable.inverseOrderColumnName ?? null,
  };
}

/** The relations of a component with a join table of their own. */
function linksOf(meta: any): Record<string, LinkTable> {
  const links: Record<string, LinkTable> = {};
  for (const [name, attribute] of Object.entries<any>(meta.attributes)) {
    if (attribute.type === 'relation' && attribute.joinTable && !attribute.joinTable.on) links[name] = linkTable(attribute.joinTable);
  }
  return links;
}

/** The marker table (strapi_core_store_settings) and its key/value columns. */
export function storeLayout(strapi: Core.Strapi): { table: string; key: string; value: string; type: string } {
  const meta: any = strapi.db.metadata.get('strapi::core-store' as any);
  return { table: meta.tableName, key: meta.attributes.key.columnName, value: meta.attributes.value.columnName, type: meta.attributes.type.columnName };
}

export function column(layout: TypeLayout | ComponentLayout, attribute: string): string {
  const name = layout.columns[attribute];
  if (!name) throw new Error(`scale seed: ${layout.uid} has no column for ${attribute}`);
  return name;
}

export function link(layout: TypeLayout | ComponentLayout, attribute: string): LinkTable {
  const found = layout.links[attribute];
  if (!found) throw new Error(`scale seed: ${layout.uid}.${attribute} is not a relation with a join table`);
  return found;
}
