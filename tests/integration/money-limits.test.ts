import { suiteWithSuperAdmin } from '../helpers/suite';
import { cm } from '../helpers/admin';
import { usesPostgres } from '../helpers/database';
import { decimalKindOf } from '../../src/access/money-fields';
import { DECIMAL_COLUMN_SIZES, DecimalKind, formatDecimalOfKind, parseDecimalOfKind, widenedColumn } from '../../src/domain/money';

const INVOICE = 'api::invoice.invoice';
const PAYMENT = 'api::payment.payment';
const EVENT = 'api::marketing-event.marketing-event';

const suite = suiteWithSuperAdmin();
let counterparty: string;

/** A value read back (a JSON number or text) as the exact decimal text of its kind: 180000000 → '180000000.00'. */
function exact(value: unknown, kind: DecimalKind = 'amount'): string {
  const parsed = parseDecimalOfKind(value, kind);
  if (!parsed.ok) throw new Error(`${JSON.stringify(value)} read back is not an exact ${kind}: ${parsed.reason}`);
  return formatDecimalOfKind(parsed.value, kind);
}

const totalsOf = (doc: any) => [exact(doc.totalNet), exact(doc.totalVat), exact(doc.total)];

/** Every classified decimal column: table, column and the size of its kind. */
function decimalColumns(): Array<{ table: string; column: string; precision: number; scale: number }> {
  const strapi = suite.app.strapi;
  const columns: Array<{ table: string; column: string; precision: number; scale: number }> = [];
  for (const model of [...Object.values<any>(strapi.contentTypes), ...Object.values<any>(strapi.components)]) {
    for (const [name, attribute] of Object.entries<any>(model.attributes)) {
      const kind = attribute.type === 'decimal' ? decimalKindOf(model.uid, name) : undefined;
      if (!kind) continue;
      const meta: any = strapi.db.metadata.get(model.uid);
      columns.push({ table: meta.tableName, column: meta.attributes[name].columnName, ...DECIMAL_COLUMN_SIZES[kind] });
    }
  }
  return columns;
}

/** PostgreSQL: 'table.column' → 'numeric(p,s)' as the database has it. */
async function postgresColumnTypes(): Promise<Record<string, string>> {
  const rows = (
    await suite.app.strapi.db.connection.raw(
      `select table_name, column_name, numeric_precision, numeric_scale from information_schema.columns
        where table_schema = current_schema() and data_type = 'numeric'`,
    )
  ).rows;
  return Object.fromEntries(rows.map((r: any) => [`${r.table_name}.${r.column_name}`, `numeric(${r.numeric_precision},${r.numeric_scale})`]));
}

/** The schema Strapi stored at its last sync, and when: both stay the same when a boot finds nothing to change. */
async function storedSchema(): Promise<string> {
  const row = await suite.app.strapi.db.connection('strapi_database_schema').orderBy('time', 'desc').first('hash', 'time');
  return `${row.hash} stored at ${String(row.time)}`;
}

/** The stored line rows of an invoice, read straight from the component table. */
async function rawLines(documentId: string): Promise<any[]> {
  const invoice: any = await suite.app.strapi.documents(INVOICE as any).findOne({ documentId, populate: ['lines'] });
  const ids = invoice.lines.map((line: any) => line.id);
  const knex = suite.app.strapi.db.connection;
  if (usesPostgres()) {
    return knex('components_crm_document_line').whereIn('id', ids).orderBy('id').select(knex.raw('quantity::text as quantity, price::text as price, total::text as total'));
  }
  return knex('components_crm_document_line')
    .whereIn('id', ids)
    .orderBy('id')
    .select(knex.raw('typeof(quantity) as storage, quantity, price, total, cast(total as text) as total_text'));
}

const invoice = (number: string, lines: unknown[], extra: Record<string, unknown> = {}) =>
  suite.admin.post(cm(INVOICE), { number, date: '2026-03-01', counterparty, lines, ...extra });

beforeAll(async () => {
  counterparty = (await suite.admin.post(cm('api::counterparty.counterparty'), { name: 'ТОВ "Великий покупець"', kind: 'client' })).body.data.documentId;
});

describe('columns', () => {
  (usesPostgres() ? test : test.skip)('PostgreSQL: a fresh database gets amount 14,2, quantity 15,3, rate 5,2', async () => {
    const types = await postgresColumnTypes();
    for (const { table, column, precision, scale } of decimalColumns()) {
      expect(`${table}.${column} ${types[`${table}.${column}`]}`).toBe(`${table}.${column} numeric(${precision},${scale})`);
    }
    expect(types['components_crm_document_line.quantity']).toBe('numeric(15,3)');
    expect(types['marketing_events.discount_percent']).toBe('numeric(5,2)');
    expect(types['invoices.total']).toBe('numeric(14,2)');
  });

  (usesPostgres() ? test.skip : test)('SQLite: decimal columns are float (8-byte doubles) whatever their size', async () => {
    const info = await suite.app.strapi.db.connection.raw('pragma table_info(components_crm_document_line)');
    const types = Object.fromEntries(info.map((c: any) => [c.name, c.type]));
    expect(types).toMatchObject({ quantity: 'float', price: 'float', total: 'float' });
  });

  (usesPostgres() ? test : test.skip)("PostgreSQL: an old database's numeric(10,2) columns are widened at the next boot", async () => {
    const strapi = suite.app.strapi;
    const knex = strapi.db.connection;
    const small = await invoice('СТАРИЙ-1', [{ description: 'Стара позиція', quantity: '1.5', price: '1234.56', vatRate: 20 }]);
    expect(small.status).toBe(201);
    // Make this database what the previous schema made: every decimal numeric(10,2), and a stored schema
    // that differs from the current one, so that the next boot runs schema sync's diff.
    for (const { table, column } of decimalColumns()) await knex.raw('alter table ?? alter column ?? type numeric(10,2)', [table, column]);
    await knex('strapi_database_schema').update({ hash: 'schema-before-money-sizes' });

    // Schema sync's diff sees nothing to do on these columns: it compares types, not precision and scale.
    const diff: any = await (strapi.db.schema as any).schemaDiff.diff({
      previousSchema: (await (strapi.db.schema as any).schemaStorage.read())?.schema,
      databaseSchema: await (strapi.db.dialect as any).schemaInspector.getSchema(),
      userSchema: strapi.db.schema.schema,
    });
    const updatedDecimals = diff.diff.tables.updated.flatMap((table: any) =>
      table.columns.updated.filter((c: any) => c.object.type === 'decimal').map((c: any) => `${table.name}.${c.name}`),
    );
    expect(updatedDecimals).toEqual([]);
    expect(await postgresColumnTypes()).toMatchObject({ 'invoices.total': 'numeric(10,2)', 'components_crm_document_line.quantity': 'numeric(10,2)' });
    // What users of such a database saw: the database refuses 150 000 000.00 and the request fails with a 500.
    const refused = await invoice('СТАРИЙ-2', [{ description: 'Не влазить у 10,2', quantity: 1, price: '150000000.00', vatRate: 20 }]);
    expect(refused.status).toBe(500);

    await suite.app.restart();

    // Amounts and quantities are widened; a rate column is left at numeric(10,2), wider than its 5,2:
    // columns are never narrowed (the core keeps rates within 999.99 anyway).
    const types = await postgresColumnTypes();
    for (const { table, column, precision, scale } of decimalColumns()) {
      const expected = widenedColumn({ precision: 10, scale: 2 }, { precision, scale }) ?? { precision: 10, scale: 2 };
      expect(`${table}.${column} ${types[`${table}.${column}`]}`).toBe(`${table}.${column} numeric(${expected.precision},${expected.scale})`);
    }
    expect(types).toMatchObject({
      'invoices.total': 'numeric(14,2)',
      'components_crm_document_line.quantity': 'numeric(15,3)',
      'marketing_events.discount_percent': 'numeric(10,2)',
    });
    const kept: any = await suite.app.strapi.documents(INVOICE as any).findOne({ documentId: small.body.data.documentId, populate: ['lines'] });
    expect(totalsOf(kept)).toEqual(['1851.84', '370.37', '2222.21']);
    expect(exact(kept.lines[0].quantity, 'quantity')).toBe('1.500');
    const accepted = await invoice('СТАРИЙ-2', [{ description: 'Тепер влазить', quantity: 1, price: '150000000.00', vatRate: 20 }]);
    expect(accepted.status).toBe(201);
  });
});

describe('amounts and quantities at the limits', () => {
  const created: Record<string, string> = {};

  test('a 150 000 000.00 invoice saves and reads back exactly, with exact totals', async () => {
    const res = await invoice('ВЕЛИКИЙ-1', [{ description: 'Обладнання', quantity: 1, price: '150000000.00', vatRate: 20 }]);
    expect(res.status).toBe(201);
    expect(totalsOf(res.body.data)).toEqual(['150000000.00', '30000000.00', '180000000.00']);
    created.big = res.body.data.documentId;
    const read = await suite.admin.get(cm(INVOICE, created.big));
    expect(read.status).toBe(200);
    expect(totalsOf(read.body.data)).toEqual(['150000000.00', '30000000.00', '180000000.00']);
    expect(exact(read.body.data.lines[0].price)).toBe('150000000.00');
  });

  test('99 999 999.99 with 20% VAT saves: 119 999 999.99', async () => {
    const res = await invoice('ВЕЛИКИЙ-2', [{ description: 'Послуга', quantity: 1, price: '99999999.99', vatRate: 20 }]);
    expect(res.status).toBe(201);
    // 20% of 99 999 999.99 = 19 999 999.998 → 20 000 000.00
    expect(totalsOf(res.body.data)).toEqual(['99999999.99', '20000000.00', '119999999.99']);
  });

  test('quantity 2.125 × price 0.01 stores 2.125 and a line total of 0.02 (0.02125 rounded half up)', async () => {
    const res = await invoice('ДРІБНИЙ-1', [{ description: 'Кріплення', quantity: 2.125, price: '0.01', vatRate: 20 }]);
    expect(res.status).toBe(201);
    expect(totalsOf(res.body.data)).toEqual(['0.02', '0.00', '0.02']);
    created.small = res.body.data.documentId;
    const read = await suite.admin.get(cm(INVOICE, created.small));
    expect(read.body.data.lines[0].quantity).toBe(2.125);
    expect(exact(read.body.data.lines[0].total)).toBe('0.02');
    const [row] = await rawLines(created.small);
    if (usesPostgres()) expect(row).toEqual({ quantity: '2.125', price: '0.01', total: '0.02' });
    else expect(row).toMatchObject({ storage: 'real', quantity: 2.125, price: 0.01, total: 0.02 });
  });

  test('999 999 999 999.99 is stored and read back exactly', async () => {
    const res = await invoice('ГРАНИЧНИЙ-1', [
      { description: 'Межа', quantity: 1, price: '999999999999.99', vatRate: 0 },
    ]);
    expect(res.status).toBe(201);
    expect(totalsOf(res.body.data)).toEqual(['999999999999.99', '0.00', '999999999999.99']);
    created.limit = res.body.data.documentId;
    const read = await suite.admin.get(cm(INVOICE, created.limit));
    expect(read.body.data.total).toBe(999999999999.99);
    const [row] = await rawLines(created.limit);
    if (usesPostgres()) expect(row).toEqual({ quantity: '1.000', price: '999999999999.99', total: '999999999999.99' });
    // SQLite keeps a double; its own 15-digit text and the number read back are both the exact amount
    else expect(row).toMatchObject({ storage: 'real', price: 999999999999.99, total: 999999999999.99, total_text: '999999999999.99' });

    const payment = await suite.admin.post(cm(PAYMENT), { date: '2026-03-02', amount: '999 999 999 999,99', direction: 'incoming' });
    expect(payment.status).toBe(201);
    expect(payment.body.data.amount).toBe(999999999999.99);
    const quantity = await invoice('ГРАНИЧНИЙ-2', [{ description: 'Межа кількості', quantity: '999999999999.999', price: '0.01', vatRate: 0 }]);
    expect(quantity.status).toBe(201);
    expect(exact(quantity.body.data.total)).toBe('10000000000.00');
    const line = (await suite.admin.get(cm(INVOICE, quantity.body.data.documentId))).body.data.lines[0];
    expect(exact(line.quantity, 'quantity')).toBe('999999999999.999');
  });

  test('an amount of 1 000 000 000 000.00 is a 400 naming the field, and nothing is saved', async () => {
    const invoices = await suite.app.strapi.db.query(INVOICE as any).count();
    const payments = await suite.app.strapi.db.query(PAYMENT as any).count();

    const price = await invoice('ЗАВЕЛИКИЙ-1', [
      { description: 'Гаразд', quantity: 1, price: '10.00', vatRate: 20 },
      { description: 'Забагато', quantity: 1, price: '1000000000000.00', vatRate: 20 },
    ]);
    expect(price.status).toBe(400);
    expectRefused(price, [['lines[1].price', 'не більше 999 999 999 999,99']]);
    expect(price.body.error.details.errors[0].path).toEqual(['lines', '1', 'price']);

    const payment = await suite.admin.post(cm(PAYMENT), { date: '2026-03-02', amount: '1000000000000.00', direction: 'incoming' });
    expect(payment.status).toBe(400);
    expectRefused(payment, [['amount', 'не більше 999 999 999 999,99']]);
    const inEnglish = await suite.admin
      .post(cm(PAYMENT), { date: '2026-03-02', amount: '1000000000000.00', direction: 'incoming' })
      .set('Accept-Language', 'en');
    expectRefused(inEnglish, [['amount', 'must be at most 999 999 999 999.99']]);

    const asNumber = await suite.admin.post(cm(PAYMENT), { date: '2026-03-02', amount: 1e15, direction: 'incoming' });
    expect(asNumber.status).toBe(400);
    expectRefused(asNumber, [['amount', 'не більше 999 999 999 999,99']]);

    const paid = await invoice('ЗАВЕЛИКИЙ-2', [], { paidAmount: '1000000000000' });
    expect(paid.status).toBe(400);
    expectRefused(paid, [['paidAmount', 'не більше 999 999 999 999,99']]);

    expect(await suite.app.strapi.db.query(INVOICE as any).count()).toBe(invoices);
    expect(await suite.app.strapi.db.query(PAYMENT as any).count()).toBe(payments);
  });

  test('a line or a document that would total over the limit is a 400 naming the total', async () => {
    const line = await invoice('ЗАВЕЛИКИЙ-3', [{ description: 'З ПДВ не влазить', quantity: 1, price: '999999999999.99', vatRate: 20 }]);
    expect(line.status).toBe(400);
    expectRefused(line, [['lines[0].total', 'не більше 999 999 999 999,99']]);
    const document = await invoice('ЗАВЕЛИКИЙ-4', [
      { description: 'Половина', quantity: 1, price: '600000000000.00', vatRate: 0 },
      { description: 'Друга половина', quantity: 1, price: '400000000000.00', vatRate: 0 },
    ]);
    expect(document.status).toBe(400);
    expectRefused(document, [['totalNet', 'не більше 999 999 999 999,99']]);
  });

  test('quantities over 3 decimals, rates over their limit and amounts inside other components are 400s', async () => {
    const quantity = await invoice('ДРІБНИЙ-2', [{ description: 'Забагато знаків', quantity: '2.1255', price: '1.00', vatRate: 20 }]);
    expect(quantity.status).toBe(400);
    expectRefused(quantity, [['lines[0].quantity', '3']]);

    const event = await suite.admin.post(cm(EVENT), {
      kind: 'exhibition',
      name: 'Виставка',
      discountPercent: 1000,
      costs: [{ item: 'Стенд', amount: '120000.00' }, { item: 'Забагато', amount: '1000000000000.00' }],
    });
    expect(event.status).toBe(400);
    expectRefused(event, [['discountPercent', 'не більше 999,99'], ['costs[1].amount', 'не більше 999 999 999 999,99']]);

    const fine = await suite.admin.post(cm(EVENT), { kind: 'exhibition', name: 'Виставка', discountPercent: '12.5', budget: 0.1 + 0.2, costs: [{ item: 'Стенд', amount: '150000000.00' }] });
    expect(fine.status).toBe(201);
    expect(fine.body.data.discountPercent).toBe(12.5);
    expect(fine.body.data.budget).toBe(0.3); // stored as the amount 0.30, not the float 0.30000000000000004
    expect(fine.body.data.costs[0].amount).toBe(150000000);
  });

  test('values survive a restart of Strapi on the same database, and the restart changes no schema', async () => {
    const schemaBefore = await storedSchema();
    await suite.app.restart();
    expect(await storedSchema()).toBe(schemaBefore);

    const big = await suite.admin.get(cm(INVOICE, created.big));
    expect(totalsOf(big.body.data)).toEqual(['150000000.00', '30000000.00', '180000000.00']);
    const small = await suite.admin.get(cm(INVOICE, created.small));
    expect(small.body.data.lines[0].quantity).toBe(2.125);
    expect(exact(small.body.data.lines[0].total)).toBe('0.02');
    const limit = await suite.admin.get(cm(INVOICE, created.limit));
    expect(totalsOf(limit.body.data)).toEqual(['999999999999.99', '0.00', '999999999999.99']);
    if (usesPostgres()) expect(await postgresColumnTypes()).toMatchObject({ 'invoices.total': 'numeric(14,2)', 'components_crm_document_line.quantity': 'numeric(15,3)' });

    // and a large amount still saves after the restart
    const again = await invoice('ВЕЛИКИЙ-3', [{ description: 'Після перезапуску', quantity: '2.125', price: '150000000.00', vatRate: 20 }]);
    expect(again.status).toBe(201);
    // 2.125 × 150 000 000.00 = 318 750 000.00; VAT 63 750 000.00
    expect(totalsOf(again.body.data)).toEqual(['318750000.00', '63750000.00', '382500000.00']);
  });
});

/** A 400 naming each field by its path, with the limit in its (Ukrainian, by default) message. */
function expectRefused(res: any, expected: Array<[string, string]>): void {
  const errors: Array<{ path: string[]; message: string }> = res.body.error.details.errors;
  expect(errors.map((e) => e.path.join('.'))).toEqual(expected.map(([path]) => path.split(/[.[\]]+/).filter(Boolean).join('.')));
  expected.forEach(([, text], i) => expect(errors[i].message).toContain(text));
}
