import { parseStatement } from '../../src/domain/bank';
import { fuzzSeeds } from '../helpers/bank-fuzz-seeds';
import { cpuMilliseconds, mutate, outcomeOf, runFuzz, seededRandom } from '../helpers/bank-mutations';

/**
 * Broken statement files (see tests/helpers/bank-mutations.ts) must each give a valid statement or a
 * StatementRefusal with a catalog code; nothing else may escape, and nothing may hang. The same run at
 * 100 000 files: npm run bench:bank-fuzz.
 */
const { seeds, withSamples } = fuzzSeeds();
const COUNT = 4000;
const SEED = 20240205;
if (!withSamples) console.warn('bank-fuzz: shared/bank-samples not found (set BANK_SAMPLES_DIR); mutating the fixtures only');

describe('statement parsers under mutated files', () => {
  it('every seed file parses as it is', () => {
    for (const seed of seeds) expect(() => parseStatement(seed)).not.toThrow();
  });

  it('the mutations are deterministic for a seed', () => {
    const first = Array.from({ length: 20 }, ((random) => () => mutate(seeds, random))(seededRandom(7)));
    const second = Array.from({ length: 20 }, ((random) => () => mutate(seeds, random))(seededRandom(7)));
    expect(second).toEqual(first);
  });

  it(`${COUNT} mutations: each parsed or refused with a catalog code, none slow`, () => {
    const report = runFuzz(seeds, COUNT, SEED);
    expect(report.crashes.map(({ index, error }) => `#${index}: ${error}`)).toEqual([]);
    const refused = Object.values(report.refused).reduce((sum, n) => sum + n, 0);
    expect(report.parsed + refused).toBe(COUNT);
    // Both outcomes must actually occur, or the mutations are too mild or too wild to test anything.
    expect(report.parsed).toBeGreaterThan(COUNT / 20);
    expect(refused).toBeGreaterThan(COUNT / 4);
    expect(Object.keys(report.refused).length).toBeGreaterThan(8);
    expect(report.slowestMs).toBeLessThan(1000);
    expect(report.totalMs).toBeLessThan(25000);
  }, 30000);

  it('a file of one huge line is refused quickly', () => {
    const started = cpuMilliseconds();
    expect(outcomeOf(new Uint8Array(Buffer.from(`1CClientBankExchange\n${'Сумма='.repeat(200000)}`)))).toEqual({ kind: 'refused', code: 'statement.incomplete' });
    expect(outcomeOf(new Uint8Array(Buffer.from(`Рахунок;Дата операції;Дебет;Кредит\n"${'x;'.repeat(300000)}`)))).toEqual({ kind: 'refused', code: 'statement.unclosedQuote' });
    expect(cpuMilliseconds() - started).toBeLessThan(3000);
  });
});
