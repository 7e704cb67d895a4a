/**
 * npm run bench:bank-fuzz -- [--count 100000] [--seed N]
 *
 * Feeds the bank statement parsers mutated files (tests/helpers/bank-mutations.ts: the real samples from
 * shared/bank-samples or BANK_SAMPLES_DIR, and the test fixtures, flipped, cut, with lines lost or doubled
 * and garbage put in) and counts what happened: parsed, refused (by code), crashed. Exits 1 on a crash,
 * printing the first few with their index (the same seed and count replay them) and writing the first
 * crashing file to the temp directory.
 */
import fs from 'fs';
import os from 'os';
import path from 'path';
import { fuzzSeeds } from '../../tests/helpers/bank-fuzz-seeds';
import { runFuzz } from '../../tests/helpers/bank-mutations';

function option(argv: readonly string[], name: string, fallback: number): number {
  const index = argv.indexOf(name);
  if (index === -1) return fallback;
  const value = Number(argv[index + 1]);
  if (!Number.isSafeInteger(value) || value < 0) throw new Error(`${name} needs a whole number, got "${argv[index + 1]}"`);
  return value;
}

function main(): number {
  const argv = process.argv.slice(2);
  const count = option(argv, '--count', 100000);
  const seed = option(argv, '--seed', 20240205);
  const { seeds, withSamples } = fuzzSeeds();
  console.log(`${count} mutations, seed ${seed}, of ${seeds.length} files${withSamples ? ' (fixtures and the real samples)' : ' (fixtures only: shared/bank-samples not found)'}`);

  const report = runFuzz(seeds, count, seed);
  const refused = Object.values(report.refused).reduce((sum, n) => sum + n, 0);
  console.log(`parsed     ${report.parsed}`);
  console.log(`refused    ${refused}`);
  for (const [code, n] of Object.entries(report.refused).sort((a, b) => b[1] - a[1])) console.log(`  ${code.padEnd(28)} ${n}`);
  console.log(`crashed    ${report.crashes.length}`);
  console.log(`slowest    ${report.slowestMs.toFixed(2)} ms of CPU`);
  console.log(`throughput ${Math.round(count / (report.totalMs / 1000))} mutations/s (${(report.totalMs / 1000).toFixed(1)} s of CPU)`);

  if (report.crashes.length === 0) return 0;
  for (const crash of report.crashes.slice(0, 5)) console.error(`\ncrash at #${crash.index}: ${crash.error}`);
  const file = path.join(os.tmpdir(), `bank-fuzz-crash-${seed}-${report.crashes[0].index}.bin`);
  fs.writeFileSync(file, report.crashes[0].bytes);
  console.error(`\nthe first crashing file: ${file}`);
  return 1;
}

process.exitCode = main();
