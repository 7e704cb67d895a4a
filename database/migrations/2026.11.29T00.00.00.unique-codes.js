'use strict';

/**
 * Runs once, before the schema sync that builds the unique indexes on codes and numbers
 * (docs/unique-codes.md), inside a transaction:
 * - trims the codes and stores blank ones as NULL: a unique index allows many NULLs but only one '';
 * - stops, listing them, when records already share a code: the index could not be built, and which
 *   record keeps the code is a person's decision. Fix them with the previous version, then start again.
 * On a new database the tables do not exist yet and it does nothing. Invoice numbers get their per-year
 * keys after the sync (src/unique-codes/fill-invoice-number-keys.ts).
 */
const COLUMNS = [
  ['counterparties', 'edrpou'],
  ['counterparties', 'rnokpp'],
  ['contracts', 'number'],
  ['complaints', 'number'],
  ['products', 'code'],
  ['payments', 'dedupe_key'],
];

module.exports = {
  async up(knex, db) {
    const schemaName = db.getSchemaName();
    const schema = () => (schemaName ? knex.schema.withSchema(schemaName) : knex.schema);
    const rows = (table) => (schemaName ? knex(table).withSchema(schemaName) : knex(table));
    const duplicates = [];
    for (const [table, column] of COLUMNS) {
      if (!(await schema().hasTable(table)) || !(await schema().hasColumn(table, column))) continue;
      await rows(table).whereRaw('?? <> trim(??)', [column, column]).update({ [column]: knex.raw('trim(??)', [column]) });
      await rows(table).where(column, '').update({ [column]: null });
      const shared = await rows(table).select(column).count({ records: '*' }).whereNotNull(column).groupBy(column).havingRaw('count(*) > 1').limit(20);
      for (const row of shared) duplicates.push(`${table}.${column} "${row[column]}" (${row.records} records)`);
    }
    if (duplicates.length > 0) {
      throw new Error(
        `Vitrylo cannot make these codes unique because several records share them: ${duplicates.join('; ')}. ` +
          'Give each record its own code (or clear it) with the previous version, then start this one again.',
      );
    }
  },

  async down() {},
};
