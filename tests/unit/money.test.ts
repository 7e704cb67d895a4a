import {
  computeDocumentTotals,
  computeLine,
  computeLineKopecks,
  divRound,
  formatKopecks,
  formatQuantity,
  parseMoney,
  parseVatRate,
  roundToKopecks,
  sumMoney,
  toKopecks,
  toThousandths,
  VAT_RATES,
} from '../../src/domain/money';
import { DomainValidationError } from '../../src/domain/errors';

function thrown(fn: () => unknown): DomainValidationError {
  try {
    fn();
  } catch (e) {
    if (e instanceof DomainValidationError) return e;
    throw e;
  }
  throw new Error('expected a DomainValidationError');
}

describe('toKopecks / formatKopecks', () => {
  it.each<[string | number, bigint]>([
    ['1234.5', BigInt(123450)],
    ['1234,50', BigInt(123450)],
    ['1 234,50', BigInt(123450)],
    ['1\u00a0234\u00a0567,89', BigInt(123456789)],
    ['1\u202f234.5', BigInt(123450)],
    ['-70 000.00', BigInt(-7000000)],
    ['+5', BigInt(500)],
    ['.5', BigInt(50)],
    ['7.', BigInt(700)],
    ['0', BigInt(0)],
    ['1.500', BigInt(150)], // trailing zeros beyond 2 places are harmless
    [12.3, BigInt(1230)],
    [0.1 + 0.2, BigInt(30)], // 0.30000000000000004
    [1.1 * 3, BigInt(330)], // 3.3000000000000003
    [0.07 * 100, BigInt(700)], // 7.000000000000001
    [19.99, BigInt(1999)],
    [-0.01, BigInt(-1)],
    [1e-7 * 1e7, BigInt(100)],
  ])('%p → %p kopecks', (input, expected) => {
    expect(toKopecks(input)).toBe(expected);
  });

  it('formats kopecks', () => {
    expect(formatKopecks(BigInt(123450))).toBe('1234.50');
    expect(formatKopecks(BigInt(5))).toBe('0.05');
    expect(formatKopecks(BigInt(-5))).toBe('-0.05');
    expect(formatKopecks(0)).toBe('0.00');
    expect(formatKopecks(-123456)).toBe('-1234.56');
    expect(() => formatKopecks(1.5)).toThrow(RangeError);
  });

  it('keeps large sums exact', () => {
    const big = '9 999 999 999 999 999.99'; // 1e18 kopecks, far above Number.MAX_SAFE_INTEGER
    expect(formatKopecks(toKopecks(big))).toBe('9999999999999999.99');
    expect(sumMoney([big, '0.01'])).toBe('10000000000000000.00');
    expect(sumMoney(['90071992547409.91', '0.01', '0.01'])).toBe('90071992547409.93');
    // a float sum of ten 0.10 is 0.9999999999999999; kopecks sum to exactly 1.00
    expect(sumMoney(Array(10).fill('0.10'))).toBe('1.00');
    expect(sumMoney(['0.10', null, '', undefined, '0.20'])).toBe('0.30');
  });

  it('refuses more than 2 decimals and garbage with clear reasons', () => {
    expect(parseMoney('1.005')).toMatchObject({ ok: false, reason: 'must have at most 2 decimal places' });
    expect(parseMoney(1.005)).toMatchObject({ ok: false, reason: 'must have at most 2 decimal places' });
    expect(parseMoney(2.675)).toMatchObject({ ok: false, reason: 'must have at most 2 decimal places' });
    expect(parseMoney(1e-9)).toMatchObject({ ok: false, reason: 'must have at most 2 decimal places' });
    for (const bad of ['abc', '1.2.3', '1,234.50', '12a', '-', '.', '1e5', NaN, Infinity, {}, true]) {
      expect(parseMoney(bad)).toMatchObject({ ok: false, reason: 'must be a number' });
    }
    expect(parseMoney(null)).toMatchObject({ ok: false, reason: 'is required' });
    expect(parseMoney('  ')).toMatchObject({ ok: false, reason: 'is required' });
    expect(parseMoney(1e15)).toMatchObject({ ok: false, reason: 'is too large to be exact; pass it as a string' });
    const error = thrown(() => toKopecks('1.005', 'amount'));
    expect(error.message).toBe('amount: must have at most 2 decimal places');
    expect(error.details).toEqual([{ field: 'amount', reason: 'must have at most 2 decimal places', code: 'number.decimals', params: { scale: 2 } }]);
  });

  it('rounds half away from zero when asked to', () => {
    expect(roundToKopecks('0.005')).toBe(BigInt(1));
    expect(roundToKopecks('0.0049')).toBe(BigInt(0));
    expect(roundToKopecks('-0.005')).toBe(BigInt(-1));
    expect(roundToKopecks('2.675')).toBe(BigInt(268));
    expect(roundToKopecks(1.005)).toBe(BigInt(101)); // decimal 1.005 as written, not the binary 1.00499…
    expect(roundToKopecks('1 234,565')).toBe(BigInt(123457));
    expect(roundToKopecks('12.3')).toBe(BigInt(1230));
    expect(divRound(BigInt(5), BigInt(10))).toBe(BigInt(1));
    expect(divRound(BigInt(-5), BigInt(10))).toBe(BigInt(-1));
    expect(divRound(BigInt(14), BigInt(10))).toBe(BigInt(1));
    expect(divRound(BigInt(-15), BigInt(10))).toBe(BigInt(-2));
  });
});

describe('quantities', () => {
  it('take up to 3 decimals', () => {
    expect(toThousandths('1.5')).toBe(BigInt(1500));
    expect(toThousandths('0,125')).toBe(BigInt(125));
    expect(toThousandths(2.333)).toBe(BigInt(2333));
    expect(formatQuantity(BigInt(1500))).toBe('1.5');
    expect(formatQuantity(BigInt(2000))).toBe('2');
    expect(formatQuantity(BigInt(100000))).toBe('100');
    expect(formatQuantity(BigInt(1234))).toBe('1.234');
    expect(thrown(() => toThousandths('1.2345')).message).toBe('quantity: must have at most 3 decimal places');
  });
});

describe('VAT rates', () => {
  it('allows only 0, 7, 14 and 20', () => {
    expect(VAT_RATES).toEqual([0, 7, 14, 20]);
    expect(parseVatRate('20.00')).toEqual({ ok: true, value: 20 });
    expect(parseVatRate(null)).toEqual({ ok: true, value: 20 });
    for (const bad of [10, 21, 20.5, '5', -20, '20.001']) {
      expect(parseVatRate(bad)).toMatchObject({ ok: false, reason: 'must be one of 0, 7, 14, 20' });
    }
    expect(parseVatRate('twenty')).toMatchObject({ ok: false, reason: 'must be a number' });
  });
});

describe('computeLine', () => {
  it('computes net, VAT and total', () => {
    expect(computeLine({ quantity: 2, price: '100.00', vatRate: 20 })).toEqual({ net: '200.00', vat: '40.00', total: '240.00' });
    expect(computeLine({ quantity: '3', price: '0.10', discount: '0', vatRate: 0 })).toEqual({
      net: '0.30',
      vat: '0.00',
      total: '0.30',
    });
  });

  it.each<[number, string]>([
    [0, '0.00'],
    [7, '8.64'], // 123.45 × 7% = 8.6415
    [14, '17.28'], // 17.283
    [20, '24.69'], // 24.69
  ])('VAT %i%% of 123.45 is %s', (vatRate, vat) => {
    const line = computeLine({ quantity: 1, price: '123.45', vatRate });
    expect(line.vat).toBe(vat);
    expect(line.total).toBe(formatKopecks(BigInt(12345) + toKopecks(vat)));
  });

  it('rounds half up to the kopeck (quantity × price and VAT)', () => {
    // 0.5 × 0.01 = 0.005 → 0.01
    expect(computeLine({ quantity: '0.5', price: '0.01', vatRate: 0 }).net).toBe('0.01');
    // 0.499 × 0.01 = 0.00499 → 0.00
    expect(computeLine({ quantity: '0.499', price: '0.01', vatRate: 0 }).net).toBe('0.00');
    // VAT 20% of 0.05 = 0.010; 7% of 0.50 = 0.035 → 0.04; 14% of 0.25 = 0.035 → 0.04
    expect(computeLine({ quantity: 1, price: '0.50', vatRate: 7 }).vat).toBe('0.04');
    expect(computeLine({ quantity: 1, price: '0.25', vatRate: 14 }).vat).toBe('0.04');
    // 7% of 0.07 = 0.0049 → 0.00
    expect(computeLine({ quantity: 1, price: '0.07', vatRate: 7 }).vat).toBe('0.00');
  });

  it('handles 3-decimal quantities', () => {
    // 1.255 kg × 19.99 = 25.08745 → 25.09; VAT 20% = 5.018 → 5.02
    expect(computeLine({ quantity: '1,255', price: '19.99', vatRate: 20 })).toEqual({ net: '25.09', vat: '5.02', total: '30.11' });
    // 0.333 × 3.00 = 0.999
    expect(computeLine({ quantity: 0.333, price: 3, vatRate: 0 }).net).toBe('1.00');
  });

  it('subtracts a money discount before VAT', () => {
    expect(computeLine({ quantity: 10, price: '15.50', discount: '5.00', vatRate: 20 })).toEqual({
      net: '150.00',
      vat: '30.00',
      total: '180.00',
    });
    // discount equal to the line amount: a free line
    expect(computeLine({ quantity: 2, price: '10', discount: '20', vatRate: 20 })).toEqual({ net: '0.00', vat: '0.00', total: '0.00' });
    const amounts = computeLineKopecks({ quantity: 3, price: '1.11', discount: '0.33', vatRate: 20 });
    expect(amounts).toEqual({
      gross: BigInt(333),
      discount: BigInt(33),
      net: BigInt(300),
      vat: BigInt(60),
      total: BigInt(360),
      vatRate: 20,
    });
  });

  it('treats blank discount as 0 and blank VAT rate as the default 20', () => {
    expect(computeLine({ quantity: 1, price: '10', discount: null, vatRate: undefined })).toEqual({
      net: '10.00',
      vat: '2.00',
      total: '12.00',
    });
    expect(computeLine({ quantity: 1, price: '10', discount: '' } as never).total).toBe('12.00');
  });

  it('is exact for large amounts', () => {
    // 800 units × 999 999 999.99: the product in thousandths-of-kopecks (7.99…e16) exceeds 2^53
    expect(computeLine({ quantity: '800', price: '999999999.99', vatRate: 20 })).toEqual({
      net: '799999999992.00',
      vat: '159999999998.40',
      total: '959999999990.40',
    });
  });

  it('refuses bad input, naming every field', () => {
    const error = thrown(() => computeLine({ quantity: 'abc', price: '-1', discount: '0.001', vatRate: 10 }));
    expect(error.details).toMatchObject([
      { field: 'quantity', reason: 'must be a number' },
      { field: 'price', reason: 'must not be negative' },
      { field: 'discount', reason: 'must have at most 2 decimal places' },
      { field: 'vatRate', reason: 'must be one of 0, 7, 14, 20' },
    ]);
    expect(error.message).toBe(
      'quantity: must be a number; price: must not be negative; discount: must have at most 2 decimal places; vatRate: must be one of 0, 7, 14, 20',
    );
    expect(thrown(() => computeLine({ quantity: -1, price: 1, vatRate: 20 })).message).toBe('quantity: must not be negative');
    expect(thrown(() => computeLine({ quantity: 1, price: 1, discount: -1, vatRate: 20 })).message).toBe('discount: must not be negative');
    expect(thrown(() => computeLine({ quantity: 2, price: '10', discount: '20.01', vatRate: 20 })).message).toBe(
      'discount: must not exceed quantity × price',
    );
    expect(thrown(() => computeLine({ quantity: null, price: undefined, vatRate: 20 })).message).toBe(
      'quantity: is required; price: is required',
    );
    expect(thrown(() => computeLine(null as never)).message).toBe('line: must be an object');
  });
});

describe('computeDocumentTotals', () => {
  it('fills every line and sums in kopecks', () => {
    const lines = [
      { description: 'Цемент М500, мішок 25 кг', unit: 'шт', quantity: '12', price: '189.90', vatRate: 20 },
      { description: 'Доставка', unit: 'послуга', quantity: 1, price: '450', discount: '50', vatRate: 20 },
      { description: 'Ліки', unit: 'уп', quantity: '3', price: '33.33', vatRate: 7 },
      { description: 'Книга', unit: 'шт', quantity: '1', price: '0.10', vatRate: 0 },
      { description: 'Фарба', unit: 'кг', quantity: '2.375', price: '0.20', vatRate: 14 },
    ];
    const result = computeDocumentTotals(lines);
    expect(result.lines.map((l) => [l.net, l.vat, l.total])).toEqual([
      ['2278.80', '455.76', '2734.56'],
      ['400.00', '80.00', '480.00'],
      ['99.99', '7.00', '106.99'], // 6.9993 → 7.00
      ['0.10', '0.00', '0.10'],
      ['0.48', '0.07', '0.55'], // 0.475 → 0.48; 0.0672 → 0.07
    ]);
    expect(result.lines[0].description).toBe('Цемент М500, мішок 25 кг');
    expect(result.totalNet).toBe('2779.37');
    expect(result.totalVat).toBe('542.83');
    expect(result.total).toBe('3322.20');
    expect(lines[0]).not.toHaveProperty('net'); // input untouched
  });

  it('sums many small lines exactly', () => {
    const lines = Array.from({ length: 1000 }, () => ({ quantity: 1, price: '0.10', vatRate: 0 }));
    const result = computeDocumentTotals(lines);
    expect(result.totalNet).toBe('100.00');
    expect(result.total).toBe('100.00');
  });

  it('gives zero totals for no lines', () => {
    expect(computeDocumentTotals([])).toEqual({ lines: [], totalNet: '0.00', totalVat: '0.00', total: '0.00' });
    expect(computeDocumentTotals(null)).toEqual({ lines: [], totalNet: '0.00', totalVat: '0.00', total: '0.00' });
  });

  it('names the line in errors and lists every bad line', () => {
    const error = thrown(() =>
      computeDocumentTotals([
        { quantity: 1, price: '10', vatRate: 20 },
        { quantity: 1, price: '10', discount: '11', vatRate: 20 },
        { quantity: 'two', price: '10', vatRate: 15 },
        null as never,
      ]),
    );
    expect(error).toBeInstanceOf(DomainValidationError);
    expect(error.details).toMatchObject([
      { field: 'lines[1].discount', reason: 'must not exceed quantity × price' },
      { field: 'lines[2].quantity', reason: 'must be a number' },
      { field: 'lines[2].vatRate', reason: 'must be one of 0, 7, 14, 20' },
      { field: 'lines[3]', reason: 'must be an object' },
    ]);
    expect(error.message).toBe(
      'lines[1].discount: must not exceed quantity × price; lines[2].quantity: must be a number; ' +
        'lines[2].vatRate: must be one of 0, 7, 14, 20; lines[3]: must be an object',
    );
    expect(thrown(() => computeDocumentTotals('x' as never)).message).toBe('lines: must be a list');
  });
});
