import type { Core } from '@strapi/strapi';
import { accessColumnsOf } from '../../src/access/access-columns';

/**
 * Where each access column of a type should point, worked out in the test from Strapi's link tables (not by
 * the SQL the app fills them with): follow the column's relation path link by link, then an employee's
 * login. Answers, per access column, the rows whose stored value differs from that.
 */
export async function accessColumnMismatches(strapi: Core.Strapi, uid: string): Promise<Record<string, Array<{ id: number; stored: unknown; expected: unknown }>>> {
  const knex = strapi.db.connection;
  const links = new Map<string, Map<number, number>>();
  const linkOf = async (from: string, attribute: string): Promise<{ target: string; map: Map<number, number> }> => {
    const attr: any = (strapi.db.metadata.get(from as any) as any).attributes[attribute];
    const key = `${from}.${attribute}`;
    if (!links.has(key)) {
      const { name, joinColumn, inverseJoinColumn } = attr.joinTable;
      const rows: any[] = await knex(name).select({ own: joinColumn.name, target: inverseJoinColumn.name });
      links.set(key, new Map(rows.map((r) => [Number(r.own), Number(r.target)])));
    }
    return { target: attr.target, map: links.get(key)! };
  };

  const meta: any = strapi.db.metadata.get(uid as any);
  const columns = accessColumnsOf(uid);
  const rows: any[] = await knex(meta.tableName).select(['id', ...columns.map((c) => meta.attributes[c.attribute].columnName)]);
  const result: Record<string, Array<{ id: number; stored: unknown; expected: unknown }>> = {};
  for (const column of columns) {
    const steps = [...column.path, ...(column.endsAt === 'employee' ? ['adminUser'] : [])];
    const wrong: Array<{ id: number; stored: unknown; expected: unknown }> = [];
    for (const row of rows) {
      let at: number | null = Number(row.id);
      let type = uid;
      for (const step of steps) {
        const { target, map } = await linkOf(type, step);
        at = at === null ? null : map.get(at) ?? null;
        type = target;
      }
      const stored = row[meta.attributes[column.attribute].columnName];
      if ((stored === null ? null : Number(stored)) !== at) wrong.push({ id: row.id, stored, expected: at });
    }
    result[column.attribute] = wrong;
  }
  return result;
}
