import type { Core } from '@strapi/strapi';
import { trustedWrite } from '../access/trusted-write';
import { UID } from '../access/uids';
import { runAuditedJob } from '../audit/jobs';
import { countWrite } from '../domain/audit';
import { OpenedStatement, openStatement, refuseUnsupportedCurrencyLines } from '../domain/bank';
import type { ImportResult, PreviewRow, StatementSummary } from '../domain/bank/import-result';
import type { StatementTransaction } from '../domain/bank/statement';
import { LocalDate, localDateOf } from '../domain/time';
import { preparePrivateFiles, savePrivateFile } from '../private-files/private-file-store';
import { businessTime } from '../time/business-time';
import { ImportCounts, statementData, statementOutcome, summaryOf } from './import-summary';
import { applyPaymentsToInvoices } from './invoice-payments';
import { paymentDraft } from './payment-draft';
import { PaymentDraft, PaymentWriter } from './payment-rows';
import { PreviewRows } from './preview-rows';
import { StatementMatcher } from './statement-matcher';

export type { ImportResult, PreviewRow, StatementSummary };

/** A statement file is read whole into memory: a year of a busy account is a few megabytes. */
export const MAX_STATEMENT_BYTES = 100 * 1024 * 1024;

/**
 * Transactions matched and written at a time. The import holds one window's transactions and matches, not
 * the statement's (at a hundred thousand payments the whole statement's were some 110 MB of live data). The
 * size is set by measurement (docs/benchmarks.md): a window's objects live through its database round trips,
 * and the fewer bytes are allocated meanwhile, the more of them die young instead of piling up in the old
 * generation until a full collection: on the 100,000-document benchmark 500 a window peaked at 480–600 MB,
 * 250 at 450–490 MB, for a few seconds more of round trips. BANK_IMPORT_WINDOW sets another size (tests cross
 * windows with a few payments; benchmarks compare sizes).
 */
const DEFAULT_WINDOW = 250;

export function importWindowSize(): number {
  const size = Number(process.env.BANK_IMPORT_WINDOW || DEFAULT_WINDOW);
  if (!Number.isSafeInteger(size) || size < 1) throw new Error(`BANK_IMPORT_WINDOW must be a whole number of at least 1, got "${process.env.BANK_IMPORT_WINDOW}"`);
  return size;
}

export interface StatementUpload {
  fileName: string;
  content: Buffer;
  /** the importing employee (the panel's user); null from the command line */
  importedBy: { id: number; documentId?: string } | null;
  /** make counterparties for payers and payees nobody knows (prospects for incoming money, suppliers for outgoing) */
  createCounterparties?: boolean;
  /** parse and match, save nothing */
  preview?: boolean;
}

const PREVIEW_ROWS = 200;

/**
 * Imports one statement file: read it whole once to check it (a refused file throws StatementRefusal naming
 * the line, before anything is written) and to total it, then a window of transactions at a time: leave out
 * those already saved (their dedupe key exists), match the rest to counterparties and invoices
 * (src/domain/bank/matching, one invoice ledger across the windows) and write them. The statement's record
 * is created first and given its counts at the end, with its original file, its payments and the invoices'
 * new paid amounts and states, in one transaction with the import's audit entry: a failure half-way saves
 * nothing. `preview` matches every window the same way and saves nothing.
 */
export async function importStatement(strapi: Core.Strapi, upload: StatementUpload): Promise<ImportResult> {
  const statement = openStatement(new Uint8Array(upload.content.buffer, upload.content.byteOffset, upload.content.length));
  refuseUnsupportedCurrencyLines(statement.tally.currencies(), (strapi.contentType(UID.payment as any) as any).attributes.currency.enum);
  const today = localDateOf(new Date(), businessTime(strapi).timeZone);
  if (upload.preview) return previewImport(strapi, statement, today);
  await preparePrivateFiles(strapi);
  // the caller's right to import was checked (route action, or the command line): the import's own writes
  // (the statement, its importer, counterparties asked for) are the system's
  return trustedWrite(() =>
    runAuditedJob(
      strapi,
      'bank-import',
      async (counts) => {
        const record: any = await strapi.documents(UID.bankStatement as any).create({ data: statementData(upload, statement) as any });
        const matcher = new StatementMatcher(strapi, today, { createCounterparties: upload.createCounterparties === true, names: false, repeatedIdentities: statement.tally.repeatedIdentities() });
        const done = new ImportCounts();
        await strapi.db.transaction(async ({ trx }) => {
          await savePrivateFile(strapi, trx, { uid: UID.bankStatement, documentId: record.documentId }, { name: upload.fileName, mime: mimeOf(upload.fileName), content: upload.content });
          await matcher.expectParties(statement.tally.otherPartyNames());
          statement.tally.forgetOtherPartyNames();
          const writer = new PaymentWriter(strapi, trx, record.id);
          const invoiceIds = new Set<number>();
          const windows = statement.windows(importWindowSize())[Symbol.iterator]();
          for (;;) {
            // a binding of this turn only: the last window's payments are not held while the next is matched
            const drafts = await nextDrafts(windows, matcher, done, invoiceIds);
            if (drafts === null) break;
            await writer.write(drafts, (draft) => draft);
            // written past the Document Service: counted here
            countWrite(counts, 'create', UID.payment, drafts.length);
          }
          // once, after every window: matching reads the invoices as stored before the import (the ledger runs on from there)
          const updated = await applyPaymentsToInvoices(strapi, trx, [...invoiceIds]);
          if (updated > 0) countWrite(counts, 'update', UID.invoice, updated);
        });
        const summary = summaryOf(statement, done);
        // the record's own row, as the Document Service's create left it: no second audit count or event for it
        await strapi.db.query(UID.bankStatement as any).update({ where: { id: record.id }, data: statementOutcome(summary), select: ['id'] });
        Object.assign(counts, { duplicates: summary.duplicates, matched: summary.matched, unmatched: summary.unmatched });
        return { summary, statement: { documentId: record.documentId }, rows: [] };
      },
      { transaction: true, target: { uid: UID.bankStatement, label: upload.fileName } },
    ),
  );
}

/**
 * The next window matched, as the payments to write; null after the last. The window's transactions and
 * matches are let go here, before the payments are written: kept through the writes' round trips, most of
 * them outlived the young generation and piled up in the old one.
 */
async function nextDrafts(windows: Iterator<StatementTransaction[]>, matcher: StatementMatcher, done: ImportCounts, invoiceIds: Set<number>): Promise<PaymentDraft[] | null> {
  const window = windows.next();
  if (window.done) return null;
  const { plan } = await matcher.match(window.value);
  done.add(plan);
  for (const payment of plan.payments) if (payment.match.invoiceId !== null) invoiceIds.add(Number(payment.match.invoiceId));
  return plan.payments.map(paymentDraft);
}

/** The import's matching, window by window exactly as the import does it, with nothing written. */
async function previewImport(strapi: Core.Strapi, statement: OpenedStatement, today: LocalDate): Promise<ImportResult> {
  const matcher = new StatementMatcher(strapi, today, { createCounterparties: false, names: true, repeatedIdentities: statement.tally.repeatedIdentities() });
  await matcher.expectParties(statement.tally.otherPartyNames());
  statement.tally.forgetOtherPartyNames();
  const done = new ImportCounts();
  const rows = new PreviewRows(PREVIEW_ROWS);
  for (const window of statement.windows(importWindowSize())) {
    const matched = await matcher.match(window);
    rows.add(window, matched);
    done.add(matched.plan);
  }
  return { summary: summaryOf(statement, done), statement: null, rows: rows.rows };
}

const mimeOf = (fileName: string) => (/\.csv$/i.test(fileName) ? 'text/csv' : 'text/plain');
