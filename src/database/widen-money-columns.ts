import type { Core } from '@strapi/strapi';
import { decimalKindOf } from '../type-meta';
import { DECIMAL_COLUMN_SIZES, DecimalColumnSize, widenedColumn } from '../domain/money';

interface DecimalColumn {
  table: string;
  column: string;
  target: DecimalColumnSize;
}

/**
 * Widens the decimal columns of a PostgreSQL database made before money had its own column sizes
 * (Strapi's default numeric(10,2): 99 999 999.99 at most, quantities cut to 2 decimals) to the size of
 * each column's kind: amount 14,2, quantity 15,3, rate 5,2 (src/domain/money/columns.ts).
 *
 * Schema sync cannot do it: its diff compares a column's type, nullability, default and sign, not its
 * precision and scale, so it never alters an existing numeric(10,2) (docs/money.md). Fresh databases get
 * the right sizes from the `column.args` in schema.json; this catches the older ones.
 *
 * Runs at every boot (first in bootstrap) and is idempotent: one information_schema read, and ALTERs
 * only for columns narrower than their kind, all in one transaction. It never narrows a column.
 * SQLite needs nothing: its decimal columns are `float` whatever the size (values are doubles).
 */
export async function widenMoneyColumns(strapi: Core.Strapi): Promise<string[]> {
  if (strapi.db.dialect.client !== 'postgres') return [];
  const wanted = decimalColumns(strapi);
  if (wanted.length === 0) return [];
  const knex = strapi.db.connection;
  const schema = strapi.db.getSchemaName() || 'public';

  const rows: Array<{ table_name: string; column_name: string; numeric_precision: number | null; numeric_scale: number | null }> = (
    await knex.raw(
      `select table_name, column_name, numeric_precision, numeric_scale from information_schema.columns
        where table_schema = ? and data_type = 'numeric' and table_name = any(?)`,
      [schema, [...new Set(wanted.map((c) => c.table))]],
    )
  ).rows;
  const existing = new Map(rows.map((row) => [`${row.table_name}.${row.column_name}`, row]));

  const alterations: Array<DecimalColumn & { size: DecimalColumnSize }> = [];
  for (const column of wanted) {
    const row = existing.get(`${column.table}.${column.column}`);
    if (!row) continue; // not there (yet) or not numeric: schema sync owns it
    const size = widenedColumn({ precision: row.numeric_precision, scale: row.numeric_scale }, column.target);
    if (size) alterations.push({ ...column, size });
  }
  if (alterations.length === 0) return [];

  await knex.transaction(async (trx) => {
    for (const { table, column, size } of alterations) {
      // precision and scale are integers from DECIMAL_COLUMN_SIZES, never input
      await trx.raw(`alter table ??.?? alter column ?? type numeric(${size.precision}, ${size.scale})`, [schema, table, column]);
    }
  });
  const widened = alterations.map(({ table, column, size }) => `${table}.${column} → numeric(${size.precision},${size.scale})`);
  strapi.log.info(`Widened money columns: ${widened.join(', ')}`);
  return widened;
}

/** Every classified decimal attribute of the app, as the table and column it lives in. */
function decimalColumns(strapi: Core.Strapi): DecimalColumn[] {
  const columns: DecimalColumn[] = [];
  const models = [...Object.values<any>(strapi.contentTypes), ...Object.values<any>(strapi.components)];
  for (const model of models) {
    for (const [name, attribute] of Object.entries<any>(model.attributes)) {
      if (attribute.type !== 'decimal') continue;
      const kind = decimalKindOf(model.uid, name);
      if (!kind) continue;
      const meta: any = strapi.db.metadata.has(model.uid) ? strapi.db.metadata.get(model.uid) : undefined;
      const columnName: string | undefined = meta?.attributes?.[name]?.columnName;
      if (meta?.tableName && columnName) columns.push({ table: meta.tableName, column: columnName, target: DECIMAL_COLUMN_SIZES[kind] });
    }
  }
  return columns;
}
