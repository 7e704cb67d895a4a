import type { PreviewRow } from '../domain/bank/import-result';
import type { StatementTransaction } from '../domain/bank/statement';
import type { WindowPlan } from './statement-matcher';

/** The first transactions of a statement as the preview shows them, taken from the windows as they are matched. */
export class PreviewRows {
  readonly rows: PreviewRow[] = [];

  constructor(private readonly limit: number) {}

  get full(): boolean {
    return this.rows.length >= this.limit;
  }

  add(transactions: readonly StatementTransaction[], { plan, loaded }: WindowPlan): void {
    if (this.full) return;
    const planned = new Map(plan.payments.map((p) => [p.transaction, p]));
    const invoiceNumbers = new Map<string, string>();
    for (const list of loaded.context.invoicesByCounterparty.values()) for (const invoice of list) invoiceNumbers.set(invoice.id, invoice.number);
    for (const t of transactions.slice(0, this.limit - this.rows.length)) {
      const payment = planned.get(t);
      const other = t.direction === 'incoming' ? t.payer : t.payee;
      this.rows.push({
        line: t.line,
        date: t.date,
        number: t.number,
        direction: t.direction,
        amount: t.amount,
        currency: t.currency,
        otherParty: other.name,
        purpose: t.purpose,
        duplicate: !payment,
        counterparty: payment?.match.counterpartyId ? loaded.counterpartyNames.get(payment.match.counterpartyId) ?? null : null,
        invoice: payment?.match.invoiceId ? invoiceNumbers.get(payment.match.invoiceId) ?? null : null,
        reason: payment?.match.reason ?? null,
      });
    }
  }
}
