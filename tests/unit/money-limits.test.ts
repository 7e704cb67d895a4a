import {
  checkDecimalFields,
  computeDocumentTotals,
  computedAmountIssue,
  computeLine,
  DECIMAL_COLUMN_SIZES,
  DecimalFieldsCatalog,
  DecimalKind,
  EXACT_DOUBLE_DIGITS,
  formatDecimalOfKind,
  formatLimit,
  largestUnits,
  MAX_AMOUNT_KOPECKS,
  parseDecimalOfKind,
  widenedColumn,
} from '../../src/domain/money';
import { DomainValidationError } from '../../src/domain/errors';
import { formatIssue, issueFrom } from '../../src/domain/messages';

function thrown(fn: () => unknown): DomainValidationError {
  try {
    fn();
  } catch (e) {
    if (e instanceof DomainValidationError) return e;
    throw e;
  }
  throw new Error('expected a DomainValidationError');
}

describe('column sizes and limits', () => {
  it('gives each kind its size and limit', () => {
    expect(DECIMAL_COLUMN_SIZES).toEqual({
      amount: { precision: 14, scale: 2 },
      quantity: { precision: 15, scale: 3 },
      rate: { precision: 5, scale: 2 },
    });
    expect(formatLimit('amount')).toBe('999 999 999 999.99');
    expect(formatLimit('quantity')).toBe('999 999 999 999.999');
    expect(formatLimit('rate')).toBe('999.99');
    expect(MAX_AMOUNT_KOPECKS).toBe(BigInt('99999999999999'));
  });

  it('accepts amounts up to 999 999 999 999.99 and names the limit beyond', () => {
    expect(parseDecimalOfKind('999 999 999 999.99', 'amount')).toEqual({ ok: true, value: BigInt('99999999999999') });
    expect(parseDecimalOfKind('-999999999999.99', 'amount')).toEqual({ ok: true, value: BigInt('-99999999999999') });
    expect(parseDecimalOfKind(999999999999.99, 'amount')).toEqual({ ok: true, value: BigInt('99999999999999') });
    expect(parseDecimalOfKind('150000000.00', 'amount')).toEqual({ ok: true, value: BigInt('15000000000') });
    const over = { ok: false, reason: 'must be at most 999 999 999 999.99' };
    expect(parseDecimalOfKind('1000000000000.00', 'amount')).toMatchObject(over);
    expect(parseDecimalOfKind('1 000 000 000 000', 'amount')).toMatchObject(over);
    expect(parseDecimalOfKind(1e12, 'amount')).toMatchObject(over);
    // far over the limit as a number: the limit is the reason, not the float's precision
    expect(parseDecimalOfKind(1e20, 'amount')).toMatchObject(over);
    expect(parseDecimalOfKind('-1000000000000', 'amount')).toMatchObject({ ok: false, reason: 'must be at least -999 999 999 999.99' });
    expect(parseDecimalOfKind(-1e15, 'amount')).toMatchObject({ ok: false, reason: 'must be at least -999 999 999 999.99' });
    expect(parseDecimalOfKind('0.001', 'amount')).toMatchObject({ ok: false, reason: 'must have at most 2 decimal places' });
    expect(parseDecimalOfKind('abc', 'amount')).toMatchObject({ ok: false, reason: 'must be a number' });
    expect(parseDecimalOfKind(null, 'amount')).toMatchObject({ ok: false, reason: 'is required' });
  });

  it('takes quantities to 3 decimals exactly, up to 999 999 999 999.999', () => {
    expect(parseDecimalOfKind('2.125', 'quantity')).toEqual({ ok: true, value: BigInt(2125) });
    expect(parseDecimalOfKind(2.125, 'quantity')).toEqual({ ok: true, value: BigInt(2125) });
    expect(parseDecimalOfKind('0,001', 'quantity')).toEqual({ ok: true, value: BigInt(1) });
    expect(parseDecimalOfKind('999999999999.999', 'quantity')).toEqual({ ok: true, value: BigInt('999999999999999') });
    expect(parseDecimalOfKind('1000000000000', 'quantity')).toMatchObject({ ok: false, reason: 'must be at most 999 999 999 999.999' });
    expect(parseDecimalOfKind('2.1255', 'quantity')).toMatchObject({ ok: false, reason: 'must have at most 3 decimal places' });
  });

  it('takes rates to 2 decimals, up to 999.99', () => {
    expect(parseDecimalOfKind('7.5', 'rate')).toEqual({ ok: true, value: BigInt(750) });
    expect(parseDecimalOfKind(100, 'rate')).toEqual({ ok: true, value: BigInt(10000) });
    expect(parseDecimalOfKind('999.99', 'rate')).toEqual({ ok: true, value: BigInt(99999) });
    expect(parseDecimalOfKind(1000, 'rate')).toMatchObject({ ok: false, reason: 'must be at most 999.99' });
    expect(parseDecimalOfKind('12.345', 'rate')).toMatchObject({ ok: false, reason: 'must have at most 2 decimal places' });
  });

  it('formats the text that is stored', () => {
    expect(formatDecimalOfKind(BigInt(30), 'amount')).toBe('0.30');
    expect(formatDecimalOfKind(BigInt(2125), 'quantity')).toBe('2.125');
    expect(formatDecimalOfKind(BigInt(750), 'rate')).toBe('7.50');
  });
});

/**
 * Strapi's number field sends every decimal to the database as a JS number and reads it back as one
 * (SQLite stores a double; PostgreSQL gets the number's text and its reads go through parseFloat). These
 * tests show that every value the limits accept makes that trip unchanged.
 */
describe('values within the limits survive the trip through a double', () => {
  // what happens to a stored value: text → Number (Strapi's toDB) → shortest text (pg, JSON) → parsed again
  const throughDouble = (text: string, kind: DecimalKind) => parseDecimalOfKind(Number(text), kind);

  function randomDigits(next: () => number, count: number): string {
    let digits = '';
    for (let i = 0; i < count; i += 1) digits += String(Math.floor(next() * 10));
    return digits;
  }

  // A fixed-seed generator, so a failure can be reproduced.
  function mulberry32(seed: number): () => number {
    let a = seed;
    return () => {
      a = (a + 0x6d2b79f5) | 0;
      let t = Math.imul(a ^ (a >>> 15), 1 | a);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
  }

  it('fits the precision of every kind in the digits a double keeps', () => {
    for (const { precision } of Object.values(DECIMAL_COLUMN_SIZES)) expect(precision).toBeLessThanOrEqual(EXACT_DOUBLE_DIGITS);
    // the largest amount in kopecks and the largest quantity in thousandths are far below 2^53
    expect(largestUnits('amount') < BigInt(Number.MAX_SAFE_INTEGER)).toBe(true);
    expect(largestUnits('quantity') < BigInt(Number.MAX_SAFE_INTEGER)).toBe(true);
  });

  it.each<[string, DecimalKind]>([
    ['999999999999.99', 'amount'],
    ['-999999999999.99', 'amount'],
    ['150000000.00', 'amount'],
    ['99999999.99', 'amount'],
    ['119999999.99', 'amount'],
    ['0.01', 'amount'],
    ['123456789012.34', 'amount'],
    ['999999999999.999', 'quantity'],
    ['2.125', 'quantity'],
    ['0.001', 'quantity'],
    ['123456789012.345', 'quantity'],
    ['999.99', 'rate'],
    ['0.01', 'rate'],
  ])('%s (%s) comes back exactly', (text, kind) => {
    const expected = parseDecimalOfKind(text, kind);
    expect(throughDouble(text, kind)).toEqual(expected);
    expect(formatDecimalOfKind(expected.value as bigint, kind)).toBe(text);
  });

  it.each<[DecimalKind, number]>([
    ['amount', 12],
    ['quantity', 12],
    ['rate', 3],
  ])('holds for 20 000 random %s values with up to %i whole digits', (kind, wholeDigits) => {
    const { scale } = DECIMAL_COLUMN_SIZES[kind];
    const next = mulberry32(20260101 + scale);
    for (let i = 0; i < 20000; i += 1) {
      const length = 1 + Math.floor(next() * wholeDigits);
      const text = `${next() < 0.1 ? '-' : ''}${randomDigits(next, length).replace(/^0+(?=\d)/, '')}.${randomDigits(next, scale)}`;
      const expected = parseDecimalOfKind(text, kind);
      const back = throughDouble(text, kind);
      // plain checks: twenty thousand expect() calls would take seconds
      if (!expected.ok || back.value !== expected.value) throw new Error(`${text} came back as ${String(Number(text))}`);
    }
  });

  it('would not hold one digit further: why amounts are not numeric(18,2)', () => {
    // 16 significant digits: the nearest double prints as another amount
    expect(String(Number('99999999999999.99'))).toBe('99999999999999.98');
    expect(String(Number('9999999999999.999'))).toBe('9999999999999.998');
  });
});

describe('lines and documents at the limits', () => {
  it('rounds 2.125 × 0.01 half up to the kopeck: 0.02125 UAH → 0.02', () => {
    expect(computeLine({ quantity: '2.125', price: '0.01', vatRate: 20 })).toEqual({ net: '0.02', vat: '0.00', total: '0.02' });
    // 2.5 × 0.01 = 0.025 → 0.03; 2.499 × 0.01 = 0.02499 → 0.02
    expect(computeLine({ quantity: '2.5', price: '0.01', vatRate: 0 }).net).toBe('0.03');
    expect(computeLine({ quantity: '2.499', price: '0.01', vatRate: 0 }).net).toBe('0.02');
  });

  it('computes a 150 000 000.00 invoice and 99 999 999.99 + 20% VAT exactly', () => {
    expect(computeDocumentTotals([{ quantity: 1, price: '150000000.00', vatRate: 20 }])).toMatchObject({
      totalNet: '150000000.00',
      totalVat: '30000000.00',
      total: '180000000.00',
    });
    // 20% of 99 999 999.99 = 19 999 999.998 → 20 000 000.00
    expect(computeDocumentTotals([{ quantity: 1, price: '99999999.99', vatRate: 20 }])).toMatchObject({
      totalNet: '99999999.99',
      totalVat: '20000000.00',
      total: '119999999.99',
    });
  });

  it('takes a line of exactly 999 999 999 999.99', () => {
    expect(computeLine({ quantity: 1, price: '999999999999.99', vatRate: 0 })).toEqual({
      net: '999999999999.99',
      vat: '0.00',
      total: '999999999999.99',
    });
    // the largest quantity times the smallest price
    expect(computeLine({ quantity: '999999999999.999', price: '0.01', vatRate: 0 }).net).toBe('10000000000.00');
  });

  it('refuses a price over the limit, naming the line and field', () => {
    const error = thrown(() => computeDocumentTotals([{ quantity: 1, price: '10', vatRate: 20 }, { quantity: 1, price: '1000000000000.00', vatRate: 20 }]));
    expect(error.details).toMatchObject([{ field: 'lines[1].price', reason: 'must be at most 999 999 999 999.99' }]);
    expect(thrown(() => computeDocumentTotals([{ quantity: '1000000000000', price: '1', vatRate: 0 }])).details).toMatchObject([
      { field: 'lines[0].quantity', reason: 'must be at most 999 999 999 999.999' },
    ]);
    expect(thrown(() => computeDocumentTotals([{ quantity: 1, price: 1, discount: '1000000000000', vatRate: 0 }])).details).toMatchObject([
      { field: 'lines[0].discount', reason: 'must be at most 999 999 999 999.99' },
    ]);
  });

  it('refuses a line whose amounts would not fit, naming the computed field', () => {
    // 2 × 600 000 000 000.00 = 1 200 000 000 000.00
    expect(thrown(() => computeDocumentTotals([{ quantity: 2, price: '600000000000.00', vatRate: 0 }])).details).toMatchObject([
      { field: 'lines[0].net', reason: 'would be 1 200 000 000 000.00; must be at most 999 999 999 999.99' },
    ]);
    // a net that fits, a total with VAT that does not
    expect(thrown(() => computeLine({ quantity: 1, price: '999999999999.99', vatRate: 20 })).details).toMatchObject([
      { field: 'total', reason: 'would be 1 199 999 999 999.99; must be at most 999 999 999 999.99' },
    ]);
  });

  it('refuses lines that fit one by one but not together, on the document total', () => {
    const lines = [
      { quantity: 1, price: '600000000000.00', vatRate: 0 },
      { quantity: 1, price: '400000000000.00', vatRate: 0 },
    ];
    expect(thrown(() => computeDocumentTotals(lines)).details).toMatchObject([
      { field: 'totalNet', reason: 'would be 1 000 000 000 000.00; must be at most 999 999 999 999.99' },
    ]);
    const withVat = [
      { quantity: 1, price: '500000000000.00', vatRate: 20 },
      { quantity: 1, price: '400000000000.00', vatRate: 0 },
    ];
    expect(thrown(() => computeDocumentTotals(withVat)).details).toMatchObject([
      { field: 'total', reason: 'would be 1 000 000 000 000.00; must be at most 999 999 999 999.99' },
    ]);
  });
});

describe('checkDecimalFields', () => {
  const catalog: DecimalFieldsCatalog = {
    'api::payment.payment': { decimals: { amount: 'amount' }, components: {}, dynamicZones: [] },
    'api::marketing-event.marketing-event': {
      decimals: { budget: 'amount', discountPercent: 'rate' },
      components: { costs: 'crm.money-item', main: 'crm.money-item' },
      dynamicZones: ['blocks'],
    },
    'api::invoice.invoice': { decimals: { paidAmount: 'amount', total: 'amount' }, components: { lines: 'crm.document-line' }, dynamicZones: [] },
    'crm.money-item': { decimals: { amount: 'amount' }, components: {}, dynamicZones: [] },
    'crm.document-line': { decimals: { quantity: 'quantity', price: 'amount' }, components: {}, dynamicZones: [] },
  };

  it('names each field over its limit, inside components too', () => {
    const { issues } = checkDecimalFields(
      {
        budget: '1000000000000',
        discountPercent: 1000,
        costs: [{ item: 'Оренда', amount: '100.00' }, { item: 'Друк', amount: 1e13 }],
        main: { amount: 'багато' },
        blocks: [{ __component: 'crm.money-item', amount: '0.001' }, { __component: 'crm.unknown', amount: 'x' }],
      },
      'api::marketing-event.marketing-event',
      catalog,
    );
    expect(issues).toMatchObject([
      { field: 'budget', reason: 'must be at most 999 999 999 999.99' },
      { field: 'discountPercent', reason: 'must be at most 999.99' },
      { field: 'costs[1].amount', reason: 'must be at most 999 999 999 999.99' },
      { field: 'main.amount', reason: 'must be a number' },
      { field: 'blocks[0].amount', reason: 'must have at most 2 decimal places' },
    ]);
  });

  it('writes accepted values as the exact decimal text, leaving everything else and the input alone', () => {
    const input = {
      amount: 0.1 + 0.2,
      purpose: 'Оплата 1 234,5',
      counterparty: { connect: ['abc'] },
    };
    const { data, issues } = checkDecimalFields(input, 'api::payment.payment', catalog);
    expect(issues).toEqual([]);
    expect(data).toEqual({ amount: '0.30', purpose: 'Оплата 1 234,5', counterparty: { connect: ['abc'] } });
    expect(input.amount).toBe(0.1 + 0.2);
    const lines = checkDecimalFields({ lines: [{ quantity: 2.125, price: '1 234,5', description: 'x' }], paidAmount: '' }, 'api::invoice.invoice', catalog);
    expect(lines.data).toEqual({ lines: [{ quantity: '2.125', price: '1234.50', description: 'x' }], paidAmount: null });
  });

  it('leaves absent and null values and unknown types alone', () => {
    expect(checkDecimalFields({ paidAmount: null }, 'api::invoice.invoice', catalog)).toEqual({ data: { paidAmount: null }, issues: [] });
    expect(checkDecimalFields({ purpose: 'x' }, 'api::payment.payment', catalog)).toEqual({ data: { purpose: 'x' }, issues: [] });
    expect(checkDecimalFields({ amount: 'x' }, 'api::counterparty.counterparty', catalog)).toEqual({ data: { amount: 'x' }, issues: [] });
  });
});

describe('widenedColumn', () => {
  const amount = DECIMAL_COLUMN_SIZES.amount;
  const quantity = DECIMAL_COLUMN_SIZES.quantity;

  it("widens Strapi's default numeric(10,2)", () => {
    expect(widenedColumn({ precision: 10, scale: 2 }, amount)).toEqual({ precision: 14, scale: 2 });
    expect(widenedColumn({ precision: 10, scale: 2 }, quantity)).toEqual({ precision: 15, scale: 3 });
  });

  it('leaves a column that already fits, and never narrows', () => {
    expect(widenedColumn({ precision: 14, scale: 2 }, amount)).toBeNull();
    expect(widenedColumn({ precision: 18, scale: 4 }, amount)).toBeNull();
    expect(widenedColumn({ precision: null, scale: null }, amount)).toBeNull();
    // more whole digits but fewer decimals: keep the whole digits, add the decimals
    expect(widenedColumn({ precision: 16, scale: 2 }, quantity)).toEqual({ precision: 17, scale: 3 });
    // more decimals but fewer whole digits: keep the decimals, add the whole digits
    expect(widenedColumn({ precision: 10, scale: 4 }, amount)).toEqual({ precision: 16, scale: 4 });
  });
});

describe('limit messages in the caller language', () => {
  test('Ukrainian texts write the limit with a decimal comma; English ones as the API takes it', () => {
    const over = issueFrom('price', parseDecimalOfKind('1000000000000', 'amount'));
    expect(formatIssue(over, 'uk')).toBe('price: має бути не більше 999 999 999 999,99');
    expect(formatIssue(over, 'en')).toBe('price: must be at most 999 999 999 999.99');
    const computed = computedAmountIssue('total', BigInt('120000000000000'))!;
    expect(formatIssue(computed, 'uk')).toBe('total: дорівнювало б 1 200 000 000 000,00, а має бути не більше 999 999 999 999,99');
  });
});
