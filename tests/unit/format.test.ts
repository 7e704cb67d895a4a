import {
  describeDateSpan,
  formatAmount,
  formatCount,
  formatDate,
  formatDateSpan,
  formatDateTime,
  formatDecimalAmount,
  formatDecimalMoney,
  formatInteger,
  formatLocalDate,
  formatMoney,
  formatMonth,
  formatPeriod,
  formatQuarter,
  GROUP_SEPARATOR,
  plural,
} from '../../src/domain/format';

const NBSP = '\u00a0';
/** Tests are written with plain spaces for readability; the formatter uses no-break spaces. */
const ua = (text: string) => text.replace(/ /g, NBSP);
const KYIV = 'Europe/Kyiv';
const RECORDS = ['запис', 'записи', 'записів'] as const;

describe('amounts', () => {
  test('the thousands separator is U+00A0, the one Intl uses for Ukrainian', () => {
    expect(GROUP_SEPARATOR).toBe(NBSP);
    expect(formatAmount(BigInt(1234567))).toBe(new Intl.NumberFormat('uk-UA', { minimumFractionDigits: 2 }).format(12345.67));
  });

  test.each<[bigint | number, string]>([
    [BigInt(1234567), '12 345,67'],
    [1234567, '12 345,67'],
    [0, '0,00'],
    [5, '0,05'],
    [100, '1,00'],
    [99999, '999,99'],
    [100000, '1 000,00'],
    [-1234567, '-12 345,67'],
    [BigInt(-5), '-0,05'],
    [BigInt('123456789012345678'), '1 234 567 890 123 456,78'],
  ])('kopecks %p → %s', (kopecks, text) => {
    expect(formatAmount(kopecks)).toBe(ua(text));
  });

  test('with the currency', () => {
    expect(formatMoney(BigInt(1234567))).toBe(ua('12 345,67 грн'));
    expect(formatMoney(-150)).toBe(ua('-1,50 грн'));
    expect(formatMoney(1234567, 'EUR')).toBe(ua('12 345,67 EUR'));
  });

  test('from decimal strings, exactly', () => {
    expect(formatDecimalAmount('12345.67')).toBe(ua('12 345,67'));
    expect(formatDecimalAmount('-0.1')).toBe(ua('-0,10'));
    expect(formatDecimalAmount('90071992547409.93')).toBe(ua('90 071 992 547 409,93')); // beyond float precision
    expect(formatDecimalAmount(0.1 + 0.2)).toBe('0,30');
    expect(formatDecimalMoney('1000000')).toBe(ua('1 000 000,00 грн'));
    expect(() => formatDecimalAmount('12.345')).toThrow('amount: must have at most 2 decimal places');
    expect(() => formatAmount(1.5)).toThrow(RangeError);
  });

  test('plain text may ask for another separator', () => {
    expect(formatAmount(1234567, { groupSeparator: ' ' })).toBe('12 345,67');
    expect(formatInteger(1234567)).toBe(ua('1 234 567'));
    expect(formatInteger(-1000)).toBe(ua('-1 000'));
  });
});

describe('dates', () => {
  test('local dates and instants in the business zone', () => {
    expect(formatLocalDate('2026-11-29')).toBe('29.11.2026');
    expect(formatDate(new Date('2026-11-28T22:30:00Z'), KYIV)).toBe('29.11.2026');
    expect(formatDateTime(new Date('2026-11-29T12:05:00Z'), KYIV)).toBe('29.11.2026 14:05');
    expect(formatDateTime(new Date('2026-07-01T21:00:00Z'), KYIV)).toBe('02.07.2026 00:00');
    expect(formatDateTime(new Date('2026-10-25T00:30:00Z'), KYIV)).toBe('25.10.2026 03:30');
    expect(formatDateTime(new Date('2026-10-25T01:30:00Z'), KYIV)).toBe('25.10.2026 03:30');
  });
});

describe('periods', () => {
  test('spans, months, quarters, years', () => {
    expect(formatDateSpan({ from: '2026-11-01', to: '2026-11-30' })).toBe('01.11.2026–30.11.2026');
    expect(formatDateSpan({ from: '2026-11-29', to: '2026-11-29' })).toBe('29.11.2026');
    expect(formatMonth('2026-11-15')).toBe('листопад 2026');
    expect(formatMonth('2027-01-01')).toBe('січень 2027');
    expect(formatQuarter('2026-11-29')).toBe('IV квартал 2026');
    expect(formatQuarter('2026-01-01')).toBe('I квартал 2026');
    expect(formatPeriod('year', '2026-05-05')).toBe('2026 рік');
    expect(formatPeriod('week', '2026-11-29')).toBe('23.11.2026–29.11.2026');
    expect(formatPeriod('day', '2026-11-29')).toBe('29.11.2026');
  });

  test('a span is named when it is a whole month, quarter or year', () => {
    expect(describeDateSpan({ from: '2026-11-01', to: '2026-11-30' })).toBe('листопад 2026');
    expect(describeDateSpan({ from: '2026-10-01', to: '2026-12-31' })).toBe('IV квартал 2026');
    expect(describeDateSpan({ from: '2026-01-01', to: '2026-12-31' })).toBe('2026 рік');
    expect(describeDateSpan({ from: '2026-11-01', to: '2026-11-29' })).toBe('01.11.2026–29.11.2026');
  });
});

describe('plural', () => {
  test.each<[number, string]>([
    [0, 'записів'],
    [1, 'запис'],
    [2, 'записи'],
    [4, 'записи'],
    [5, 'записів'],
    [11, 'записів'],
    [12, 'записів'],
    [14, 'записів'],
    [21, 'запис'],
    [22, 'записи'],
    [25, 'записів'],
    [101, 'запис'],
    [111, 'записів'],
    [1001, 'запис'],
    [-1, 'запис'],
    [-3, 'записи'],
  ])('%d → %s', (n, form) => {
    expect(plural(n, RECORDS)).toBe(form);
  });

  test('bigints, fractions and counts', () => {
    expect(plural(BigInt(122), RECORDS)).toBe('записи');
    expect(plural(2.5, RECORDS)).toBe('записи');
    expect(plural(2.5, ['запис', 'записи', 'записів', 'запису'])).toBe('запису');
    expect(formatCount(21, RECORDS)).toBe(ua('21 запис'));
    expect(formatCount(12345, RECORDS)).toBe(ua('12 345 записів'));
  });
});
