import * as alfaCsv from './alfa-csv';
import { isClientBank1C, parseClientBank1C } from './client-bank-1c';
import { CsvRow, detectSeparator, readCsv } from './csv';
import type { CsvStatementFormat } from './csv-format';
import * as ibank2Csv from './ibank2-csv';
import { firstFilledLine } from './lines';
import * as privatbankCsv from './privatbank-csv';
import { refusal } from './refusal';
import { ParsedStatement, StatementRefusal } from './statement';
import type { StatementBody } from './statement-body';
import { statementText } from './statement-text';

/**
 * A bank statement file, whatever bank and encoding, read into one shape; or a StatementRefusal naming the
 * line and the reason (domain/messages code). Nothing else is thrown: every other failure is a bug.
 */

const CSV_FORMATS: readonly CsvStatementFormat[] = [alfaCsv, ibank2Csv, privatbankCsv];
/** Some exports put a title or the account's details above the header row; this many lines are searched. */
const HEADER_SEARCH_LINES = 10;

export function parseStatement(bytes: Uint8Array): ParsedStatement {
  const text = statementText(bytes);
  const first = firstFilledLine(text);
  if (first === null) throw refusal(0, 'statement.empty');
  // Binary files (PDF, XLSX, images) are refused before anything tries to read them as text.
  if (text.hasNul) throw refusal(first.line, 'statement.unknownFormat');
  const body = isClientBank1C(first.text) ? parseClientBank1C(text) : parseCsvStatement(text.allLines(), first.line);
  return { ...body, encoding: text.encoding };
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
