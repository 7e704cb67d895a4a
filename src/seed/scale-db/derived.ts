import type { Core } from '@strapi/strapi';
import { accessColumnsOf, typesWithAccessColumns } from '../../access/access-columns';
import { searchTextOf } from '../../domain/search';
import { searchedValues } from '../../search/search-column';
import { SEARCH_ATTRIBUTE, searchFieldsOf } from '../../search/searchable-types';
import type { Sink } from './sink';

/** A row's to-one links: relation attribute → target row id (null: no link). */
export type Links = Record<string, number | null>;

const EMPLOYEE = 'api::employee.employee';
const COUNTERPARTY = 'api::counterparty.counterparty';
const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;

/**
 * The derived columns of the rows the bulk seed writes past the Document Service, computed as each row is
 * written: its access columns (where its relation paths lead: src/access/access-columns.ts) and its search
 * text. Every row is written once, instead of millions of rows rewritten by a fill afterwards (half an
 * hour of the full-scale seed). The paths run through records held here: the employees (read once), the
 * counterparties (read once for what an earlier run or the demo wrote, remembered as they are written).
 */
export class DerivedColumns {
  /** per type the attributes later path steps follow through it, e.g. counterparty → manager, department */
  private readonly traversed = new Map<string, Set<string>>();
  private readonly known = new Map<string, Map<number, Links>>();

  private constructor(private readonly strapi: Core.Strapi) {
    for (const uid of typesWithAccessColumns()) {
      for (const column of accessColumnsOf(uid)) {
        let type = uid;
        this.stepsOf(column).forEach((step, index) => {
          if (index > 0) this.traversed.set(type, (this.traversed.get(type) ?? new Set()).add(step));
          type = this.targetOf(type, step);
        });
      }
    }
    for (const type of this.traversed.keys()) {
      if (type !== EMPLOYEE && type !== COUNTERPARTY) throw new Error(`scale seed: access paths run through ${type}, which the bulk seed does not hold in memory`);
    }
  }

  static async read(strapi: Core.Strapi, sink: Sink): Promise<DerivedColumns> {
    const derived = new DerivedColumns(strapi);
    for (const uid of derived.traversed.keys()) await derived.load(sink, uid);
    return derived;
  }

  /** The derived values of one row of `uid`: access columns from its links, the search text from its fields. */
  of(uid: string, links: Links, searched: Record<string, unknown>): Record<string, unknown> {
    const values: Record<string, unknown> = {};
    for (const column of accessColumnsOf(uid)) {
      const [first, ...rest] = this.stepsOf(column);
      let value = links[first] ?? null;
      let type = this.targetOf(uid, first);
      for (const step of rest) {
        if (value === null) break;
        const through = this.known.get(type)?.get(value);
        if (!through) throw new Error(`scale seed: ${type} #${value} is not known (${uid}.${column.attribute})`);
        value = through[step] ?? null;
        type = this.targetOf(type, step);
      }
      values[column.attribute] = value;
    }
    const fields = searchFieldsOf(uid);
    if (fields) values[SEARCH_ATTRIBUTE] = searchTextOf(searchedValues(searched, fields));
    return values;
  }

  /** Keeps the links of a written row that later rows' paths run through. */
  remember(uid: string, id: number, links: Links): void {
    const attributes = this.traversed.get(uid);
    if (!attributes) return;
    const kept: Links = {};
    for (const attribute of attributes) kept[attribute] = links[attribute] ?? null;
    this.mapOf(uid).set(id, kept);
  }

  /** The stored links of every row of a type whose links paths follow, from its link tables. */
  private async load(sink: Sink, uid: string): Promise<void> {
    const rows = this.mapOf(uid);
    const table = this.strapi.db.metadata.get(uid as any).tableName;
    for (const { id } of await sink.query(`select id from ${quote(table)}`)) if (!rows.has(Number(id))) rows.set(Number(id), {});
    for (const attribute of this.traversed.get(uid)!) {
      const { joinTable } = (this.strapi.db.metadata.get(uid as any) as any).attributes[attribute];
      const pairs = await sink.query(`select ${quote(joinTable.joinColumn.name)} as own, ${quote(joinTable.inverseJoinColumn.name)} as target from ${quote(joinTable.name)}`);
      for (const { own, target } of pairs) {
        const row = rows.get(Number(own));
        if (row) row[attribute] = Number(target);
      }
    }
  }

  private mapOf(uid: string): Map<number, Links> {
    let map = this.known.get(uid);
    if (!map) this.known.set(uid, (map = new Map()));
    return map;
  }

  /** The relation steps of a column; an employee-ending one goes on to the employee's login. */
  private stepsOf(column: { path: string[]; endsAt: string }): string[] {
    return column.endsAt === 'employee' ? [...column.path, 'adminUser'] : column.path;
  }

  private targetOf(uid: string, attribute: string): string {
    const definition: any = (this.strapi.db.metadata.get(uid as any) as any).attributes[attribute];
    if (!definition?.target) throw new Error(`scale seed: ${uid}.${attribute} is not a relation`);
    return definition.target;
  }
}
