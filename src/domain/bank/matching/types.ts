import type { DecimalInput, Kopecks } from '../../money';
import type { LocalDate } from '../../time';
import type { CounterpartyLookup } from './counterparty-lookup';
import type { CounterpartyFoundBy } from './find-counterparty';

/** What matching reads of an invoice (the Strapi shell fills it from the invoice and its contract). */
export interface InvoiceForMatching {
  /** documentId */
  id: string;
  number: string;
  date: LocalDate | null;
  dueDate: LocalDate | null;
  /** ISO letters; blank is UAH (the schema's default). */
  currency: string | null;
  total: DecimalInput;
  paidAmount: DecimalInput;
  /** draft, issued, partially-paid, paid, overdue, cancelled */
  state: string;
  contractId: string | null;
  contractNumber: string | null;
}

export interface ContractForMatching {
  /** documentId */
  id: string;
  number: string;
}

/** What an invoice has been paid: as stored, or with this import's payments so far (allocation.ts). */
export interface InvoicePaidAmounts {
  paidKopecks(invoice: InvoiceForMatching): Kopecks;
}

/**
 * Everything matching needs, as plain data the shell loads once per statement: the counterparty lookup
 * (all counterparties), and the invoices and contracts of the counterparties the statement's payments
 * belong to (counterpartiesOfStatement), keyed by counterparty documentId. Invoices of every state may be
 * given: drafts and paid ones are matched only when the purpose names them, cancelled ones never.
 */
export interface MatchingContext {
  counterparties: CounterpartyLookup;
  invoicesByCounterparty: ReadonlyMap<string, readonly InvoiceForMatching[]>;
  /** Contracts that have no invoice yet are known only from here; others are also known through invoices. */
  contractsByCounterparty?: ReadonlyMap<string, readonly ContractForMatching[]>;
  /** The running paid amounts of this import; without it, invoices as stored. */
  ledger?: InvoicePaidAmounts;
  /** More prefixes an invoice number carries on its own in a purpose (see extractReferences). */
  invoicePrefixes?: readonly string[];
}

export type InvoiceFoundBy = 'number' | 'contract' | 'amount';

export interface PaymentMatch {
  counterpartyId: string | null;
  counterpartyBy: CounterpartyFoundBy | null;
  invoiceId: string | null;
  invoiceBy: InvoiceFoundBy | null;
  contractId: string | null;
  /** 'auto' when matching tied the payment to all it can be tied to; 'unmatched' when a person must. */
  matchStatus: 'auto' | 'unmatched';
  /** Why, in Ukrainian, for the accountant: 'ЄДРПОУ 32855961; рахунок СФ-0000123 у призначенні'. */
  reason: string;
}
