import { isMessageCode } from '../../src/domain/messages';
import { isLocalDate } from '../../src/domain/time';
import { decodeStatement, parseStatement, ParsedStatement, STATEMENT_ENCODINGS, STATEMENT_FORMATS, StatementRefusal } from '../../src/domain/bank';

/**
 * Broken statement files for the fuzz test and `npm run bench:bank-fuzz`: the real samples and the
 * fixtures, flipped, cut, with lines lost or doubled and garbage put in, from a seeded generator so that
 * a failure can be replayed. Every one must parse to a valid statement or be refused with a catalog code.
 */

/** mulberry32: small, fast and good enough to pick mutations; the same seed gives the same files. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Random = () => number;
const below = (random: Random, n: number) => Math.floor(random() * n);

/** Pieces that matter to the parsers, so inserted garbage often lands on a structural nerve. */
const NERVES = [
  'КонецДокумента', 'КонецРасчСчет', 'КонецФайла', 'СекцияДокумент=Платежное поручение', 'СекцияРасчСчет',
  'Сумма=', 'Сумма=-1', 'Сумма=1e9', 'Дата=31.02.2020', 'ДатаСписано=01.01.2000', 'ДатаПоступило=01.01.2000',
  'ВсегоПоступило=0', 'РасчСчет=UA00000001', 'НазначениеПлатежа=', 'Кодировка=DOS', '1CClientBankExchange',
  ';', ';;;', '"', '""', '\t', '=', '\r', '\n', '\r\n', '0', '-', '.', ',', '999999999999999999999', '\u0000', 'Дебет', 'Кредит',
].map((text) => Buffer.from(text, 'utf8'));

function lineStarts(bytes: Buffer): number[] {
  const starts = [0];
  for (let i = 0; i < bytes.length; i += 1) if (bytes[i] === 0x0a) starts.push(i + 1);
  return starts;
}

/** [start, end) of a random line, its LF included. */
function randomLine(bytes: Buffer, random: Random): [number, number] {
  const starts = lineStarts(bytes);
  const index = below(random, starts.length);
  return [starts[index], index + 1 < starts.length ? starts[index + 1] : bytes.length];
}

function garbage(random: Random): Buffer {
  switch (below(random, 3)) {
    case 0:
      return NERVES[below(random, NERVES.length)];
    case 1:
      return Buffer.from(Array.from({ length: 1 + below(random, 16) }, () => below(random, 256)));
    default:
      return Buffer.from(Array.from({ length: 1 + below(random, 12) }, () => '0123456789.,;="-АаЯяІіЇї \t'[below(random, 27)]).join(''), 'utf8');
  }
}

const MUTATIONS: readonly ((bytes: Buffer, random: Random) => Buffer)[] = [
  function flipBytes(bytes, random) {
    const copy = Buffer.from(bytes);
    for (let n = 1 + below(random, 4); n > 0 && copy.length > 0; n -= 1) {
      const at = below(random, copy.length);
      copy[at] = random() < 0.5 ? copy[at] ^ (1 << below(random, 8)) : below(random, 256);
    }
    return copy;
  },
  function truncate(bytes, random) {
    return bytes.subarray(0, below(random, bytes.length + 1));
  },
  function deleteLine(bytes, random) {
    const [start, end] = randomLine(bytes, random);
    return Buffer.concat([bytes.subarray(0, start), bytes.subarray(end)]);
  },
  function duplicateLine(bytes, random) {
    const [start, end] = randomLine(bytes, random);
    return Buffer.concat([bytes.subarray(0, end), bytes.subarray(start, end), bytes.subarray(end)]);
  },
  function insertGarbage(bytes, random) {
    const at = below(random, bytes.length + 1);
    return Buffer.concat([bytes.subarray(0, at), garbage(random), bytes.subarray(at)]);
  },
  function replaceLine(bytes, random) {
    const [start, end] = randomLine(bytes, random);
    return Buffer.concat([bytes.subarray(0, start), garbage(random), Buffer.from('\r\n'), bytes.subarray(end)]);
  },
];

/** One to three mutations of one of the seeds. */
export function mutate(seeds: readonly Uint8Array[], random: Random): Uint8Array {
  let bytes = Buffer.from(seeds[below(random, seeds.length)]);
  for (let n = 1 + below(random, 3); n > 0; n -= 1) bytes = MUTATIONS[below(random, MUTATIONS.length)](bytes, random);
  return new Uint8Array(bytes);
}

const AMOUNT = /^\d+\.\d{2}$/;
const SIGNED_AMOUNT = /^-?\d+\.\d{2}$/;

/** What is wrong with a parsed statement, or null when it keeps every promise of ParsedStatement. */
export function statementFault(statement: ParsedStatement, lineCount: number): string | null {
  if (!STATEMENT_FORMATS.includes(statement.format)) return `format ${statement.format}`;
  if (!STATEMENT_ENCODINGS.includes(statement.encoding)) return `encoding ${statement.encoding}`;
  if (statement.account !== (statement.accounts[0] ?? null)) return 'account is not the first of accounts';
  for (const date of [statement.periodFrom, statement.periodTo]) if (date !== null && !isLocalDate(date)) return `period date ${date}`;
  for (const balance of statement.balances) {
    if (!(balance.line >= 1 && balance.line <= lineCount) || !balance.account) return `balance at line ${balance.line}`;
    for (const value of [balance.opening, balance.incoming, balance.outgoing, balance.closing]) {
      if (value !== null && !SIGNED_AMOUNT.test(value)) return `balance figure ${value}`;
    }
  }
  for (const t of statement.transactions) {
    const where = `transaction at line ${t.line}`;
    if (!Number.isInteger(t.line) || t.line < 1 || t.line > lineCount) return where;
    if (!AMOUNT.test(t.amount)) return `${where}: amount ${t.amount}`;
    if (!isLocalDate(t.date) || (t.valueDate !== null && !isLocalDate(t.valueDate))) return `${where}: date ${t.date} / ${t.valueDate}`;
    if (t.direction !== 'incoming' && t.direction !== 'outgoing') return `${where}: direction ${t.direction}`;
    if (!/^[A-Z]{3}$/.test(t.currency)) return `${where}: currency ${t.currency}`;
    if (!t.ownAccount || !statement.accounts.includes(t.ownAccount)) return `${where}: own account ${t.ownAccount}`;
    if (typeof t.purpose !== 'string' || !t.payer || !t.payee) return `${where}: parties or purpose`;
  }
  return null;
}

export type FuzzOutcome =
  | { kind: 'parsed' }
  | { kind: 'refused'; code: string }
  | { kind: 'crashed'; error: string };

/** Lines of the file as the parsers count them: every line a result or a refusal names must exist. */
function lineCountOf(bytes: Uint8Array): number {
  return decodeStatement(bytes).text.split(/\r\n|\r|\n/).length;
}

/** Parses one file and says how it went; anything but a valid statement or a proper refusal is a crash. */
export function outcomeOf(bytes: Uint8Array): FuzzOutcome {
  try {
    const fault = statementFault(parseStatement(bytes), lineCountOf(bytes));
    return fault === null ? { kind: 'parsed' } : { kind: 'crashed', error: `invalid statement: ${fault}` };
  } catch (error) {
    const lineExists = (line: number) => Number.isInteger(line) && line >= 0 && line <= lineCountOf(bytes);
    if (error instanceof StatementRefusal && lineExists(error.line) && isMessageCode(error.code)) {
      return { kind: 'refused', code: error.code };
    }
    return { kind: 'crashed', error: error instanceof Error ? `${error.name}: ${error.message}\n${error.stack}` : String(error) };
  }
}

export interface FuzzReport {
  count: number;
  parsed: number;
  refused: Record<string, number>;
  crashes: { index: number; error: string; bytes: Uint8Array }[];
  slowestMs: number;
  totalMs: number;
}

/**
 * The CPU time this process has used, in milliseconds. A parse that is pathologically slow burns CPU; timed
 * on the wall clock instead, a parse descheduled on a busy machine (CI runs suites side by side) looked slow.
 */
export function cpuMilliseconds(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

/** Runs `count` mutations from `seed`; the index of a crash replays it with the same seed. Times are CPU time. */
export function runFuzz(seeds: readonly Uint8Array[], count: number, seed: number): FuzzReport {
  const random = seededRandom(seed);
  const report: FuzzReport = { count, parsed: 0, refused: {}, crashes: [], slowestMs: 0, totalMs: 0 };
  const started = cpuMilliseconds();
  for (let index = 0; index < count; index += 1) {
    const bytes = mutate(seeds, random);
    const before = cpuMilliseconds();
    const outcome = outcomeOf(bytes);
    report.slowestMs = Math.max(report.slowestMs, cpuMilliseconds() - before);
    if (outcome.kind === 'parsed') report.parsed += 1;
    else if (outcome.kind === 'refused') report.refused[outcome.code] = (report.refused[outcome.code] ?? 0) + 1;
    else report.crashes.push({ index, error: outcome.error, bytes });
  }
  report.totalMs = cpuMilliseconds() - started;
  return report;
}
