import path from 'node:path';
import { once } from 'node:events';
import { Worker } from 'node:worker_threads';
import { DomainValidationError } from '../domain/errors';
import type { ReportDefinition, ReportRow, ReportStreamInput, ReportStreamSummary } from '../domain/reports';
import type { FromWriterThread, ToWriterThread, WriterThreadData } from './workbook-thread-messages';

/**
 * streamReportWorkbook with the workbook laid out in a worker thread (workbook-thread.ts): this thread reads
 * the pages through the caller's visibility and hands them over, the thread sends the .xlsx back in chunks
 * for `output`. A million-row export then neither swells the server's heap (it measured +200–400 MB there,
 * against +60 MB in a thread of its own) nor holds the event loop for the minute the layout takes.
 */

/** Pages handed over ahead of the one being written: the writer never waits for the database, and no more are held. */
const PAGES_AHEAD = 2;
/** The writer's heap: far above what a streamed sheet keeps (tens of MB), low enough that V8 collects it often. */
const WRITER_LIMITS = { maxOldGenerationSizeMb: 128, maxYoungGenerationSizeMb: 4 };
const WRITER_FILE = path.join(__dirname, 'workbook-thread.js');

export async function streamWorkbookInThread<R extends ReportRow>(definition: ReportDefinition<any, R, any>, input: ReportStreamInput<R>): Promise<ReportStreamSummary> {
  const { query: _query, pages: _pages, ...layout } = definition;
  const { rowPages, output, ...render } = input;
  const data: WriterThreadData = { definition: layout as WriterThreadData['definition'], render };
  const worker = new Worker(WRITER_FILE, { workerData: data, resourceLimits: WRITER_LIMITS });
  const send = (message: ToWriterThread) => worker.postMessage(message);

  let settled = false;
  let pagesAhead = 0;
  let pageTaken: (() => void) | null = null;
  let resolveDone!: (summary: ReportStreamSummary) => void;
  let rejectDone!: (error: Error) => void;
  const done = new Promise<ReportStreamSummary>((resolve, reject) => {
    resolveDone = resolve;
    rejectDone = reject;
  });
  const fail = (error: Error) => {
    if (settled) return;
    settled = true;
    pageTaken?.();
    void worker.terminate();
    rejectDone(error);
  };

  worker.on('message', (message: FromWriterThread) => {
    if (message.kind === 'pageTaken') {
      pagesAhead -= 1;
      pageTaken?.();
    } else if (message.kind === 'chunk') {
      if (output.destroyed) return fail(new Error('the report output was closed before the workbook was complete'));
      const written = output.write(Buffer.from(message.bytes.buffer, message.bytes.byteOffset, message.bytes.byteLength));
      if (written) send({ kind: 'written', chunk: message.chunk });
      else once(output, 'drain').then(() => send({ kind: 'written', chunk: message.chunk }), fail);
    } else if (message.kind === 'done') {
      settled = true;
      output.end();
      void worker.terminate();
      resolveDone(message.summary);
    } else {
      fail(message.details ? new DomainValidationError(message.details) : new Error(message.message));
    }
  });
  worker.on('error', fail);
  worker.on('exit', (code) => fail(new Error(`the workbook writer stopped (exit code ${code}) before the workbook was complete`)));
  output.on('error', fail);
  output.on('close', () => fail(new Error('the report output was closed before the workbook was complete')));

  const handOver = async () => {
    for await (const rows of rowPages) {
      while (pagesAhead >= PAGES_AHEAD && !settled) await new Promise<void>((resolve) => (pageTaken = resolve));
      if (settled) return;
      pagesAhead += 1;
      send({ kind: 'page', rows: rows as ReportRow[] });
    }
    if (!settled) send({ kind: 'end' });
  };
  handOver().catch(fail);
  return done;
}
