import type { FieldIssue } from '../domain/errors';
import type { ReportDefinition, ReportRow, ReportStreamInput, ReportStreamSummary } from '../domain/reports';

/** What the server's thread and the workbook writer thread (workbook-thread.ts) say to each other. */

/** Given to the thread when it starts: the report's layout (no functions: they cannot cross) and its heading. */
export interface WriterThreadData {
  definition: Omit<ReportDefinition<any, ReportRow, any>, 'query' | 'pages'>;
  render: Omit<ReportStreamInput, 'rowPages' | 'output'>;
}

export type ToWriterThread =
  | { kind: 'page'; rows: ReportRow[] }
  | { kind: 'end' }
  /** the output has taken chunk number `chunk` */
  | { kind: 'written'; chunk: number };

export type FromWriterThread =
  /** a page is being written: the next may be sent */
  | { kind: 'pageTaken' }
  | { kind: 'chunk'; chunk: number; bytes: Uint8Array }
  | { kind: 'done'; summary: ReportStreamSummary }
  /** `details` when a row was refused (DomainValidationError), else null */
  | { kind: 'failed'; message: string; details: FieldIssue[] | null };
