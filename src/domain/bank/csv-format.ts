import type { CsvRow } from './csv';
import type { StatementBody } from './statement-body';

/** A bank's CSV export: recognised by its header names, read row by row. */
export interface CsvStatementFormat {
  matches(headers: readonly string[]): boolean;
  /** `header` is the header row, `rows` the rows under it, each with its line in the file. */
  parse(header: CsvRow, rows: readonly CsvRow[]): StatementBody;
}
