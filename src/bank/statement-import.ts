import type { Core } from '@strapi/strapi';
import { trustedWrite } from '../access/trusted-write';
import { runAuditedJob } from '../audit/jobs';
import { countWrite } from '../domain/audit';
import { assignDedupeKeys } from '../domain/bank/dedupe-key';
import { parseStatement, refuseUnsupportedCurrencies } from '../domain/bank';
import { matchStatement, PlannedPayment, StatementMatchPlan } from '../domain/bank/matching';
import type { ParsedStatement } from '../domain/bank/statement';
import type { ImportResult, PreviewRow, StatementSummary } from '../domain/bank/import-result';

export type { ImportResult, PreviewRow, StatementSummary };
import { formatKopecks, toKopecks } from '../domain/money';
import { localDateOf } from '../domain/time';
import { UID } from '../access/uids';
import { preparePrivateFiles, savePrivateFile } from '../private-files/private-file-store';
import { businessTime } from '../time/business-time';
import { existingDedupeKeys } from './existing-payments';
import { loadMatchingContext } from './matching-context';
import { createMissingCounterparties } from './new-counterparties';
import { writePayments, PaymentDraft } from './payment-rows';
import { applyPaymentsToInvoices } from './invoice-payments';

/** A statement file is read whole into memory: a year of a busy account is a few megabytes. */
export const MAX_STATEMENT_BYTES = 100 * 1024 * 1024;

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
 * Imports one statement file: parse (a refused file throws StatementRefusal naming the line), leave out the
 * transactions already saved (their dedupe key exists), match the rest to counterparties and invoices
 * (src/domain/bank/matching), and save the statement with its original file, its payments and the invoices'
 * new paid amounts and states — in one transaction with the import's audit entry: a failure half-way saves
 * nothing. `preview` does all but the saving.
 */
export async function importStatement(strapi: Core.Strapi, upload: StatementUpload): Promise<ImportResult> {
  const parsed = parseStatement(new Uint8Array(upload.content.buffer, upload.content.byteOffset, upload.content.length));
  refuseUnsupportedCurrencies(parsed, (strapi.contentType(UID.payment as any) as any).attributes.currency.enum);
  // each transaction's identity across imports, worked out once: the lookup of stored ones and matching both need it
  const keys = assignDedupeKeys(parsed.transactions);
  if (upload.preview) {
    const plan = await planImport(strapi, parsed, keys);
    return { summary: summaryOf(parsed, plan), statement: null, rows: previewRows(parsed, plan) };
  }
  await preparePrivateFiles(strapi);
  // the caller's right to import was checked (route action, or the command line): the import's own writes
  // (the statement, its importer, counterparties asked for) are the system's
  return trustedWrite(() =>
    runAuditedJob(
      strapi,
      'bank-import',
      async (counts) => {
        let plan = await planImport(strapi, parsed, keys);
        if (upload.createCounterparties) {
          // through the Document Service: the audit job counts them itself
          if ((await createMissingCounterparties(strapi, plan.payments)) > 0) plan = await planImport(strapi, parsed, keys);
        }
        const summary = summaryOf(parsed, plan);
        const statement: any = await strapi.documents(UID.bankStatement as any).create({ data: statementData(upload, parsed, summary) as any });
        await strapi.db.transaction(async ({ trx }) => {
          await savePrivateFile(strapi, trx, { uid: UID.bankStatement, documentId: statement.documentId }, { name: upload.fileName, mime: mimeOf(upload.fileName), content: upload.content });
          await writePayments(strapi, trx, statement.id, plan.payments, paymentDraft);
          // written past the Document Service: counted here
          countWrite(counts, 'create', UID.payment, plan.payments.length);
          const invoices = plan.payments.map((p) => p.match.invoiceId).filter((id): id is string => id !== null).map(Number);
          const updated = await applyPaymentsToInvoices(strapi, trx, invoices);
          if (updated > 0) countWrite(counts, 'update', UID.invoice, updated);
        });
        Object.assign(counts, { duplicates: summary.duplicates, matched: summary.matched, unmatched: summary.unmatched });
        return { summary, statement: { documentId: statement.documentId }, rows: [] };
      },
      { transaction: true, target: { uid: UID.bankStatement, label: upload.fileName } },
    ),
  );
}

interface ImportPlan extends StatementMatchPlan {
  /** what the matched ids are called: counterparty names and invoice numbers */
  names: { counterparties: ReadonlyMap<string, string>; invoices: ReadonlyMap<string, string> };
}

/** Which transactions are new and what each belongs to, from the database as it is now. */
async function planImport(strapi: Core.Strapi, parsed: ParsedStatement, keys: readonly string[]): Promise<ImportPlan> {
  const existingKeys = await existingDedupeKeys(strapi, keys);
  // stored transactions are not matched again: their counterparties and invoices need not be read (a re-import reads none)
  const fresh = parsed.transactions.filter((_, i) => !existingKeys.has(keys[i]));
  const { context, counterpartyNames } = await loadMatchingContext(strapi, fresh);
  const today = localDateOf(new Date(), businessTime(strapi).timeZone);
  const plan = matchStatement({ transactions: parsed.transactions, context, dedupeKeys: keys, existingKeys, today });
  const invoices = new Map([...context.invoicesByCounterparty.values()].flat().map((invoice) => [invoice.id, invoice.number]));
  return { ...plan, names: { counterparties: counterpartyNames, invoices } };
}

function summaryOf(parsed: ParsedStatement, plan: ImportPlan): StatementSummary {
  const total = (direction: 'incoming' | 'outgoing') => {
    let sum = BigInt(0);
    for (const t of parsed.transactions) if (t.direction === direction) sum += toKopecks(t.amount);
    return formatKopecks(sum);
  };
  const matched = plan.payments.filter((p) => p.match.invoiceId !== null).length;
  return {
    format: parsed.format,
    encoding: parsed.encoding,
    account: parsed.account,
    periodFrom: parsed.periodFrom,
    periodTo: parsed.periodTo,
    documents: parsed.transactions.length,
    incoming: parsed.transactions.filter((t) => t.direction === 'incoming').length,
    outgoing: parsed.transactions.filter((t) => t.direction === 'outgoing').length,
    totalIncoming: total('incoming'),
    totalOutgoing: total('outgoing'),
    created: plan.counts.created,
    duplicates: plan.counts.duplicates,
    matched,
    unmatched: plan.counts.created - matched,
  };
}

function statementData(upload: StatementUpload, parsed: ParsedStatement, summary: StatementSummary) {
  const balance = parsed.balances.find((b) => b.account === parsed.account) ?? null;
  return {
    fileName: upload.fileName,
    format: parsed.format,
    encoding: parsed.encoding,
    account: parsed.account,
    periodFrom: parsed.periodFrom,
    periodTo: parsed.periodTo,
    openingBalance: balance?.opening ?? null,
    closingBalance: balance?.closing ?? null,
    totalIncoming: summary.totalIncoming,
    totalOutgoing: summary.totalOutgoing,
    documentsCount: summary.documents,
    createdCount: summary.created,
    duplicatesCount: summary.duplicates,
    matchedCount: summary.matched,
    unmatchedCount: summary.unmatched,
    importedAt: new Date().toISOString(),
    importedBy: upload.importedBy?.documentId ?? null,
    state: 'imported',
  };
}

const idOrNull = (id: string | null) => (id === null ? null : Number(id));

function paymentDraft({ transaction: t, dedupeKey, match }: PlannedPayment): PaymentDraft {
  return {
    fields: {
      date: t.valueDate ?? t.date,
      amount: t.amount,
      currency: t.currency,
      direction: t.direction,
      payerName: t.payer.name,
      payerCode: t.payer.code,
      payerIban: t.payer.account,
      payeeName: t.payee.name,
      payeeCode: t.payee.code,
      payeeIban: t.payee.account,
      purpose: t.purpose,
      bankDocNumber: t.number,
      bankDocDate: t.date,
      matchStatus: match.matchStatus,
      matchReason: match.reason.length > 255 ? `${match.reason.slice(0, 254)}…` : match.reason,
      dedupeKey,
    },
    counterpartyId: idOrNull(match.counterpartyId),
    invoiceId: idOrNull(match.invoiceId),
    contractId: idOrNull(match.contractId),
  };
}

function previewRows(parsed: ParsedStatement, plan: ImportPlan): PreviewRow[] {
  const planned = new Map(plan.payments.map((p) => [p.transaction, p]));
  return parsed.transactions.slice(0, PREVIEW_ROWS).map((t) => {
    const payment = planned.get(t);
    const other = t.direction === 'incoming' ? t.payer : t.payee;
    return {
      line: t.line,
      date: t.date,
      number: t.number,
      direction: t.direction,
      amount: t.amount,
      currency: t.currency,
      otherParty: other.name,
      purpose: t.purpose,
      duplicate: !payment,
      counterparty: payment?.match.counterpartyId ? plan.names.counterparties.get(payment.match.counterpartyId) ?? null : null,
      invoice: payment?.match.invoiceId ? plan.names.invoices.get(payment.match.invoiceId) ?? null : null,
      reason: payment?.match.reason ?? null,
    };
  });
}

const mimeOf = (fileName: string) => (/\.csv$/i.test(fileName) ? 'text/csv' : 'text/plain');
