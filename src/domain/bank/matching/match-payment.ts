import { Kopecks, toKopecks } from '../../money';
import { otherSide } from '../other-side';
import type { StatementParty, StatementTransaction } from '../statement';
import { STORED_PAID_AMOUNTS } from './amounts';
import { numberTokens, sameNumber } from './document-number';
import { CounterpartyFound, findCounterparty, PartyCandidates, partyCandidates } from './find-counterparty';
import {
  contractByReference,
  contractsOf,
  describeAmount,
  invoiceByAmount,
  invoiceByReference,
  invoiceMentioned,
  invoiceUnderContract,
  numberKeyOf,
  PaymentToPlace,
} from './find-invoice';
import { DocumentReference, extractReferences } from './invoice-references';
import { paymentMatch } from './payment-match';
import type { InvoiceFoundBy, InvoiceForMatching, MatchingContext, PaymentMatch } from './types';

/**
 * Which counterparty, invoice and contract a bank payment belongs to, and why — in this order:
 * 1. the counterparty: by the other side's ЄДРПОУ / РНОКПП, IBAN, or name (find-counterparty.ts). Without
 *    one nothing else is tried: a payment never goes to an invoice of a counterparty that did not pay it;
 * 2. an invoice the purpose names by number, among THAT counterparty's invoices only (a number of another
 *    counterparty's invoice finds nothing), in the payment's currency;
 * 3. an invoice under a contract the purpose names: the only open one, else the oldest open one the payment
 *    does not overpay. Once the contract is known the search stays within it;
 * 4. the single open invoice of the counterparty waiting for exactly this amount, in this currency — unless
 *    the purpose named an invoice that could not be found: then a person looks, rather than the payment
 *    landing on another invoice that merely has the same amount.
 * A purpose naming two of the counterparty's invoices pays both: it stays unmatched for a person to split.
 *
 * Incoming payments are 'auto' when an invoice was found, else 'unmatched' (with the counterparty and the
 * contract when known) for the accountant's list.
 * Outgoing payments pay suppliers, and Vitrylo's invoices are sales invoices, so an outgoing payment is never
 * matched to an invoice: it is 'auto' when its payee was found (there is nothing more to tie it to), and
 * 'unmatched' when not (a person says who was paid).
 */

function codeName(code: string): string {
  if (code.length === 8) return 'ЄДРПОУ';
  if (code.length === 10) return 'РНОКПП';
  return 'код';
}

function describeCounterparty(found: CounterpartyFound, party: StatementParty): string {
  if (found.by === 'code') return `${codeName(found.key)} ${found.key}`;
  if (found.by === 'iban') return `IBAN ${found.key}`;
  return `назва «${(party.name ?? '').trim()}»`;
}

function whyNoCounterparty(incoming: boolean, candidates: PartyCandidates, party: StatementParty): string {
  const reasons = [incoming ? 'платника не знайдено' : 'отримувача не знайдено'];
  if (candidates.code.ids.length > 1) reasons.push(`${codeName(candidates.code.key ?? '')} ${candidates.code.key} у кількох контрагентів`);
  if (candidates.iban.ids.length > 1) reasons.push(`IBAN ${candidates.iban.key} у кількох контрагентів`);
  if (candidates.name.ids.length > 1) reasons.push(`назва «${(party.name ?? '').trim()}» у кількох контрагентів`);
  return reasons.join('; ');
}

interface NamedInvoice {
  invoice: InvoiceForMatching | null;
  /** Whether the purpose names any invoice of the counterparty's or any invoice number at all. */
  named: boolean;
  notes: string[];
}

/** The invoice the purpose names: by the numbers after a document word, else by an invoice number it mentions. */
function invoiceNamed(refs: readonly DocumentReference[], purpose: string, invoices: readonly InvoiceForMatching[], payment: PaymentToPlace): NamedInvoice {
  const notes: string[] = [];
  const found = new Map<string, InvoiceForMatching>();
  for (const ref of refs) {
    const search = invoiceByReference(ref, invoices, payment);
    if (search.invoice) found.set(search.invoice.id, search.invoice);
    else if (search.note) notes.push(search.note);
  }
  if (found.size === 1) return { invoice: [...found.values()][0], named: true, notes: [] };
  if (found.size > 1) return { invoice: null, named: true, notes: [`у призначенні кілька рахунків: ${[...found.values()].map((i) => i.number).join(', ')}`] };

  // Invoices a reference already fit were judged above: mentioning them again adds nothing.
  const unjudged = invoices.filter((invoice) => !refs.some((ref) => sameNumber(ref.key, numberKeyOf(invoice))));
  const mentioned = invoiceMentioned(numberTokens(purpose), unjudged, payment);
  if (mentioned.invoice) return { invoice: mentioned.invoice, named: true, notes: [] };
  if (mentioned.note) notes.push(mentioned.note);
  return { invoice: null, named: refs.length > 0 || mentioned.note !== null, notes };
}

export function matchPayment(tx: StatementTransaction, context: MatchingContext): PaymentMatch {
  const incoming = tx.direction === 'incoming';
  const party = otherSide(tx);
  const found = findCounterparty(party, context.counterparties);
  if (!found) {
    const reason = whyNoCounterparty(incoming, partyCandidates(party, context.counterparties), party);
    return paymentMatch(null, null, null, 'unmatched', reason);
  }

  const reasons = [describeCounterparty(found, party)];
  const counterparty = { counterpartyId: found.counterpartyId, counterpartyBy: found.by };
  const unmatched = (notes: ReadonlyArray<string | null>, contractId: string | null = null): PaymentMatch =>
    paymentMatch(counterparty, null, contractId, 'unmatched', [...reasons, ...notes.filter((note): note is string => Boolean(note))].join('; '));
  const matched = (invoice: InvoiceForMatching, by: InvoiceFoundBy, how: string, contractId = invoice.contractId): PaymentMatch =>
    paymentMatch(counterparty, { invoiceId: invoice.id, invoiceBy: by }, contractId, 'auto', [...reasons, how].join('; '));
  if (!incoming) {
    const reason = [...reasons, 'вихідний платіж: з рахунками продажу не зіставляється'].join('; ');
    return paymentMatch(counterparty, null, null, 'auto', reason);
  }

  const invoices = context.invoicesByCounterparty.get(found.counterpartyId) ?? [];
  const amount: Kopecks = toKopecks(tx.amount, 'amount');
  const payment: PaymentToPlace = { amount, currency: tx.currency.trim().toUpperCase(), paid: context.ledger ?? STORED_PAID_AMOUNTS };
  const refs = extractReferences(tx.purpose, { invoicePrefixes: context.invoicePrefixes });

  const named = invoiceNamed(refs.invoices, tx.purpose, invoices, payment);
  if (named.invoice) return matched(named.invoice, 'number', `рахунок ${named.invoice.number} у призначенні`);
  const notes = [...named.notes];

  const contracts = contractsOf(invoices, context.contractsByCounterparty?.get(found.counterpartyId));
  for (const ref of refs.contracts) {
    const contract = contractByReference(ref, contracts);
    if (!contract.contract) {
      notes.push(contract.note);
      continue;
    }
    const under = invoiceUnderContract(contract.contract, invoices, payment);
    if (under.invoice) return matched(under.invoice, 'contract', `договір ${contract.contract.number} у призначенні, рахунок ${under.invoice.number}`, contract.contract.id);
    return unmatched([...notes, under.note], contract.contract.id);
  }

  if (named.named) return unmatched(notes);
  const byAmount = invoiceByAmount(invoices, payment);
  if (byAmount.invoice) return matched(byAmount.invoice, 'amount', `єдиний відкритий рахунок ${byAmount.invoice.number} на ${describeAmount(amount, payment.currency)}`);
  return unmatched([...notes, byAmount.note]);
}
