import { refusal } from './refusal';

/**
 * A small CSV reader for bank exports: `;`, `,` or tab between fields (taken from the header line), fields
 * in double quotes may hold separators, line breaks and "" for a quote; any line ends; no final line end
 * needed. Each row keeps the 1-based line it starts on. Blank lines are skipped.
 */

export const CSV_SEPARATORS = [';', ',', '\t'] as const;
export type CsvSeparator = (typeof CSV_SEPARATORS)[number];

export interface CsvRow {
  line: number;
  cells: string[];
}

/** The separator the header line uses most, outside quotes; `;` (what Ukrainian banks use) on a tie. */
export function detectSeparator(headerLine: string): CsvSeparator {
  const counts = new Map<CsvSeparator, number>(CSV_SEPARATORS.map((separator) => [separator, 0]));
  let quoted = false;
  for (const char of headerLine) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && counts.has(char as CsvSeparator)) counts.set(char as CsvSeparator, counts.get(char as CsvSeparator) + 1);
  }
  return CSV_SEPARATORS.reduce((best, separator) => (counts.get(separator) > counts.get(best) ? separator : best), CSV_SEPARATORS[0]);
}

/** The rows of `text`, whose first line is line `firstLine` of the file. */
export function readCsv(text: string, separator: CsvSeparator, firstLine = 1): CsvRow[] {
  const rows: CsvRow[] = [];
  let cells: string[] = [];
  let cell = '';
  let line = firstLine;
  let rowLine = firstLine;
  let atFieldStart = true;
  let quotedSince = 0;

  const endRow = () => {
    cells.push(cell);
    if (cells.some((value) => value.trim() !== '')) rows.push({ line: rowLine, cells });
    cells = [];
    cell = '';
    atFieldStart = true;
  };

  let i = 0;
  while (i < text.length) {
    const char = text[i];
    const lineEnd = char === '\r' && text[i + 1] === '\n' ? 2 : char === '\r' || char === '\n' ? 1 : 0;
    if (quotedSince > 0) {
      if (char === '"' && text[i + 1] === '"') {
        cell += '"';
        i += 2;
      } else if (char === '"') {
        quotedSince = 0;
        i += 1;
      } else if (lineEnd > 0) {
        cell += '\n';
        line += 1;
        i += lineEnd;
      } else {
        cell += char;
        i += 1;
      }
      continue;
    }
    if (lineEnd > 0) {
      endRow();
      line += 1;
      rowLine = line;
      i += lineEnd;
      continue;
    }
    if (char === separator) {
      cells.push(cell);
      cell = '';
      atFieldStart = true;
    } else if (char === '"' && atFieldStart) {
      quotedSince = line;
      atFieldStart = false;
    } else {
      // A quote inside an unquoted field, or text after a closing quote, is kept as written (as Excel does).
      cell += char;
      atFieldStart = false;
    }
    i += 1;
  }
  if (quotedSince > 0) throw refusal(quotedSince, 'statement.unclosedQuote');
  if (cells.length > 0 || cell !== '') endRow();
  return rows;
}
