import { arrayLiteral } from '../../src/bank/postgres-array-literal';

// eslint-disable-next-line @typescript-eslint/no-var-requires
const { prepareValue } = require('pg/lib/utils');

/** The bulk writer's array literals must be exactly what pg makes of the arrays it was given before. */
describe('array literals for unnest', () => {
  const at = new Date('2026-11-30T18:34:56.789Z');
  const columns: unknown[][] = [
    ['Оплата згідно рах. № СФ-0000123', 'a "quoted" \\ back\\slash', '', ' spaced ', 'comma, {brace}', 'NULL', null, undefined],
    [1, 0, -12.5, 1234567.89, BigInt('9007199254740993'), true, false, null],
    [at, at, new Date(0), null, at],
    ['2026-11-02', null, '2026-11-03'],
    [],
    [{ nested: 'json', list: [1, 2] }, null],
  ];

  it.each(columns.map((column, i) => [i, column]))('column %i: as pg writes it', (_, column) => {
    expect(arrayLiteral(column as unknown[])).toBe(prepareValue(column));
  });

  it('a whole window of payment-like rows', () => {
    const rows = Array.from({ length: 250 }, (_, n) => [n + 1, `doc${n}`, `Призначення ${n} "в лапках"`, n % 3 === 0 ? null : `${n}.05`, at]);
    for (let c = 0; c < 5; c += 1) {
      const column = rows.map((row) => row[c]);
      expect(arrayLiteral(column)).toBe(prepareValue(column));
    }
  });
});
