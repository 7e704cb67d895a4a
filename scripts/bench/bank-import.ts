/**
 * npm run bench:bank-import -- [--documents 100000] [--counterparties 20000] [--invoices 50000]
 *                              [--database-url URL] [--keep] [--write-docs] [--no-build] [--seed TEXT]
 *                              [--save-template NAME | --template NAME] [--trace-memory]
 *
 * The bank statement import at scale (issue 11), on PostgreSQL: a fresh database (vitrylo_bench_bank, dropped
 * afterwards unless --keep; or the one --database-url names, kept), the scale generator's counterparties and
 * invoices in it, a 1C statement of --documents documents written against them, imported and imported again
 * in this process. Prints the wall time, documents per second and peak memory of both imports and where the
 * time went; exits 1 when an import's summary is not what the statement must give. --write-docs puts the
 * figures into docs/benchmarks.md; --no-build skips compiling the server (when it was just compiled).
 * Seeding takes minutes: --save-template keeps a copy of the freshly seeded database under NAME, and
 * --template makes the fresh database a copy of such a one instead of seeding (to compare two versions of
 * the import on the very same data). --trace-memory prints the process's memory at every change of phase.
 */
import { spawnSync } from 'child_process';
import fs from 'fs';
import os from 'os';
import path from 'path';
import { formatKopecks } from '../../src/domain/money';
import { DEFAULT_TIME_ZONE, localDateOf } from '../../src/domain/time';
import { OUR_COMPANY } from '../../src/seed/demo-company';
import { readBenchData } from './bank-bench-data';
import { instrumentImport, PHASE_LABELS, phasesOf } from './bank-import-phases';
import { docsSection, figuresTable, ImportFigures, phasesTable, RunDescription, targetVerdicts, writeDocsSection } from './bank-import-report';
import { planStatement, StatementPlan } from './bank-statement-plan';
import { writeClientBankStatement } from './bank-statement-file';
import { MemorySampler } from './memory-sampler';
import { compileServer, databaseUrlOf, dropDatabase, recreateDatabase, seedScale } from './bench-database';
import { PhaseTimer } from './phase-timer';

// eslint-disable-next-line @typescript-eslint/no-var-requires
const { appDir, distDir, prepareEnvironment, loadApp } = require('../lib/app');

const TARGETS = { documents: 100_000, firstSeconds: 60, reimportSeconds: 20, peakRssMb: 500 };
const FRESH_DATABASE = 'vitrylo_bench_bank';

interface Options {
  documents: number;
  counterparties: number;
  invoices: number;
  databaseUrl: string | null;
  keep: boolean;
  writeDocs: boolean;
  build: boolean;
  seed: string;
  /** a seeded database to copy instead of seeding */
  template: string | null;
  /** where to keep a copy of the seeded database */
  saveTemplate: string | null;
  traceMemory: boolean;
  /** (internal) only write the statement into this file, in a process of its own */
  prepareStatement: string | null;
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
  return {
    documents: count('--documents', 100_000),
    counterparties: count('--counterparties', 20_000),
    invoices: count('--invoices', 50_000),
    databaseUrl: value('--database-url') ?? null,
    keep: argv.includes('--keep'),
    writeDocs: argv.includes('--write-docs'),
    build: !argv.includes('--no-build'),
    seed: value('--seed') ?? 'issue-11',
    template: value('--template') ?? null,
    saveTemplate: value('--save-template') ?? null,
    traceMemory: argv.includes('--trace-memory'),
    prepareStatement: value('--prepare-statement') ?? null,
  };
}

/** The child process that writes the statement answers on a line starting with this. */
const PREPARED = 'prepared statement: ';

async function main(): Promise<number> {
  const opts = options(process.argv.slice(2));
  if (opts.prepareStatement !== null) {
    console.log(`${PREPARED}${JSON.stringify(await prepareStatement(opts.databaseUrl ?? '', opts, opts.prepareStatement))}`);
    return 0;
  }
  const loadBefore = os.loadavg();
  const fresh = opts.databaseUrl === null;
  const databaseUrl = opts.databaseUrl ?? databaseUrlOf(FRESH_DATABASE);
  if ((opts.template || opts.saveTemplate) && !fresh) throw new Error('--template and --save-template make the fresh database: not with --database-url');
  if (fresh) await recreateDatabase(FRESH_DATABASE, opts.template);
  const statementFile = path.join(appDir, '.tmp', `bench-bank-statement-${process.pid}.txt`);
  fs.mkdirSync(path.dirname(statementFile), { recursive: true });
  let strapi: any = null;
  let sampler: MemorySampler | null = null;
  try {
    const seedSeconds = opts.template ? null : await seedDatabase(databaseUrl, opts);
    if (opts.template) {
      console.log(`copied the seeded database ${opts.template}`);
      // the seed compiles the server into dist: without it, that is done here
      if (opts.build) await compileServer();
    }
    if (opts.saveTemplate) {
      await recreateDatabase(opts.saveTemplate, FRESH_DATABASE);
      console.log(`kept a copy of the seeded database: ${opts.saveTemplate} (--template ${opts.saveTemplate} to import into a copy of it)`);
    }
    const prepared = await prepareStatementInChild(databaseUrl, opts, statementFile);
    const content = fs.readFileSync(statementFile);

    process.env.DATABASE_URL = databaseUrl;
    process.env.CRON_ENABLED = 'false';
    prepareEnvironment();
    strapi = await loadApp();
    sampler = new MemorySampler();
    const memory = sampler;
    const timer = new PhaseTimer((label) => {
      memory.enterPhase(label === null ? 0 : PHASE_LABELS.indexOf(label) + 1);
      if (opts.traceMemory) traceMemory(label);
    });
    instrumentImport(distDir, timer);
    const { importStatement } = require(`${distDir}/src/bank/statement-import`);

    const runs: ImportFigures[] = [];
    for (const label of ['first import', 're-import']) {
      const run = await measureImport(label, sampler, timer, () =>
        importStatement(strapi, { fileName: path.basename(statementFile), content, importedBy: null }),
      );
      runs.push(run.figures);
      console.log(`${label}: ${run.figures.seconds.toFixed(1)} s, ${JSON.stringify(run.result.summary)}`);
      const problems = await checkImport(strapi, label, run.result, prepared.expected);
      if (problems.length > 0) {
        for (const problem of problems) console.error(`WRONG (${label}): ${problem}`);
        return 1;
      }
    }

    const description: RunDescription = {
      ...prepared.description,
      fileBytes: content.length,
      loadBefore,
      loadAfter: os.loadavg(),
      seedSeconds,
    };
    report(runs, description, opts.writeDocs);
    return 0;
  } finally {
    await sampler?.stop();
    await strapi?.destroy();
    if (!opts.keep) fs.rmSync(statementFile, { force: true });
    if (fresh && !opts.keep) await dropDatabase(FRESH_DATABASE);
    else if (fresh) console.log(`kept the database: ${databaseUrl}`);
  }
}

/** One line on stderr: the phase entered now (or none) and the memory as it is. */
function traceMemory(label: string | null): void {
  const m = process.memoryUsage();
  const mb = (bytes: number) => Math.round(bytes / 2 ** 20);
  console.error(`memory at ${label ?? '(between phases)'}: rss ${mb(m.rss)}, heap used ${mb(m.heapUsed)} of ${mb(m.heapTotal)}, external ${mb(m.external)} (array buffers ${mb(m.arrayBuffers)}) MB`);
}

/** The scale generator's counterparties (one interaction each) and invoices; no requests or schedules. */
function seedDatabase(databaseUrl: string, opts: Options): Promise<number> {
  const targets = { counterparties: opts.counterparties, interactions: opts.counterparties, invoices: opts.invoices, requests: 0, scheduleEntries: 0 };
  return seedScale(databaseUrl, targets, { build: opts.build, logName: 'bench-bank-seed.log' });
}

/**
 * The statement written by a child process: planning and writing a hundred thousand documents grows a heap
 * that the measured process would otherwise carry as RSS it never gives back (some 50 MB of its baseline).
 * A server is handed the file, it does not make it.
 */
async function prepareStatementInChild(databaseUrl: string, opts: Options, file: string): Promise<ReturnType<typeof prepareStatement> extends Promise<infer T> ? T : never> {
  const args = ['-r', require.resolve('../lib/register-ts.js'), __filename, '--prepare-statement', file, '--database-url', databaseUrl, '--documents', String(opts.documents), '--seed', opts.seed];
  const child = spawnSync(process.execPath, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 16 * 2 ** 20 });
  const lines = (child.stdout ?? '').split('\n');
  for (const line of lines) if (line !== '' && !line.startsWith(PREPARED)) console.log(line);
  const answer = lines.find((line) => line.startsWith(PREPARED));
  if (child.status !== 0 || !answer) throw new Error(`writing the statement failed (exit ${child.status})`);
  return JSON.parse(answer.slice(PREPARED.length));
}

/** Reads what the statement is written against, plans it and writes it; nothing of it stays in memory. */
async function prepareStatement(databaseUrl: string, opts: Options, file: string) {
  const data = await readBenchData(databaseUrl);
  const open = data.openInvoices.length;
  console.log(`database: ${data.counterparties.length} counterparties, invoices by state ${JSON.stringify(data.invoiceStates)}; ${open} open (issued, partly paid or overdue, UAH)`);
  const today = localDateOf(new Date(), process.env.VITRYLO_TIME_ZONE || DEFAULT_TIME_ZONE);
  const plan = planStatement(data, { documents: opts.documents, seed: opts.seed, today, periodDays: 31 });
  // numbers from the clock: a statement made again against the same database is a new one, not a re-import
  const firstNumber = 100_000 + (Math.floor(Date.now() / 1000) % 90_000) * 10_000;
  const bytes = writeClientBankStatement(file, plan, { name: OUR_COMPANY.name, code: OUR_COMPANY.edrpou, iban: OUR_COMPANY.accounts[0].iban }, firstNumber);
  console.log(`statement: ${plan.documents.length} documents ${plan.from}…${plan.to}, ${(bytes / 2 ** 20).toFixed(1)} MB; ${JSON.stringify(plan.counts)}; ` +
    `${plan.invoicesNamed} open invoices named (${plan.invoicesPaidInFull} paid in full); ${plan.expectedMatched} payments must be matched to an invoice`);
  const description = {
    counterparties: data.counterparties.length,
    invoices: Object.values(data.invoiceStates).reduce((a, b) => a + b, 0),
    openInvoices: open,
    documents: plan.documents.length,
    kinds: plan.counts,
    invoicesNamed: plan.invoicesNamed,
  };
  return { expected: expectations(plan), description };
}

/** What the summaries must say, kept instead of the plan (whose documents would hold on to memory). */
function expectations(plan: StatementPlan) {
  let incoming = 0;
  let totalIncoming = BigInt(0);
  let totalOutgoing = BigInt(0);
  for (const d of plan.documents) {
    if (d.direction === 'incoming') {
      incoming += 1;
      totalIncoming += d.amount;
    } else totalOutgoing += d.amount;
  }
  return {
    documents: plan.documents.length,
    incoming,
    outgoing: plan.documents.length - incoming,
    totalIncoming: formatKopecks(totalIncoming),
    totalOutgoing: formatKopecks(totalOutgoing),
    expectedMatched: plan.expectedMatched,
    unnamedKnown: plan.counts['known payer, no invoice'],
  };
}
type Expected = ReturnType<typeof expectations>;

async function measureImport(label: string, sampler: MemorySampler, timer: PhaseTimer, run: () => Promise<any>) {
  (global as any).gc?.();
  (global as any).gc?.();
  const baselineRss = process.memoryUsage.rss();
  timer.take();
  sampler.reset();
  const started = process.hrtime.bigint();
  const cpuBefore = process.cpuUsage();
  const result = await run();
  const wallMs = Number(process.hrtime.bigint() - started) / 1e6;
  const cpu = process.cpuUsage(cpuBefore);
  const { peakRss, phasePeaks, samples } = sampler.read();
  const figures: ImportFigures = {
    label,
    seconds: wallMs / 1000,
    cpuSeconds: (cpu.user + cpu.system) / 1e6,
    documents: result.summary.documents,
    summary: result.summary,
    peakRss,
    baselineRss,
    processMaxRss: process.resourceUsage().maxRSS * 1024,
    samples,
    phases: phasesOf(timer, wallMs, phasePeaks),
  };
  return { result, figures };
}

/** What is wrong with an import's summary and saved rows, as sentences; none when all is right. */
async function checkImport(strapi: any, label: string, result: any, expected: Expected): Promise<string[]> {
  const s = result.summary;
  const problems: string[] = [];
  const expect = (what: string, actual: unknown, wanted: unknown) => {
    if (actual !== wanted) problems.push(`${what} is ${actual}, must be ${wanted}`);
  };
  expect('documents', s.documents, expected.documents);
  expect('incoming', s.incoming, expected.incoming);
  expect('outgoing', s.outgoing, expected.outgoing);
  expect('totalIncoming', s.totalIncoming, expected.totalIncoming);
  expect('totalOutgoing', s.totalOutgoing, expected.totalOutgoing);
  const first = label === 'first import';
  expect('created', s.created, first ? expected.documents : 0);
  expect('duplicates', s.duplicates, first ? 0 : expected.documents);
  if (first) {
    // payments naming an invoice and those paying a unique exact amount must match; an advance matching by chance may too
    if (s.matched < expected.expectedMatched || s.matched > expected.expectedMatched + expected.unnamedKnown) {
      problems.push(`matched is ${s.matched}, must be ${expected.expectedMatched} (at most ${expected.unnamedKnown} more)`);
    }
  } else expect('matched', s.matched, 0);

  const [saved] = (
    await strapi.db.connection.raw(
      `select count(*)::int as payments, count(li.invoice_id)::int as matched
         from bank_statements s join payments_statement_lnk ls on ls.bank_statement_id = s.id
         left join payments_invoice_lnk li on li.payment_id = ls.payment_id
        where s.document_id = ?`,
      [result.statement.documentId],
    )
  ).rows;
  expect('payments saved with the statement', saved.payments, s.created);
  expect('saved payments linked to an invoice', saved.matched, s.matched);
  return problems;
}

function report(runs: ImportFigures[], description: RunDescription, writeDocs: boolean): void {
  console.log(`\n${figuresTable(runs)}\n\n${phasesTable(runs)}\n`);
  for (const line of targetVerdicts(runs, TARGETS)) console.log(line.replace(/\*\*/g, ''));
  console.log(`(RSS sampled every 50 ms in a worker thread: ${runs.map((r) => `${r.samples} samples`).join(', ')})`);
  if (!writeDocs) return;
  const file = path.join(appDir, 'docs/benchmarks.md');
  writeDocsSection(file, docsSection(runs, description, TARGETS));
  console.log(`written to ${path.relative(appDir, file)}`);
}

main()
  .then((code) => process.exit(code))
  .catch((error) => {
    console.error(error);
    process.exit(1);
  });
