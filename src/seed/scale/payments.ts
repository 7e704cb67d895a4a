import { formatLocalDate } from '../../domain/format';
import { formatKopecks } from '../../domain/money';
import { addDays, daysBetween } from '../../domain/time';
import { OUR_COMPANY } from '../demo-company';
import type { Rng } from '../random';
import { bankAmount } from '../text';
import type { CounterpartyDraft } from './counterparties';
import { DocumentIds } from './document-id';

/**
 * The incoming payments of one invoice, as the bank import would have stored them after matching: the
 * payer's requisites from the counterparty, ours as payee, a purpose naming the invoice, amounts in kopecks
 * that add up to the invoice's paid amount exactly.
 */
export interface PaymentDraft {
  documentId: string;
  fields: Record<string, unknown>;
}

/** The payer's requisites, from the invoice's counterparty. */
export interface Payer {
  name: string;
  code: string;
  iban: string;
}

export function payerOf(cp: CounterpartyDraft): Payer {
  return { name: cp.fields.name as string, code: (cp.fields.edrpou ?? cp.fields.rnokpp) as string, iban: cp.bankAccounts[0].iban as string };
}

/** What a payment needs to know of its invoice. */
export interface PaidInvoice {
  index: number;
  number: string;
  date: string;
  dueDate: string;
  state: string;
  totalK: number;
  vatK: number;
  paidK: number;
}

/** Payment documentIds are numbered invoice × 2 + slot: an invoice is paid in at most two parts. */
export const PAYMENT_SLOTS = 2;
/** An invoice over 20 000 UAH is now and then paid in two halves. */
const SPLIT_FROM_KOPECKS = 2_000_000;

export class PaymentPlanner {
  readonly ids: DocumentIds;

  constructor(seed: string, private readonly today: string) {
    this.ids = new DocumentIds(seed, 'payment');
  }

  /** The payments of an invoice (none while nothing is paid). */
  of(invoice: PaidInvoice, payer: Payer, rng: Rng): PaymentDraft[] {
    if (invoice.paidK <= 0) return [];
    const half = Math.round(invoice.paidK / 2);
    const parts = invoice.state === 'paid' && invoice.totalK > SPLIT_FROM_KOPECKS && rng.chance(0.15) ? [half, invoice.paidK - half] : [invoice.paidK];
    const partial = parts.length > 1 || invoice.paidK < invoice.totalK;
    // A paid invoice was paid by its due date or soon after; a partly paid one any time until today.
    const latest = invoice.state === 'paid' && invoice.dueDate < this.today ? addDays(invoice.dueDate, 10) : this.today;
    let date = invoice.date;
    return parts.map((amountK, slot) => {
      date = addDays(date, rng.int(0, Math.max(0, Math.min(daysBetween(date, latest), 12))));
      if (date > this.today) date = this.today;
      const documentId = this.ids.of(invoice.index * PAYMENT_SLOTS + slot);
      return {
        documentId,
        fields: {
          date,
          amount: formatKopecks(amountK),
          currency: 'UAH',
          direction: 'incoming',
          payerName: payer.name,
          payerCode: payer.code,
          payerIban: payer.iban,
          payeeName: OUR_COMPANY.name,
          payeeCode: OUR_COMPANY.edrpou,
          payeeIban: OUR_COMPANY.accounts[rng.chance(0.8) ? 0 : 1].iban,
          purpose: purpose(invoice, invoice.totalK > 0 ? Math.round((invoice.vatK * amountK) / invoice.totalK) : 0, partial),
          bankDocNumber: String(rng.int(100, 99_999)),
          bankDocDate: date,
          matchStatus: rng.chance(0.85) ? 'auto' : 'manual',
          // Unique like a bank import's key, and apart from it: the documentId is already unique.
          dedupeKey: `scale:${documentId}`,
        },
      };
    });
  }
}

function purpose(invoice: PaidInvoice, vatK: number, partial: boolean): string {
  const head = partial ? 'Часткова оплата за рахунком' : 'Оплата за рахунком';
  const vat = vatK > 0 ? `у т.ч. ПДВ ${bankAmount(vatK)} грн` : 'без ПДВ';
  return `${head} № ${invoice.number} від ${formatLocalDate(invoice.date)}, ${vat}`;
}
