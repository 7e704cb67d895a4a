import { startStrapi, TestApp } from '../helpers/strapi';
import { usesPostgres } from '../helpers/database';

/**
 * The link tables' order indexes (src/database/link-order-indexes.ts) are there after every start, and the
 * links Strapi writes with them still append at the end of the other side's list.
 */
let app: TestApp;
beforeAll(async () => {
  app = await startStrapi();
});
afterAll(async () => {
  await app?.stop();
});

async function indexColumns(table: string): Promise<string[][]> {
  const knex = app.strapi.db.connection;
  if (usesPostgres()) {
    const rows: any = await knex.raw(`select indexdef from pg_indexes where tablename = ?`, [table]);
    return rows.rows.map((row: any) => (/\((.*)\)$/.exec(row.indexdef)?.[1] ?? '').split(', '));
  }
  const indexes: any[] = await knex.raw(`select name from sqlite_master where type = 'index' and tbl_name = ?`, [table]);
  const columns: string[][] = [];
  for (const { name } of indexes) columns.push(((await knex.raw(`select name from pragma_index_info(?) order by seqno`, [name])) as any[]).map((row) => row.name));
  return columns;
}

test('an employee’s and a client’s interactions are ranges of an (owner, order) index', async () => {
  expect(await indexColumns('interactions_employee_lnk')).toContainEqual(['employee_id', 'interaction_ord']);
  expect(await indexColumns('interactions_counterparty_lnk')).toContainEqual(['counterparty_id', 'interaction_ord']);
  expect(await indexColumns('inbound_requests_assignee_lnk')).toContainEqual(['employee_id', 'inbound_request_ord']);
});

test('a restart finds them in place; new interactions still go to the end of the employee’s list', async () => {
  await app.restart();
  expect(await indexColumns('interactions_employee_lnk')).toContainEqual(['employee_id', 'interaction_ord']);
  const docs = (uid: string) => (app.strapi.documents as any)(uid);
  const department = await docs('api::department.department').create({ data: { name: 'Відділ порядку' } });
  const employee = await docs('api::employee.employee').create({ data: { fullName: 'Порядок Перевірка', department: department.documentId } });
  for (const subject of ['перша', 'друга', 'третя']) {
    await docs('api::interaction.interaction').create({ data: { subject, kind: 'call-out', occurredAt: new Date().toISOString(), employee: employee.documentId } });
  }
  const knex = app.strapi.db.connection;
  const employeeRow = await knex('employees').where({ document_id: employee.documentId }).first('id');
  const orders = (await knex('interactions_employee_lnk').where({ employee_id: employeeRow.id }).orderBy('interaction_ord')).map((row: any) => Number(row.interaction_ord));
  expect(orders).toEqual([1, 2, 3]);
});
