/**
 * npm run bench:bank-parse -- [--documents 100000] [--counterparties 20000] [--file FILE | --keep FILE]
 *
 * The statement parser alone, in a bare Node process (no Strapi, no database): how long parseStatement takes
 * on a benchmark-sized 1C statement, how far it lifts the process's resident memory above what it was with
 * the file already read, and how much of the heap its result keeps. The statement is written like the import
 * benchmark's (bank-statement-plan.ts, bank-statement-file.ts), but against made-up counterparties and
 * invoices, so no database is needed; --keep leaves the statement written in FILE, --file parses a given file
 * instead (to compare two versions of the parser on the very same file). The measuring runs in a child
 * process, so that writing the statement costs the figures nothing.
 */
import { spawnSync } from 'child_process';
import fs from 'fs';
import path from 'path';
import { makeEdrpou, makeUaIban } from '../../src/domain/identifiers';
import { DEFAULT_TIME_ZONE, addDays, localDateOf } from '../../src/domain/time';
import { Rng } from '../../src/seed/random';
import { OUR_COMPANY } from '../../src/seed/demo-company';
import type { BenchData } from './bank-bench-data';
import { writeClientBankStatement } from './bank-statement-file';
import { planStatement } from './bank-statement-plan';

const MB = 2 ** 20;

function argument(name: string): string | undefined {
  const index = process.argv.indexOf(name);
  return index === -1 ? undefined : process.argv[index + 1];
}

function count(name: string, fallback: number): number {
  const text = argument(name);
  const n = text === undefined ? fallback : Number(text.replace(/[_,]/g, ''));
  if (!Number.isSafeInteger(n) || n < 1) throw new Error(`${name} needs a whole number of at least 1, got "${text}"`);
  return n;
}

/** Counterparties and open invoices shaped like the scale generator's, made up from a seed. */
function madeUpData(counterparties: number): BenchData {
  const rng = new Rng('bank-parse-bench');
  const today = localDateOf(new Date(), DEFAULT_TIME_ZONE);
  const stems = ['Агро', 'Буд', 'Енерго', 'Металл', 'Текстиль', 'Фарм', 'Логістик', 'Трейд', 'Сервіс', 'Пром'];
  const forms = ['ТОВ', 'ПП', 'ФОП', 'ПрАТ'];
  const data: BenchData = { counterparties: [], openInvoices: [], invoiceStates: {} };
  for (let id = 1; id <= counterparties; id += 1) {
    const code = makeEdrpou(String(3_000_000 + id));
    const iban = makeUaIban('305299', `2600${String(id).padStart(10, '0')}`);
    data.counterparties.push({ id, name: `${rng.pick(forms)} «${rng.pick(stems)}${rng.pick(stems).toLowerCase()} ${id}»`, kind: rng.chance(0.2) ? 'supplier' : 'client', code, ibans: [iban] });
    for (let n = rng.int(0, 1); n >= 0; n -= 1) {
      const total = BigInt(rng.int(1_000, 500_000) * 100);
      data.openInvoices.push({
        id: data.openInvoices.length + 1,
        number: `СФ-${String(data.openInvoices.length + 1).padStart(7, '0')}`,
        date: addDays(today, -rng.int(0, 90)),
        counterpartyId: id,
        total,
        totalVat: total / BigInt(6),
        outstanding: total,
      });
    }
  }
  return data;
}

function writeStatement(file: string, documents: number, counterparties: number): void {
  const plan = planStatement(madeUpData(counterparties), { documents, seed: 'bank-parse-bench', today: localDateOf(new Date(), DEFAULT_TIME_ZONE), periodDays: 31 });
  const own = { name: OUR_COMPANY.name, code: OUR_COMPANY.edrpou, iban: OUR_COMPANY.accounts[0].iban };
  const bytes = writeClientBankStatement(file, plan, own, 100_000);
  console.log(`statement: ${plan.documents.length} documents, ${(bytes / MB).toFixed(1)} MB (${file})`);
}

function keptMemory() {
  const usage = process.memoryUsage();
  return { rss: usage.rss, heap: usage.heapUsed, external: usage.external };
}

/** In the child: parse the file once, report time, peak RSS above the baseline and the heap the result keeps. */
async function measure(file: string): Promise<void> {
  const { parseStatement } = require('../../src/domain/bank/parse-statement');
  const { MemorySampler } = require('./memory-sampler');
  const gc = (global as any).gc as () => void;
  const content = fs.readFileSync(file);
  const sampler = new MemorySampler(5);
  await new Promise((resolve) => setTimeout(resolve, 200));
  gc();
  gc();
  const before = keptMemory();
  sampler.reset();
  const started = process.hrtime.bigint();
  let parsed: any;
  try {
    parsed = parseStatement(new Uint8Array(content.buffer, content.byteOffset, content.length));
  } finally {
    await sampler.stop();
  }
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const { peakRss } = sampler.read();
  gc();
  gc();
  const after = keptMemory();
  const figures = {
    transactions: parsed.transactions.length,
    seconds: Number(seconds.toFixed(2)),
    fileMb: Number((content.length / MB).toFixed(1)),
    baselineRssMb: Math.round(before.rss / MB),
    peakRssMb: Math.round(peakRss / MB),
    peakAboveBaselineMb: Math.round((peakRss - before.rss) / MB),
    processMaxRssMb: Math.round((process.resourceUsage().maxRSS * 1024) / MB),
    retainedHeapMb: Math.round((after.heap - before.heap) / MB),
    // big decoded strings live outside the heap (Node makes strings of a megabyte and more external)
    retainedExternalMb: Math.round((after.external - before.external) / MB),
    rssAfterGcMb: Math.round(after.rss / MB),
  };
  console.log(JSON.stringify(figures));
}

async function main(): Promise<void> {
  const measured = argument('--measure');
  if (measured !== undefined) return measure(measured);
  const given = argument('--file');
  const kept = argument('--keep');
  const file = given ?? kept ?? path.join(__dirname, '..', '..', '.tmp', `bench-bank-parse-${process.pid}.txt`);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  try {
    if (given === undefined) writeStatement(file, count('--documents', 100_000), count('--counterparties', 20_000));
    const child = spawnSync(process.execPath, ['--expose-gc', '-r', require.resolve('../lib/register-ts.js'), __filename, '--measure', file], { stdio: 'inherit' });
    if (child.status !== 0) process.exitCode = 1;
  } finally {
    if (given === undefined && kept === undefined) fs.rmSync(file, { force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
