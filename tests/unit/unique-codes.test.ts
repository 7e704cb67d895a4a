import fs from 'fs';
import path from 'path';
import { formatIssue, UK_NOUN_KEYS } from '../../src/domain/messages';
import {
  duplicateIssue,
  duplicateReason,
  invoiceNumberKey,
  readUniqueViolation,
  storedCode,
  UNIQUE_FIELDS,
  uniqueFieldsOf,
  uniqueIndexName,
  violatedUniqueField,
  withStoredCodes,
  yearOf,
  yearOfNumberKey,
} from '../../src/domain/unique-codes';

const field = (uid: string, name: string) => UNIQUE_FIELDS.find((f) => f.uid === uid && f.field === name)!;
const EDRPOU = field('api::counterparty.counterparty', 'edrpou');
const INVOICE_NUMBER = field('api::invoice.invoice', 'number');
const CONTRACT_NUMBER = field('api::contract.contract', 'number');

/** What pg rejects with (fields as node-postgres sets them) when an insert hits a unique index. */
function postgresError(table: string, constraint: string, detail: string): Error {
  return Object.assign(new Error(`insert into "${table}" ... - duplicate key value violates unique constraint "${constraint}"`), {
    name: 'error',
    severity: 'ERROR',
    code: '23505',
    detail,
    schema: 'public',
    table,
    constraint,
    routine: '_bt_check_unique',
  });
}

/** What better-sqlite3 rejects with through knex (knex prefixes the SQL to the message). */
function sqliteError(failed: string): Error {
  const error = new Error(`insert into \`t\` (\`x\`) values ('a') - UNIQUE constraint failed: ${failed}`);
  return Object.assign(error, { name: 'SqliteError', code: 'SQLITE_CONSTRAINT_UNIQUE' });
}

describe('stored codes', () => {
  test('codes are trimmed and blanks become NULL, so a unique index allows many empty ones', () => {
    expect(storedCode('  INV-12 ')).toBe('INV-12');
    expect(storedCode('')).toBeNull();
    expect(storedCode('   ')).toBeNull();
    expect(storedCode(undefined)).toBeNull();
    expect(storedCode(null)).toBeNull();
    expect(storedCode(42)).toBe(42);
  });

  test('only the fields the data carries are touched', () => {
    const data = { name: ' Перший ', edrpou: '', note: '' };
    expect(withStoredCodes(data, ['edrpou', 'rnokpp'])).toEqual({ name: ' Перший ', edrpou: null, note: '' });
    expect(data.edrpou).toBe('');
  });
});

describe('invoice number keys', () => {
  test('the key is the year of the invoice date and the trimmed number', () => {
    expect(invoiceNumberKey(' INV-12 ', '2025-03-01')).toBe('2025/INV-12');
    expect(invoiceNumberKey('INV-12', '2026-01-01T00:00:00.000Z')).toBe('2026/INV-12');
    expect(invoiceNumberKey('Р-1', new Date(2024, 11, 31))).toBe('2024/Р-1');
  });

  test('no key without a number or a readable date', () => {
    expect(invoiceNumberKey('', '2025-03-01')).toBeNull();
    expect(invoiceNumberKey(null, '2025-03-01')).toBeNull();
    expect(invoiceNumberKey('INV-1', null)).toBeNull();
    expect(invoiceNumberKey('INV-1', '01.03.2025')).toBeNull();
    expect(invoiceNumberKey('INV-1', new Date('nonsense'))).toBeNull();
  });

  test('years', () => {
    expect(yearOf('2025-12-31')).toBe('2025');
    expect(yearOf(20251231)).toBeNull();
    expect(yearOfNumberKey('2025/INV/7')).toBe('2025');
  });
});

describe('database refusals', () => {
  test('the index names are those Strapi gives unique columns', () => {
    expect(uniqueIndexName({ table: 'payments', column: 'dedupe_key' })).toBe('payments_dedupe_key_uq');
    for (const unique of UNIQUE_FIELDS) expect(uniqueIndexName(unique).length).toBeLessThanOrEqual(55);
  });

  test('a unique index on the same column under another name still names the field', () => {
    const error = postgresError('counterparties', 'edrpou_by_dba', 'Key (edrpou)=(14360570) already exists.');
    expect(violatedUniqueField(error, UNIQUE_FIELDS)).toBe(EDRPOU);
  });

  test('PostgreSQL: code 23505 with the index name', () => {
    const error = postgresError('counterparties', 'counterparties_edrpou_uq', 'Key (edrpou)=(14360570) already exists.');
    expect(readUniqueViolation(error)).toEqual({ table: 'counterparties', constraint: 'counterparties_edrpou_uq', columns: ['edrpou'] });
    expect(violatedUniqueField(postgresError('counterparties', 'counterparties_edrpou_uq', ''), UNIQUE_FIELDS)).toBe(EDRPOU);
    expect(violatedUniqueField(error, UNIQUE_FIELDS)).toBe(EDRPOU);
    const invoice = postgresError('invoices', 'invoices_number_key_uq', 'Key (number_key)=(2025/INV-1) already exists.');
    expect(violatedUniqueField(invoice, UNIQUE_FIELDS)).toBe(INVOICE_NUMBER);
  });

  test('SQLite: SQLITE_CONSTRAINT_UNIQUE naming table.column', () => {
    expect(readUniqueViolation(sqliteError('contracts.number'))).toEqual({ table: 'contracts', columns: ['number'] });
    expect(violatedUniqueField(sqliteError('contracts.number'), UNIQUE_FIELDS)).toBe(CONTRACT_NUMBER);
    expect(violatedUniqueField(sqliteError('invoices.number_key'), UNIQUE_FIELDS)).toBe(INVOICE_NUMBER);
    expect(readUniqueViolation(sqliteError('t.a, t.b'))).toEqual({ table: 't', columns: ['a', 'b'] });
    expect(readUniqueViolation(sqliteError("index 'invoices_year_number'"))).toEqual({ constraint: 'invoices_year_number', columns: [] });
  });

  test('every unique field is recognized on both databases', () => {
    for (const unique of UNIQUE_FIELDS) {
      const pg = postgresError(unique.table, uniqueIndexName(unique), `Key (${unique.column})=(x) already exists.`);
      expect(violatedUniqueField(pg, UNIQUE_FIELDS)).toBe(unique);
      expect(violatedUniqueField(sqliteError(`${unique.table}.${unique.column}`), UNIQUE_FIELDS)).toBe(unique);
    }
  });

  test('a refusal on another table or column, or another kind of error, names no field', () => {
    const components = postgresError('invoices_cmps', 'invoices_uq', 'Key (entity_id, cmp_id, field, component_type)=(1, 2, lines, crm.document-line) already exists.');
    expect(violatedUniqueField(components, UNIQUE_FIELDS)).toBeNull();
    expect(violatedUniqueField(sqliteError('invoices.number'), UNIQUE_FIELDS)).toBeNull();
    expect(violatedUniqueField(sqliteError('counterparties.edrpou, counterparties.kind'), UNIQUE_FIELDS)).toBeNull();
    expect(violatedUniqueField(postgresError('counterparties', 'counterparties_edrpou_uq', 'x'), uniqueFieldsOf('api::product.product'))).toBeNull();
    expect(violatedUniqueField(postgresError('invoices', 'invoices_number_uq', 'Key (number)=(1) already exists.'), UNIQUE_FIELDS)).toBeNull();
    expect(readUniqueViolation(Object.assign(new Error('null value in column "name"'), { code: '23502', table: 'counterparties', column: 'name' }))).toBeNull();
    expect(readUniqueViolation(Object.assign(new Error('NOT NULL constraint failed: counterparties.name'), { code: 'SQLITE_CONSTRAINT_NOTNULL' }))).toBeNull();
    expect(readUniqueViolation(new Error('UNIQUE constraint failed: counterparties.edrpou'))).toBeNull();
    expect(readUniqueViolation(undefined)).toBeNull();
  });

  test('a refusal wrapped as the cause of another error is found', () => {
    const wrapped = new Error('write failed', { cause: sqliteError('payments.dedupe_key') });
    expect(violatedUniqueField(wrapped, UNIQUE_FIELDS)?.field).toBe('dedupeKey');
  });
});

describe('messages', () => {
  test('the other record is named only when its label is given', () => {
    expect(duplicateReason(EDRPOU, { otherLabel: 'Перший' })).toBe('already belongs to counterparty "Перший"');
    expect(duplicateReason(EDRPOU, { otherLabel: null })).toBe('is already used by another counterparty');
    expect(duplicateReason(EDRPOU)).toBe('is already used by another counterparty');
  });

  test('numbers unique per year say which year', () => {
    expect(duplicateReason(INVOICE_NUMBER, { year: '2025' })).toBe('is already used by another invoice in 2025');
    expect(duplicateReason(INVOICE_NUMBER)).toBe('is already used by another invoice');
    expect(duplicateReason(CONTRACT_NUMBER, { year: '2025' })).toBe('is already used by another contract');
  });

  test('in Ukrainian, with the record in the right case', () => {
    const context = { uid: 'api::counterparty.counterparty' };
    expect(duplicateIssue(EDRPOU)).toMatchObject({ field: 'edrpou', code: 'unique.taken', params: { noun: 'counterparty' } });
    expect(formatIssue(duplicateIssue(EDRPOU), 'uk', context)).toBe('ЄДРПОУ: уже використовується іншим контрагентом');
    expect(formatIssue(duplicateIssue(EDRPOU, { otherLabel: 'Перший' }), 'uk', context)).toBe('ЄДРПОУ: уже належить контрагенту «Перший»');
    expect(formatIssue(duplicateIssue(INVOICE_NUMBER, { year: '2025' }), 'uk', { uid: 'api::invoice.invoice' })).toBe(
      'Номер: у 2025 році вже використовується іншим рахунком',
    );
  });

  test('every unique field has Ukrainian forms of its noun', () => {
    for (const field of UNIQUE_FIELDS) expect(UK_NOUN_KEYS).toContain(field.noun);
  });
});

describe('the schemas carry the unique indexes', () => {
  const apiDir = path.resolve(__dirname, '../../src/api');
  const schemaOf = (uid: string) => {
    const name = uid.slice(uid.indexOf('::') + 2, uid.indexOf('.'));
    return JSON.parse(fs.readFileSync(path.join(apiDir, name, 'content-types', name, 'schema.json'), 'utf8'));
  };
  const snake = (name: string) => name.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

  // The Content-Type Builder rewrites schema.json without `column`: this catches it.
  test.each(UNIQUE_FIELDS.map((f) => [`${f.uid}.${f.field}`, f] as const))('%s', (_name, unique) => {
    const schema = schemaOf(unique.uid);
    const attribute = unique.perYear?.keyField ?? unique.field;
    expect(schema.collectionName).toBe(unique.table);
    expect(snake(attribute)).toBe(unique.column);
    expect(schema.attributes[attribute].column).toEqual({ unique: true });
    expect(schema.attributes[unique.field]).toBeDefined();
    if (unique.perYear) {
      expect(schema.attributes[unique.perYear.dateField].type).toBe('date');
      expect(schema.attributes[attribute]).toMatchObject({ private: true, visible: false, configurable: false });
    }
  });
});
