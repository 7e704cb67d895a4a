import { formatAmount } from '../../format';
import type { Kopecks } from '../../money';
import { UNPAID_STATES } from '../../workspace/invoices';
import { HOME_CURRENCY } from '../../workspace/money-totals';
import { totalKopecks, ZERO } from './amounts';
import { documentNumberKey, mentionsNumber, sameNumber } from './document-number';
import type { DocumentReference } from './invoice-references';
import type { ContractForMatching, InvoiceForMatching, InvoicePaidAmounts } from './types';

/**
 * Finding the invoice a payment pays among ONE counterparty's invoices: by a number the purpose names, by a
 * contract it names, or by its amount. Each search says what it found, or in a few Ukrainian words why not
 * (the accountant reads it on the unmatched payment).
 */
export type InvoiceSearch = { invoice: InvoiceForMatching; note?: undefined } | { invoice: null; note: string | null };

/** The payment as the searches need it. */
export interface PaymentToPlace {
  amount: Kopecks;
  currency: string;
  /** Running paid amounts (the import's ledger) or the stored ones. */
  paid: InvoicePaidAmounts;
}

/** Number keys, computed once per loaded document: one counterparty's invoices are looked at for each of its payments. */
const numberKeys = new WeakMap<{ number: string }, string>();
export function numberKeyOf(document: { number: string }): string {
  let key = numberKeys.get(document);
  if (key === undefined) {
    key = documentNumberKey(document.number);
    numberKeys.set(document, key);
  }
  return key;
}

const currencyOf = (invoice: InvoiceForMatching) => (invoice.currency || HOME_CURRENCY).toUpperCase();
const notFound = (note: string | null): InvoiceSearch => ({ invoice: null, note });

/** '6 000,00 грн', '150,00 USD': how reasons write money (plain spaces: a reason is plain text). */
export function describeAmount(amount: Kopecks, currency: string): string {
  return `${formatAmount(amount, { groupSeparator: ' ' })} ${currency === HOME_CURRENCY ? 'грн' : currency}`;
}

function outstanding(invoice: InvoiceForMatching, payment: PaymentToPlace): Kopecks {
  const rest = totalKopecks(invoice) - payment.paid.paidKopecks(invoice);
  return rest > ZERO ? rest : ZERO;
}

/** Waiting for money: issued, partly paid or overdue, with something still to pay. */
export function isOpen(invoice: InvoiceForMatching, payment: PaymentToPlace): boolean {
  return (UNPAID_STATES as readonly string[]).includes(invoice.state) && outstanding(invoice, payment) > ZERO;
}

/** Oldest first (by date, then number), so an older debt is paid before a newer one. */
function byAge(a: InvoiceForMatching, b: InvoiceForMatching): number {
  return (a.date ?? '9999').localeCompare(b.date ?? '9999') || a.number.localeCompare(b.number, 'uk');
}

/**
 * Among invoices whose number fits a named one: the single one in the payment's currency and not cancelled;
 * of several, the one of the date the purpose gives. Of several with the very same number (one per year),
 * else the single one still waiting for money (drafts count here: the purpose names them, so they reached
 * the customer). A bare number that several numbers end in ('123': СФ-0000123 and Р26-0000123) is not
 * decided by which one is open: it names neither for sure.
 */
function chooseNamed(candidates: readonly InvoiceForMatching[], ref: DocumentReference | null, payment: PaymentToPlace, fit: 'exact' | 'loose'): InvoiceSearch {
  const live = candidates.filter((invoice) => invoice.state !== 'cancelled');
  if (live.length === 0) return notFound(`рахунок ${candidates[0].number} скасовано`);
  const sameCurrency = live.filter((invoice) => currencyOf(invoice) === payment.currency);
  if (sameCurrency.length === 0) return notFound(`рахунок ${live[0].number} у ${currencyOf(live[0])}, а платіж у ${payment.currency}`);
  const dated = ref?.date ? sameCurrency.filter((invoice) => invoice.date === ref.date) : [];
  const pool = dated.length > 0 ? dated : sameCurrency;
  if (pool.length === 1) return { invoice: pool[0] };
  const waiting = pool.filter((invoice) => invoice.state === 'draft' || isOpen(invoice, payment));
  if (fit === 'exact' && waiting.length === 1) return { invoice: waiting[0] };
  return notFound(`номер ${ref?.text ?? pool[0].number} з призначення підходить до кількох рахунків`);
}

/** The invoice a number from the purpose names: an exact number first; a bare number ('123') only if nothing exact. */
export function invoiceByReference(ref: DocumentReference, invoices: readonly InvoiceForMatching[], payment: PaymentToPlace): InvoiceSearch {
  // a loop, not a map and two filters: this runs for every number of every payment's purpose
  const exact: InvoiceForMatching[] = [];
  const loose: InvoiceForMatching[] = [];
  for (const invoice of invoices) {
    const fit = sameNumber(ref.key, numberKeyOf(invoice));
    if (fit === 'exact') exact.push(invoice);
    else if (fit === 'loose') loose.push(invoice);
  }
  if (exact.length === 0 && loose.length === 0) return notFound(`рахунку ${ref.text} з призначення серед рахунків контрагента немає`);
  return exact.length > 0 ? chooseNamed(exact, ref, payment, 'exact') : chooseNamed(loose, ref, payment, 'loose');
}

/**
 * An invoice whose own number appears in the purpose without a word before it ('Оплата Р-1-0001 за папір'),
 * for numbers with letters and digits. Found only when one number of the counterparty's appears: a purpose
 * naming two invoices pays both, and a person splits it.
 */
export function invoiceMentioned(purposeTokens: readonly string[], invoices: readonly InvoiceForMatching[], payment: PaymentToPlace): InvoiceSearch {
  const mentioned = invoices.filter((invoice) => mentionsNumber(purposeTokens, numberKeyOf(invoice)));
  if (mentioned.length === 0) return notFound(null);
  const numbers = [...new Set(mentioned.map((invoice) => invoice.number))];
  if (new Set(mentioned.map(numberKeyOf)).size > 1) return notFound(`у призначенні кілька рахунків: ${numbers.join(', ')}`);
  return chooseNamed(mentioned, null, payment, 'exact');
}

/** The counterparty's contracts: those given, and those its invoices name. */
export function contractsOf(invoices: readonly InvoiceForMatching[], contracts: readonly ContractForMatching[] = []): ContractForMatching[] {
  const byId = new Map<string, ContractForMatching>(contracts.map((contract) => [contract.id, contract]));
  for (const invoice of invoices) {
    if (invoice.contractId && invoice.contractNumber && !byId.has(invoice.contractId)) byId.set(invoice.contractId, { id: invoice.contractId, number: invoice.contractNumber });
  }
  return [...byId.values()];
}

export type ContractSearch = { contract: ContractForMatching; note?: undefined } | { contract: null; note: string };

/** The contract a number from the purpose names, when exactly one of the counterparty's fits. */
export function contractByReference(ref: DocumentReference, contracts: readonly ContractForMatching[]): ContractSearch {
  const keyed = contracts.map((contract) => ({ contract, fit: sameNumber(ref.key, numberKeyOf(contract)) }));
  const exact = keyed.filter((k) => k.fit === 'exact');
  const candidates = exact.length > 0 ? exact : keyed.filter((k) => k.fit === 'loose');
  if (candidates.length === 1) return { contract: candidates[0].contract };
  if (candidates.length === 0) return { contract: null, note: `договору ${ref.text} з призначення серед договорів контрагента немає` };
  return { contract: null, note: `номер ${ref.text} з призначення підходить до кількох договорів` };
}

/** Under a contract: its only open invoice, else the oldest open one that the payment does not overpay. */
export function invoiceUnderContract(contract: ContractForMatching, invoices: readonly InvoiceForMatching[], payment: PaymentToPlace): InvoiceSearch {
  const open = invoices
    .filter((invoice) => invoice.contractId === contract.id && currencyOf(invoice) === payment.currency && isOpen(invoice, payment))
    .sort(byAge);
  if (open.length === 1) return { invoice: open[0] };
  const covering = open.find((invoice) => outstanding(invoice, payment) >= payment.amount);
  if (covering) return { invoice: covering };
  return notFound(
    open.length === 0
      ? `за договором ${contract.number} немає відкритих рахунків у ${payment.currency}`
      : `за договором ${contract.number} немає відкритого рахунку на ${describeAmount(payment.amount, payment.currency)}`,
  );
}

/** The single open invoice waiting for exactly this amount. */
export function invoiceByAmount(invoices: readonly InvoiceForMatching[], payment: PaymentToPlace): InvoiceSearch {
  const exact = invoices.filter(
    (invoice) => currencyOf(invoice) === payment.currency && isOpen(invoice, payment) && outstanding(invoice, payment) === payment.amount,
  );
  if (exact.length === 1) return { invoice: exact[0] };
  const amount = describeAmount(payment.amount, payment.currency);
  return notFound(exact.length === 0 ? `відкритого рахунку на ${amount} немає` : `кілька відкритих рахунків на ${amount}`);
}
