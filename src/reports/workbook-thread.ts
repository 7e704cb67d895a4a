import { parentPort, workerData } from 'node:worker_threads';
import { Writable } from 'node:stream';
import { DomainValidationError } from '../domain/errors';
import { ReportRow, streamReportWorkbook } from '../domain/reports';
import type { FromWriterThread, ToWriterThread, WriterThreadData } from './workbook-thread-messages';

/**
 * The worker thread that lays out a streamed workbook (threaded-workbook.ts starts it): rows arrive page by
 * page from the server's thread, the .xlsx bytes go back to it chunk by chunk. Writing a million rows
 * allocates gigabytes that die young; here they do so in a heap of their own, capped, instead of swelling
 * the server's heap (which V8 lets grow to twice the live size of a loaded Strapi before collecting it).
 */
const port = parentPort!;
const { definition, render } = workerData as WriterThreadData;

const pageWaiters: Array<(message: ToWriterThread) => void> = [];
const arrived: ToWriterThread[] = [];
const chunkAcks = new Map<number, () => void>();
let nextChunk = 0;

port.on('message', (message: ToWriterThread) => {
  if (message.kind === 'written') {
    chunkAcks.get(message.chunk)?.();
    chunkAcks.delete(message.chunk);
    return;
  }
  const waiter = pageWaiters.shift();
  if (waiter) waiter(message);
  else arrived.push(message);
});

const nextMessage = () => new Promise<ToWriterThread>((resolve) => (arrived.length > 0 ? resolve(arrived.shift()!) : pageWaiters.push(resolve)));

async function* rowPages(): AsyncIterable<ReportRow[]> {
  for (;;) {
    const message = await nextMessage();
    if (message.kind === 'end') return;
    if (message.kind === 'page') {
      yield message.rows;
      port.postMessage({ kind: 'pageTaken' } satisfies FromWriterThread);
    }
  }
}

/** The bytes go to the server's thread; a chunk counts as written when the output there has taken it. */
const output = new Writable({
  highWaterMark: 256 * 1024,
  write(chunk: Buffer, _encoding, done) {
    // a copy of its own: the chunk may be a slice of a pooled buffer, which must not be handed over
    const bytes = new Uint8Array(chunk);
    const chunkNumber = nextChunk++;
    chunkAcks.set(chunkNumber, () => done());
    port.postMessage({ kind: 'chunk', chunk: chunkNumber, bytes } satisfies FromWriterThread, [bytes.buffer]);
  },
});

const finished = new Promise<void>((resolve, reject) => {
  output.on('finish', resolve);
  output.on('error', reject);
});

streamReportWorkbook(definition, { ...render, rowPages: rowPages(), output })
  .then(async (summary) => {
    await finished;
    port.postMessage({ kind: 'done', summary } satisfies FromWriterThread);
  })
  .catch((error: unknown) => {
    const failure: FromWriterThread =
      error instanceof DomainValidationError
        ? { kind: 'failed', message: error.message, details: error.details }
        : { kind: 'failed', message: error instanceof Error ? error.message : String(error), details: null };
    port.postMessage(failure);
  });
