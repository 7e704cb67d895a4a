import type { OpenedStatement } from '../domain/bank';
import type { StatementMatchPlan } from '../domain/bank/matching';
import type { StatementSummary } from '../domain/bank/import-result';
import { formatKopecks } from '../domain/money';

/** What the windows of an import did, added up as they are matched. */
export class ImportCounts {
  created = 0;
  duplicates = 0;
  /** payments tied to an invoice */
  matched = 0;

  add(plan: StatementMatchPlan): void {
    this.created += plan.payments.length;
    this.duplicates += plan.duplicates.length;
    for (const payment of plan.payments) if (payment.match.invoiceId !== null) this.matched += 1;
  }
}

export function summaryOf(statement: OpenedStatement, counts: ImportCounts): StatementSummary {
  const { tally } = statement;
  return {
    format: statement.format,
    encoding: statement.encoding,
    account: statement.account,
    periodFrom: statement.periodFrom,
    periodTo: statement.periodTo,
    documents: tally.transactions,
    incoming: tally.incoming,
    outgoing: tally.outgoing,
    totalIncoming: formatKopecks(tally.totalIncoming),
    totalOutgoing: formatKopecks(tally.totalOutgoing),
    created: counts.created,
    duplicates: counts.duplicates,
    matched: counts.matched,
    unmatched: counts.created - counts.matched,
  };
}

/**
 * The statement's record as it is created, before its payments: what the file says and adds up to. Its
 * counts are known only when every window is written (statementOutcome).
 */
export function statementData(upload: { fileName: string; importedBy: { documentId?: string } | null }, statement: OpenedStatement) {
  const balance = statement.balances.find((b) => b.account === statement.account) ?? null;
  return {
    fileName: upload.fileName,
    format: statement.format,
    encoding: statement.encoding,
    account: statement.account,
    periodFrom: statement.periodFrom,
    periodTo: statement.periodTo,
    openingBalance: balance?.opening ?? null,
    closingBalance: balance?.closing ?? null,
    totalIncoming: formatKopecks(statement.tally.totalIncoming),
    totalOutgoing: formatKopecks(statement.tally.totalOutgoing),
    documentsCount: statement.tally.transactions,
    importedAt: new Date().toISOString(),
    importedBy: upload.importedBy?.documentId ?? null,
    state: 'processing',
  };
}

/** The statement's record once its payments are written. */
export function statementOutcome(summary: StatementSummary) {
  return {
    createdCount: summary.created,
    duplicatesCount: summary.duplicates,
    matchedCount: summary.matched,
    unmatchedCount: summary.unmatched,
    state: 'imported',
  };
}
