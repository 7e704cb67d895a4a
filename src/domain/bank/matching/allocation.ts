import { invoiceStateOfKopecks, InvoiceState } from '../../invoices/payment-state';
import { formatKopecks, Kopecks } from '../../money';
import type { LocalDate } from '../../time';
import { storedPaidKopecks, totalKopecks, ZERO } from './amounts';
import type { InvoiceForMatching, InvoicePaidAmounts } from './types';

/** One payment applied to its invoice. Amounts are decimal strings. */
export interface PaymentAllocation {
  invoiceId: string;
  amount: string;
  paidBefore: string;
  paidAfter: string;
  /** The invoice's state after this payment. */
  state: InvoiceState;
  /** The part of this payment beyond what the invoice still waited for; null when it fit. */
  overpaid: string | null;
}

/** What the shell writes to an invoice after the import: its paid amount and state, and any overpayment. */
export interface InvoicePaymentUpdate {
  invoiceId: string;
  paidAmount: string;
  state: InvoiceState;
  /** paidAmount − total when more than the total was paid, else null: the accountant returns or moves it. */
  overpaid: string | null;
}

const above = (amount: Kopecks, limit: Kopecks): Kopecks => (amount > limit ? amount - limit : ZERO);

/** What the ledger keeps of an invoice it has seen paid: enough for its state, not the whole loaded invoice. */
interface PaidInvoice {
  id: string;
  total: Kopecks;
  state: string;
  dueDate: LocalDate | null;
}

/**
 * The paid amounts of invoices while one statement is imported. Each payment matched to an invoice adds to a
 * running amount, so two payments of one file on one invoice make it partly paid and then paid, and the
 * second payment is matched against what the first left (not against the stored amount). An overpayment is
 * recorded in full: the invoice is paid, and the excess is reported per payment and per invoice.
 */
export class InvoiceLedger implements InvoicePaidAmounts {
  private readonly paid = new Map<string, Kopecks>();
  /**
   * The invoices payments went to, in the order they first got one. A ledger may outlive the invoices it was
   * given (a statement matched a window at a time loads each window's): it keeps only what it needs of them.
   */
  private readonly invoices = new Map<string, PaidInvoice>();

  paidKopecks(invoice: InvoiceForMatching): Kopecks {
    return this.paid.get(invoice.id) ?? storedPaidKopecks(invoice);
  }

  outstandingKopecks(invoice: InvoiceForMatching): Kopecks {
    return above(totalKopecks(invoice), this.paidKopecks(invoice));
  }

  apply(invoice: InvoiceForMatching, amount: Kopecks, today: LocalDate): PaymentAllocation {
    if (amount <= ZERO) throw new RangeError(`InvoiceLedger.apply: amount ${formatKopecks(amount)} is not positive`);
    const total = totalKopecks(invoice);
    const before = this.paidKopecks(invoice);
    const after = before + amount;
    this.paid.set(invoice.id, after);
    let kept = this.invoices.get(invoice.id);
    if (!kept) {
      kept = { id: invoice.id, total, state: invoice.state, dueDate: invoice.dueDate };
      this.invoices.set(invoice.id, kept);
    }
    const overpaid = above(after, total) - above(before, total);
    return {
      invoiceId: invoice.id,
      amount: formatKopecks(amount),
      paidBefore: formatKopecks(before),
      paidAfter: formatKopecks(after),
      state: this.stateOf(kept, after, today),
      overpaid: overpaid > ZERO ? formatKopecks(overpaid) : null,
    };
  }

  /**
   * Every invoice that received money in this import, in the order they first did (or those of them in
   * `only`, in its order), with its new paid amount and state.
   */
  updates(today: LocalDate, only?: ReadonlySet<string>): InvoicePaymentUpdate[] {
    // `only` is looked up, not the whole ledger filtered: an import asks for each window's few invoices
    const invoices = only ? [...only].flatMap((id) => this.invoices.get(id) ?? []) : [...this.invoices.values()];
    return invoices.map((invoice) => {
      // every invoice kept here has received money: its running amount is in `paid`
      const paid = this.paid.get(invoice.id) as Kopecks;
      const overpaid = above(paid, invoice.total);
      return {
        invoiceId: invoice.id,
        paidAmount: formatKopecks(paid),
        state: this.stateOf(invoice, paid, today),
        overpaid: overpaid > ZERO ? formatKopecks(overpaid) : null,
      };
    });
  }

  private stateOf(invoice: PaidInvoice, paid: Kopecks, today: LocalDate): InvoiceState {
    return invoiceStateOfKopecks({ state: invoice.state, total: invoice.total, paid, dueDate: invoice.dueDate }, today);
  }
}
