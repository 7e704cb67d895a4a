import * as alfaCsv from './alfa-csv';
import { isClientBank1C, parseClientBank1C, readClientBank1CInWindows } from './client-bank-1c';
import { CsvRow, detectSeparator, readCsv } from './csv';
import type { CsvStatementFormat } from './csv-format';
import * as ibank2Csv from './ibank2-csv';
import { firstFilledLine } from './lines';
import * as privatbankCsv from './privatbank-csv';
import { refusal } from './refusal';
import { ParsedStatement, StatementRefusal, StatementTransaction } from './statement';
import type { StatementBody } from './statement-body';
import { StatementTally } from './statement-tally';
import { statementText, StatementText } from './statement-text';

/**
 * A bank statement file, whatever bank and encoding, read into one shape; or a StatementRefusal naming the
 * line and the reason (domain/messages code). Nothing else is thrown: every other failure is a bug.
 */

const CSV_FORMATS: readonly CsvStatementFormat[] = [alfaCsv, ibank2Csv, privatbankCsv];
/** Some exports put a title or the account's details above the header row; this many lines are searched. */
const HEADER_SEARCH_LINES = 10;

export function parseStatement(bytes: Uint8Array): ParsedStatement {
  const { text, first } = readableText(bytes);
  const body = isClientBank1C(first.text) ? parseClientBank1C(text) : parseCsvStatement(text.allLines(), first.line);
  return { ...body, encoding: text.encoding };
}

/** A statement checked whole, whose transactions are taken a window at a time (see openStatement). */
export interface OpenedStatement extends Omit<ParsedStatement, 'transactions'> {
  /** What the transactions add up to: counts, totals, dates, accounts, currencies. */
  tally: StatementTally;
  /** The transactions in file order, at most `size` at a time: parseStatement's transactions, cut into windows. */
  windows(size: number): Iterable<StatementTransaction[]>;
}

/**
 * parseStatement for an import that never holds the whole statement: it refuses what parseStatement refuses
 * (a refused file is refused before anything is read of it for keeps), and answers the same statement, with
 * the transactions given a window at a time. A 1C file is read twice (once to check and total it, once for the
 * windows); a CSV export is small and read whole, and its windows are slices of its transactions.
 */
export function openStatement(bytes: Uint8Array): OpenedStatement {
  const { text, first } = readableText(bytes);
  if (isClientBank1C(first.text)) {
    const read = readClientBank1CInWindows(text);
    return { ...read.outline, encoding: text.encoding, tally: read.tally, windows: read.windows };
  }
  const { transactions, ...outline } = parseCsvStatement(text.allLines(), first.line);
  return { ...outline, encoding: text.encoding, tally: StatementTally.of(transactions, { identities: true }), windows: (size) => slices(transactions, size) };
}

function* slices<T>(items: readonly T[], size: number): Generator<T[], void, undefined> {
  if (!Number.isSafeInteger(size) || size < 1) throw new RangeError(`a window of ${size} transactions`);
  for (let start = 0; start < items.length; start += size) yield items.slice(start, start + size);
}

/** The file as text, refused when it is empty or binary (PDF, XLSX, images), before anything tries to read it. */
function readableText(bytes: Uint8Array): { text: StatementText; first: { line: number; text: string } } {
  const text = statementText(bytes);
  const first = firstFilledLine(text);
  if (first === null) throw refusal(0, 'statement.empty');
  if (text.hasNul) throw refusal(first.line, 'statement.unknownFormat');
  return { text, first };
}

function parseCsvStatement(lines: readonly string[], firstLine: number): StatementBody {
  const found = findCsvHeader(lines);
  if (!found) throw refusal(firstLine, 'statement.unknownFormat');
  const { format, header, separator } = found;
  const rows = readCsv(lines.slice(header.line).join('\n'), separator, header.line + 1);
  return format.parse(header, rows);
}

function findCsvHeader(lines: readonly string[]) {
  let searched = 0;
  for (let i = 0; i < lines.length && searched < HEADER_SEARCH_LINES; i += 1) {
    if (lines[i].trim() === '') continue;
    searched += 1;
    const separator = detectSeparator(lines[i]);
    const cells = headerCells(lines[i], separator);
    const format = cells && CSV_FORMATS.find((candidate) => candidate.matches(cells));
    if (format) return { format, separator, header: { line: i + 1, cells } as CsvRow };
  }
  return null;
}

/** The names on a candidate header line; null when the line is no CSV row (an unclosed quote). */
function headerCells(line: string, separator: ReturnType<typeof detectSeparator>): string[] | null {
  try {
    return readCsv(line, separator)[0]?.cells ?? null;
  } catch (error) {
    if (error instanceof StatementRefusal) return null;
    throw error;
  }
}
