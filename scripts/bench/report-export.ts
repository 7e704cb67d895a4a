/**
 * npm run bench:report-export -- [--interactions 1000000] [--counterparties 20000] [--as director|manager]
 *                                [--database-url URL [--no-seed]] [--keep] [--no-build]
 *
 * The contact chronicle report exported to Excel at scale (issue 12), on PostgreSQL: a fresh database
 * (vitrylo_bench_report, dropped afterwards unless --keep; or the one --database-url names, kept) with the
 * scale generator's counterparties and interactions in it (--no-seed: exported as it is), then the whole
 * period's chronicle streamed into an .xlsx file as the demo login --as sees it, by the compiled app in a
 * process of its own (report-export-run.js). Prints the rows, wall time, rows per second, the file's size
 * and the peak memory; exits 1 when the file does not hold every row the caller may see. Target on a 2-core
 * machine: 1,000,000 rows under 60 s and 400 MB.
 */
import { spawn } from 'child_process';
import { once } from 'events';
import fs from 'fs';
import os from 'os';
import path from 'path';
import { databaseUrlOf, dropDatabase, recreateDatabase, seedScale } from './bench-database';

// eslint-disable-next-line @typescript-eslint/no-var-requires
const { appDir, compile } = require('../lib/app');

const TARGETS = { rows: 1_000_000, seconds: 60, peakRssMb: 400 };
const FRESH_DATABASE = 'vitrylo_bench_report';

interface Options {
  interactions: number;
  counterparties: number;
  login: 'director' | 'manager';
  databaseUrl: string | null;
  keep: boolean;
  build: boolean;
  seed: boolean;
}

function options(argv: readonly string[]): Options {
  const value = (name: string) => {
    const index = argv.indexOf(name);
    return index === -1 ? undefined : argv[index + 1];
  };
  const count = (name: string, fallback: number) => {
    const text = value(name);
    if (text === undefined) return fallback;
    const n = Number(text.replace(/[_,]/g, ''));
    if (!Number.isSafeInteger(n) || n < 1) throw new Error(`${name} needs a whole number of at least 1, got "${text}"`);
    return n;
  };
  const login = value('--as') ?? 'director';
  if (login !== 'director' && login !== 'manager') throw new Error(`--as is director or manager, got "${login}"`);
  return {
    interactions: count('--interactions', TARGETS.rows),
    counterparties: count('--counterparties', 20_000),
    login,
    databaseUrl: value('--database-url') ?? null,
    keep: argv.includes('--keep'),
    build: !argv.includes('--no-build'),
    seed: !argv.includes('--no-seed'),
  };
}

/** The scale generator's counterparties and interactions; next to nothing else. */
function seedDatabase(databaseUrl: string, opts: Options): Promise<number> {
  const targets = { counterparties: opts.counterparties, interactions: opts.interactions, invoices: 1, requests: 0, scheduleEntries: 0 };
  return seedScale(databaseUrl, targets, { build: opts.build, logName: 'bench-report-seed.log' });
}

const mb = (bytes: number) => Math.round(bytes / 2 ** 20);

async function main(): Promise<number> {
  const opts = options(process.argv.slice(2));
  const loadBefore = os.loadavg()[0];
  const fresh = opts.databaseUrl === null;
  if (fresh && !opts.seed) throw new Error('--no-seed needs --database-url: a fresh database has nothing to export');
  const databaseUrl = opts.databaseUrl ?? databaseUrlOf(FRESH_DATABASE);
  if (fresh) await recreateDatabase(FRESH_DATABASE);
  const file = path.join(appDir, '.tmp', `bench-report-${process.pid}.xlsx`);
  try {
    // the seed compiles the app first; an export of the data as it is compiles it here
    if (opts.seed) await seedDatabase(databaseUrl, opts);
    else if (opts.build) await compile();
    const result = await exportInChild(databaseUrl, opts.login, file);
    console.log(`exported the chronicle ${result.period.from} … ${result.period.to} as ${opts.login}@vitrylo.demo: ${result.visible} interactions visible`);
    console.log('');
    console.log('| rows | seconds | rows/s | file | RSS before | peak RSS | load before → after |');
    console.log('|---:|---:|---:|---:|---:|---:|---|');
    console.log(
      `| ${result.rows.toLocaleString('en')} | ${result.seconds.toFixed(1)} | ${Math.round(result.rows / result.seconds).toLocaleString('en')} | ${mb(result.bytes)} MB | ${mb(result.baselineRss)} MB | ${mb(result.peakRss)} MB${result.peakSinceStart ? ' (since start)' : ''} | ${loadBefore.toFixed(1)} → ${os.loadavg()[0].toFixed(1)} |`,
    );
    if (result.rows !== result.visible) {
      console.error(`WRONG: the file holds ${result.rows} rows, the caller may see ${result.visible}`);
      return 1;
    }
    if (result.rows >= TARGETS.rows) {
      const verdict = (ok: boolean) => (ok ? 'met' : 'NOT met');
      console.log(`targets: under ${TARGETS.seconds} s ${verdict(result.seconds < TARGETS.seconds)}; under ${TARGETS.peakRssMb} MB ${verdict(mb(result.peakRss) < TARGETS.peakRssMb)}`);
    } else {
      console.log(`(${result.rows} rows: smaller than the issue's ${TARGETS.rows.toLocaleString('en')}, not judged against its targets)`);
    }
    return 0;
  } finally {
    fs.rmSync(file, { force: true });
    if (fresh && !opts.keep) await dropDatabase(FRESH_DATABASE);
    else if (fresh) console.log(`kept the database: ${databaseUrl}`);
  }
}

interface ExportResult {
  period: { from: string; to: string };
  rows: number;
  visible: number;
  seconds: number;
  bytes: number;
  baselineRss: number;
  peakRss: number;
  peakSinceStart: boolean;
}

/** The export in a plain Node process of its own (report-export-run.js), so that its memory is the app's alone. */
async function exportInChild(databaseUrl: string, login: string, file: string): Promise<ExportResult> {
  const child = spawn(process.execPath, ['--expose-gc', path.join(__dirname, 'report-export-run.js'), databaseUrl, login, file], {
    cwd: appDir,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  const [code] = await once(child, 'exit');
  const line = output.split('\n').reverse().find((candidate) => candidate.startsWith('{'));
  if (code !== 0 || !line) throw new Error(`the export failed (exit ${code}):\n${output.slice(-3000)}`);
  return JSON.parse(line);
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
