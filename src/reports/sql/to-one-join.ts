import type { Core } from '@strapi/strapi';

/**
 * Joins a to-one relation's name into a plain knex query: the report reads a page of rows with the names
 * of their client, employee, stage… in one query instead of one more per relation.
 */
export interface ToOneLink {
  linkTable: string;
  ownColumn: string;
  targetColumn: string;
  targetTable: string;
}

export function toOneLink(strapi: Core.Strapi, uid: string, attribute: string): ToOneLink {
  const definition: any = strapi.db.metadata.get(uid as any).attributes[attribute];
  if (!definition?.joinTable) throw new Error(`${uid}.${attribute} is not a relation kept in a link table`);
  return {
    linkTable: definition.joinTable.name,
    ownColumn: definition.joinTable.joinColumn.name,
    targetColumn: definition.joinTable.inverseJoinColumn.name,
    targetTable: strapi.db.metadata.get(definition.target).tableName,
  };
}

/** `left join <link> on <link>.own = <from>.id left join <target> as <alias> on <alias>.id = <link>.target` */
export function leftJoinToOne(query: any, link: ToOneLink, fromAlias: string, alias: string): any {
  const linkAlias = `${alias}_lnk`;
  return query
    .leftJoin(`${link.linkTable} as ${linkAlias}`, `${linkAlias}.${link.ownColumn}`, `${fromAlias}.id`)
    .leftJoin(`${link.targetTable} as ${alias}`, `${alias}.id`, `${linkAlias}.${link.targetColumn}`);
}

/** The column name Strapi gives an attribute of a type ('occurredAt' → 'occurred_at'). */
export function columnOf(strapi: Core.Strapi, uid: string, attribute: string): string {
  const definition: any = strapi.db.metadata.get(uid as any).attributes[attribute];
  if (!definition?.columnName) throw new Error(`${uid}.${attribute} has no column`);
  return definition.columnName;
}
