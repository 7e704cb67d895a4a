import type { Core } from '@strapi/strapi';
import { AccessColumn, accessColumnsOf, typesWithAccessColumns } from './access-columns';
import { UID } from './uids';

/**
 * Keeps the access columns (access-columns.ts) equal to where their relation paths lead, with set-based
 * SQL on the link tables Strapi keeps, in the transaction of the write that moved a link. Which rows a
 * write can move is read from the paths: a record's own columns when it changes one of its own first
 * steps; the records whose path runs through it when it changes a later step (a counterparty's manager,
 * an employee's department or login) or a link seen from its other side (an employee's counterparties).
 */

interface Step {
  /** the type the step starts from and its relation attribute */
  from: string;
  attribute: string;
  target: string;
  joinTable: string;
  /** column of the link table holding the id of `from`, and the one holding the id of `target` */
  fromColumn: string;
  toColumn: string;
}

type Knex = any;
const quote = (identifier: string) => `"${identifier.replace(/"/g, '""')}"`;
const CHUNK = 500;

export class AccessColumnSync {
  private readonly stepCache = new Map<string, Step>();
  /** per type: attributes that change its own columns / the columns of records whose paths run through it */
  private readonly ownKeys = new Map<string, Set<string>>();
  private readonly chainKeys = new Map<string, Set<string>>();

  constructor(private readonly strapi: Core.Strapi) {
    for (const uid of typesWithAccessColumns()) {
      for (const column of accessColumnsOf(uid)) {
        this.stepsOf(uid, column).forEach((step, index) => {
          const keys = index === 0 && step.from === uid ? this.ownKeys : this.chainKeys;
          add(keys, step.from, step.attribute);
          const inverse = this.inverseAttribute(step);
          if (inverse) add(this.chainKeys, step.target, inverse);
        });
        // an employee-ending column holds the admin user of that employee: changing the login moves it too
        if (column.endsAt === 'employee') add(this.chainKeys, UID.employee, 'adminUser');
      }
    }
  }

  /** Whether writing these fields of a record of `uid` can move any access column. */
  concerns(uid: string): boolean {
    return this.ownKeys.has(uid) || this.chainKeys.has(uid);
  }

  touchesOwn(uid: string, data: Record<string, unknown> | undefined): boolean {
    return touches(this.ownKeys.get(uid), data);
  }

  touchesChain(uid: string, data: Record<string, unknown> | undefined): boolean {
    return touches(this.chainKeys.get(uid), data);
  }

  /** Row ids of the records whose access columns go through the given rows of `uid` (their own rows excluded). */
  async rowsThrough(trx: Knex, uid: string, ids: number[]): Promise<Map<string, Set<number>>> {
    const found = new Map<string, Set<number>>();
    if (ids.length === 0) return found;
    const asked = new Set<string>();
    for (const owner of typesWithAccessColumns()) {
      for (const column of accessColumnsOf(owner)) {
        const steps = this.stepsOf(owner, column);
        for (let length = 1; length <= steps.length; length += 1) {
          const prefix = steps.slice(0, length);
          if (prefix[length - 1].target !== uid) continue;
          const key = `${owner}:${prefix.map((step) => step.attribute).join('.')}`;
          if (asked.has(key)) continue;
          asked.add(key);
          for (const chunk of chunks(ids)) {
            const { sql, last } = joinChain(prefix);
            const rows = await trx.raw(`select a1.${quote(prefix[0].fromColumn)} as id ${sql} where ${last}.${quote(prefix[length - 1].toColumn)} in (${chunk.map(() => '?').join(', ')})`, chunk);
            for (const row of resultRows(rows)) add(found, owner, Number(row.id));
          }
        }
      }
    }
    return found;
  }

  /** Sets every access column of the given rows of `uid` (or of all its rows) to where its path leads now. */
  async recompute(trx: Knex, uid: string, ids: number[] | 'all'): Promise<void> {
    const columns = accessColumnsOf(uid);
    if (columns.length === 0 || (ids !== 'all' && ids.length === 0)) return;
    const meta: any = this.strapi.db.metadata.get(uid as any);
    const table = quote(meta.tableName);
    const assignments = columns.map((column) => `${quote(meta.attributes[column.attribute].columnName)} = (${this.valueSql(uid, column, table)})`).join(', ');
    if (ids === 'all') {
      if (this.strapi.db.dialect.client === 'postgres') await trx.raw(this.recomputeAllSql(uid, columns, meta));
      else await trx.raw(`update ${table} set ${assignments}`);
      return;
    }
    for (const chunk of chunks(ids)) {
      await trx.raw(`update ${table} set ${assignments} where ${table}.${quote('id')} in (${chunk.map(() => '?').join(', ')})`, chunk);
    }
  }

  /**
   * The access columns of rows of `uid` about to be written, from the targets of their paths' first steps
   * (`links[i]`: row i's target id per relation a path starts with; null for no link), read as they are now
   * in `trx`: a bulk writer (the bank import) puts them into the rows it inserts instead of updating every
   * row after its links are written. Answers, per row, each access column's value; what `recompute` would set.
   */
  async valuesForNewRows(trx: Knex, uid: string, links: ReadonlyArray<Readonly<Record<string, number | null>>>): Promise<Array<Record<string, number | null>>> {
    const values = links.map(() => ({}) as Record<string, number | null>);
    for (const column of accessColumnsOf(uid)) {
      const steps = this.stepsOf(uid, column);
      const path = column.endsAt === 'employee' ? [...steps, this.step(UID.employee, 'adminUser')] : steps;
      const first = path[0].attribute;
      const targetOf = (row: Readonly<Record<string, number | null>>): number | null => {
        const target = row[first];
        if (target === undefined) throw new Error(`access columns of new ${uid} rows: a row has no ${first} (null for none)`);
        return target;
      };
      const through = path.length === 1 ? null : await this.valuesThrough(trx, path.slice(1), [...new Set(links.map(targetOf))].filter((t): t is number => t !== null));
      links.forEach((row, n) => {
        const target = targetOf(row);
        values[n][column.attribute] = target === null ? null : through === null ? target : (through.get(target) ?? null);
      });
    }
    return values;
  }

  /** Where `path` leads from each of `starts`: start id → the id at its end (a start leading nowhere is left out). */
  private async valuesThrough(trx: Knex, path: Step[], starts: number[]): Promise<Map<number, number>> {
    const found = new Map<number, number>();
    const { sql, last } = joinChain(path);
    for (const chunk of chunks(starts)) {
      const rows = await trx.raw(
        `select a1.${quote(path[0].fromColumn)} as id, min(${last}.${quote(path[path.length - 1].toColumn)}) as value ${sql} ` +
          `where a1.${quote(path[0].fromColumn)} in (${chunk.map(() => '?').join(', ')}) group by a1.${quote(path[0].fromColumn)}`,
        chunk,
      );
      for (const row of resultRows(rows)) if (row.value !== null) found.set(Number(row.id), Number(row.value));
    }
    return found;
  }

  /** Row ids of a document. */
  async rowIdsOf(trx: Knex, uid: string, documentId: string): Promise<number[]> {
    const table = this.strapi.db.metadata.get(uid as any).tableName;
    const rows = await trx.raw(`select ${quote('id')} as id from ${quote(table)} where ${quote('document_id')} = ?`, [documentId]);
    return resultRows(rows).map((row: any) => Number(row.id));
  }

  /**
   * Every row at once, for PostgreSQL: each path as one grouped join of its link tables, hash-joined to the
   * table, and only the rows whose columns change are written. A correlated subquery per row and column
   * costs ten million index probes per column on a big chronicle; this reads each link table once, and a
   * second fill over unchanged data writes nothing.
   */
  private recomputeAllSql(uid: string, columns: AccessColumn[], meta: any): string {
    const table = quote(meta.tableName);
    const joins: string[] = [];
    const sets: string[] = [];
    const changed: string[] = [];
    columns.forEach((column, index) => {
      const steps = this.stepsOf(uid, column);
      const path = column.endsAt === 'employee' ? [...steps, this.step(UID.employee, 'adminUser')] : steps;
      const { sql, last } = joinChain(path);
      const alias = `v${index}`;
      const name = quote(meta.attributes[column.attribute].columnName);
      joins.push(
        `left join (select a1.${quote(path[0].fromColumn)} as id, min(${last}.${quote(path[path.length - 1].toColumn)}) as value ${sql} ` +
          `group by a1.${quote(path[0].fromColumn)}) ${alias} on ${alias}.id = t0.id`,
      );
      sets.push(`${name} = ${alias}.value`);
      changed.push(`${table}.${name} is distinct from ${alias}.value`);
    });
    return `update ${table} set ${sets.join(', ')} from ${table} t0 ${joins.join(' ')} where ${table}.id = t0.id and (${changed.join(' or ')})`;
  }

  /** The value one column should hold for the row `<table>.id`, as a correlated subquery. */
  private valueSql(uid: string, column: AccessColumn, table: string): string {
    const steps = this.stepsOf(uid, column);
    const path = column.endsAt === 'employee' ? [...steps, this.step(UID.employee, 'adminUser')] : steps;
    const { sql, last } = joinChain(path);
    return `select ${last}.${quote(path[path.length - 1].toColumn)} ${sql} where a1.${quote(path[0].fromColumn)} = ${table}.${quote('id')} limit 1`;
  }

  private stepsOf(uid: string, column: AccessColumn): Step[] {
    const steps: Step[] = [];
    let from = uid;
    for (const attribute of column.path) {
      const step = this.step(from, attribute);
      steps.push(step);
      from = step.target;
    }
    return steps;
  }

  private step(from: string, attribute: string): Step {
    const key = `${from}.${attribute}`;
    let step = this.stepCache.get(key);
    if (!step) {
      const definition: any = this.strapi.db.metadata.get(from as any).attributes[attribute];
      if (!definition?.joinTable) throw new Error(`access column path ${key} is not a relation kept in a link table`);
      const { joinTable } = definition;
      step = { from, attribute, target: definition.target, joinTable: joinTable.name, fromColumn: joinTable.joinColumn.name, toColumn: joinTable.inverseJoinColumn.name };
      this.stepCache.set(key, step);
    }
    return step;
  }

  private inverseAttribute(step: Step): string | undefined {
    const definition: any = this.strapi.db.metadata.get(step.from as any).attributes[step.attribute];
    return definition?.inversedBy ?? definition?.mappedBy;
  }
}

/** `from <link 1> a1 join <link 2> a2 on ...`: the link tables of a path, each joined to the one before. */
function joinChain(steps: Step[]): { sql: string; last: string } {
  let sql = `from ${quote(steps[0].joinTable)} a1`;
  for (let index = 1; index < steps.length; index += 1) {
    sql += ` join ${quote(steps[index].joinTable)} a${index + 1} on a${index + 1}.${quote(steps[index].fromColumn)} = a${index}.${quote(steps[index - 1].toColumn)}`;
  }
  return { sql, last: `a${steps.length}` };
}

function resultRows(result: any): any[] {
  return Array.isArray(result) ? result : (result?.rows ?? []);
}

function chunks(ids: number[]): number[][] {
  const list: number[][] = [];
  for (let start = 0; start < ids.length; start += CHUNK) list.push(ids.slice(start, start + CHUNK));
  return list;
}

function add<T>(map: Map<string, Set<T>>, key: string, value: T): void {
  let set = map.get(key);
  if (!set) map.set(key, (set = new Set()));
  set.add(value);
}

function touches(keys: Set<string> | undefined, data: Record<string, unknown> | undefined): boolean {
  return !!keys && !!data && Object.keys(data).some((key) => keys.has(key));
}

/**
 * For code that writes ownership links row by row, past the Document Service (which the middleware
 * watches): recomputes the access columns of the given rows of `uid` and of every record whose paths run
 * through them, in one transaction.
 */
export async function refreshAccessColumnsOf(strapi: Core.Strapi, uid: string, rowIds: number[]): Promise<void> {
  const sync = new AccessColumnSync(strapi);
  await strapi.db.transaction(async ({ trx }) => {
    await sync.recompute(trx, uid, rowIds);
    for (const [owner, ids] of await sync.rowsThrough(trx, uid, rowIds)) await sync.recompute(trx, owner, [...ids]);
  });
}
