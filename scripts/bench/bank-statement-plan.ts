import { makeEdrpou, makeUaIban, normalizeIban } from '../../src/domain/identifiers';
import { counterpartyNameKey } from '../../src/domain/bank/matching';
import { Kopecks } from '../../src/domain/money';
import { addDays, daysBetween, LocalDate } from '../../src/domain/time';
import { Rng } from '../../src/seed/random';
import type { BenchData, KnownCounterparty, OpenInvoice } from './bank-bench-data';
import { clientPurpose, invoicePurpose, outgoingPurpose, taxPurpose, vatShare } from './bank-statement-purposes';

/**
 * The documents of a benchmark statement, planned against the counterparties and open invoices in the
 * database: ~70% incoming payments naming an open invoice (in full or in parts), ~10% incoming from known
 * clients naming none (some paying one open invoice's exact outstanding amount), ~5% from payers nobody knows,
 * ~15% outgoing (mostly to known suppliers, some to the treasury). It also says how many payments matching must
 * tie to an invoice, so the benchmark can tell a fast import from a wrong one.
 */
export interface StatementParty {
  name: string;
  code: string | null;
  iban: string | null;
}

export interface StatementDocument {
  date: LocalDate;
  amount: Kopecks;
  direction: 'incoming' | 'outgoing';
  other: StatementParty;
  purpose: string;
  /** file order within a day: a bank lists a day's documents in no order matching cares about */
  order: number;
}

export type DocumentKind = 'names an invoice' | 'pays an exact amount' | 'known payer, no invoice' | 'unknown payer' | 'outgoing';

export interface StatementPlan {
  documents: StatementDocument[];
  from: LocalDate;
  to: LocalDate;
  counts: Record<DocumentKind, number>;
  /** distinct open invoices the statement's payments name */
  invoicesNamed: number;
  /** of those, the ones the named payments pay in full */
  invoicesPaidInFull: number;
  /** payments that must be matched to an invoice: those naming one, and those paying a unique exact amount */
  expectedMatched: number;
}

export interface PlanOptions {
  documents: number;
  seed: string;
  today: LocalDate;
  /** the statement's period ends today and is this many days long */
  periodDays: number;
}

const SHARES = { invoice: 0.7, knownPayer: 0.1, unknownPayer: 0.05 };
/** Of the known payers naming no invoice, this share pays an open invoice's exact outstanding amount. */
const EXACT_AMOUNT_SHARE = 0.3;
/** At most this share of the open invoices is kept aside to be paid by amount alone (the rest are named). */
const EXACT_AMOUNT_INVOICES = 0.2;
const FULLY_PAID_SHARE = 0.6;
const OUTGOING_TO_SUPPLIERS = 0.8;
const BANK_MFOS = ['305299', '380805', '322001', '300465', '351005', '320649', '300528', '325365'];
const UNKNOWN_NAME_STEMS = ['Полісся Агроінвест', 'Дніпро Логістик Груп', 'Карпатська Деревина', 'Слобожанський Млин', 'Приазов Трейдинг', 'Волинь Енергосервіс'];
const TREASURY = 'ГУК у м.Києві/Печерський р-н';

const ZERO = BigInt(0);
const kopecks = (n: number) => BigInt(Math.round(n));

export function planStatement(data: BenchData, options: PlanOptions): StatementPlan {
  const rng = new Rng(`bank-bench:${options.seed}`);
  const to = options.today;
  const from = addDays(to, -(options.periodDays - 1));
  const payers = data.counterparties.filter((c) => c.code !== null || c.ibans.length > 0);
  const byId = new Map(payers.map((c) => [c.id, c]));
  // an invoice can be named only when matching can find its payer by code or IBAN
  const open = data.openInvoices.filter((invoice) => byId.has(invoice.counterpartyId));
  if (open.length === 0) throw new Error('the database has no open invoices of counterparties with a code or IBAN: nothing for the statement to pay');

  const wanted = shares(options.documents);
  const documents: StatementDocument[] = [];
  const counts: Record<DocumentKind, number> = { 'names an invoice': 0, 'pays an exact amount': 0, 'known payer, no invoice': 0, 'unknown payer': 0, outgoing: 0 };
  const add = (kind: DocumentKind, document: Omit<StatementDocument, 'order'>) => {
    documents.push({ ...document, order: rng.float() });
    counts[kind] += 1;
  };
  const dateFrom = (earliest: LocalDate) => {
    const start = earliest > from ? (earliest > to ? to : earliest) : from;
    return addDays(start, rng.int(0, daysBetween(start, to)));
  };
  const payerParty = (c: KnownCounterparty): StatementParty => ({ name: c.name, code: c.code, iban: c.ibans[0] ?? null });

  const byAmount = exactAmountInvoices(rng, open, Math.min(Math.round(wanted.knownPayer * EXACT_AMOUNT_SHARE), Math.floor(open.length * EXACT_AMOUNT_INVOICES)));
  const reserved = new Set(byAmount);
  const named = rng.shuffle(open.filter((invoice) => !reserved.has(invoice)));

  let invoicesPaidInFull = 0;
  const perInvoice = Math.floor(wanted.invoice / named.length);
  const extra = wanted.invoice % named.length;
  named.forEach((invoice, i) => {
    const payments = perInvoice + (i < extra ? 1 : 0);
    if (payments === 0) return;
    const full = rng.chance(FULLY_PAID_SHARE);
    if (full) invoicesPaidInFull += 1;
    const target = full ? invoice.outstanding : maxOf(BigInt(payments), (invoice.outstanding * BigInt(rng.int(30, 90))) / BigInt(100));
    for (const amount of split(rng, target, payments)) {
      const vat = vatShare(amount, invoice.total, invoice.totalVat);
      const payer = byId.get(invoice.counterpartyId)!;
      add('names an invoice', { date: dateFrom(invoice.date), amount, direction: 'incoming', other: payerParty(payer), purpose: invoicePurpose(rng, invoice, vat, payments > 1 || !full) });
    }
  });

  for (const invoice of byAmount) {
    const vat = vatShare(invoice.outstanding, invoice.total, invoice.totalVat);
    add('pays an exact amount', { date: dateFrom(invoice.date), amount: invoice.outstanding, direction: 'incoming', other: payerParty(byId.get(invoice.counterpartyId)!), purpose: clientPurpose(rng, vat) });
  }

  const outstandingOf = outstandingByCounterparty(open);
  for (let n = byAmount.length; n < wanted.knownPayer; n += 1) {
    const payer = rng.pick(payers);
    const amount = roundAmount(rng, outstandingOf.get(payer.id));
    add('known payer, no invoice', { date: dateFrom(from), amount, direction: 'incoming', other: payerParty(payer), purpose: clientPurpose(rng, vatShare(amount, BigInt(6), BigInt(1))) });
  }

  const strangers = new Strangers(rng, data.counterparties);
  for (let n = 0; n < wanted.unknownPayer; n += 1) {
    const amount = roundAmount(rng);
    add('unknown payer', { date: dateFrom(from), amount, direction: 'incoming', other: strangers.next(), purpose: clientPurpose(rng, vatShare(amount, BigInt(6), BigInt(1))) });
  }

  const suppliers = payers.filter((c) => c.kind === 'supplier');
  const payees = suppliers.length > 0 ? suppliers : payers;
  const treasury = strangers.named(TREASURY);
  for (let n = 0; n < wanted.outgoing; n += 1) {
    const date = dateFrom(from);
    const amount = roundAmount(rng);
    if (rng.chance(OUTGOING_TO_SUPPLIERS)) {
      add('outgoing', { date, amount, direction: 'outgoing', other: payerParty(rng.pick(payees)), purpose: outgoingPurpose(rng, date, vatShare(amount, BigInt(6), BigInt(1))) });
    } else {
      add('outgoing', { date, amount, direction: 'outgoing', other: treasury, purpose: taxPurpose(rng, date) });
    }
  }

  documents.sort((a, b) => a.date.localeCompare(b.date) || a.order - b.order);
  return {
    documents,
    from,
    to,
    counts,
    invoicesNamed: Math.min(named.length, wanted.invoice),
    invoicesPaidInFull,
    expectedMatched: counts['names an invoice'] + counts['pays an exact amount'],
  };
}

function shares(total: number) {
  const invoice = Math.round(total * SHARES.invoice);
  const knownPayer = Math.round(total * SHARES.knownPayer);
  const unknownPayer = Math.round(total * SHARES.unknownPayer);
  return { invoice, knownPayer, unknownPayer, outgoing: total - invoice - knownPayer - unknownPayer };
}

/**
 * Open invoices to be paid by their exact outstanding amount alone: only one whose amount no other open
 * invoice of its counterparty also waits for (else matching rightly refuses to choose).
 */
function exactAmountInvoices(rng: Rng, open: readonly OpenInvoice[], count: number): OpenInvoice[] {
  const amounts = new Map<string, number>();
  const keyOf = (invoice: OpenInvoice) => `${invoice.counterpartyId}:${invoice.outstanding}`;
  for (const invoice of open) amounts.set(keyOf(invoice), (amounts.get(keyOf(invoice)) ?? 0) + 1);
  return rng.shuffle(open.filter((invoice) => amounts.get(keyOf(invoice)) === 1)).slice(0, Math.max(0, count));
}

function outstandingByCounterparty(open: readonly OpenInvoice[]): Map<number, Set<Kopecks>> {
  const map = new Map<number, Set<Kopecks>>();
  for (const invoice of open) {
    const set = map.get(invoice.counterpartyId) ?? new Set<Kopecks>();
    set.add(invoice.outstanding);
    map.set(invoice.counterpartyId, set);
  }
  return map;
}

/** `target` kopecks in `parts` payments of at least a kopeck each, of random sizes. */
function split(rng: Rng, target: Kopecks, parts: number): Kopecks[] {
  if (parts === 1) return [target];
  const weights = Array.from({ length: parts }, () => BigInt(rng.int(1, 100)));
  const sum = weights.reduce((a, b) => a + b, ZERO);
  const spread = target - BigInt(parts);
  const amounts = weights.map((weight) => BigInt(1) + (spread * weight) / sum);
  amounts[parts - 1] += target - amounts.reduce((a, b) => a + b, ZERO);
  return amounts;
}

/**
 * A round amount (whole hryvnias, mostly hundreds), as advances and supplier payments are — never the
 * outstanding amount of one of the payer's open invoices, so that it matches none by chance.
 */
function roundAmount(rng: Rng, avoid?: ReadonlySet<Kopecks>): Kopecks {
  for (;;) {
    const hryvnias = rng.chance(0.7) ? rng.int(5, 500) * 100 : rng.int(150, 90_000);
    const amount = kopecks(hryvnias * 100);
    if (!avoid?.has(amount)) return amount;
  }
}

const maxOf = (a: Kopecks, b: Kopecks) => (a > b ? a : b);

/** Payers and payees no counterparty in the database has the code, IBAN or name of. */
class Strangers {
  private readonly codes: Set<string>;
  private readonly ibans: Set<string>;
  private readonly names: Set<string>;
  private serial = 0;

  constructor(private readonly rng: Rng, known: readonly KnownCounterparty[]) {
    this.codes = new Set(known.map((c) => c.code).filter((code): code is string => code !== null));
    this.ibans = new Set(known.flatMap((c) => c.ibans.map(normalizeIban)));
    this.names = new Set(known.map((c) => counterpartyNameKey(c.name)).filter((key): key is string => key !== null));
  }

  next(): StatementParty {
    this.serial += 1;
    return this.named(`ТОВ «${this.rng.pick(UNKNOWN_NAME_STEMS)} ${this.serial}»`);
  }

  named(name: string): StatementParty {
    let code: string;
    do code = makeEdrpou(String(this.rng.int(1_000_000, 2_999_999)));
    while (this.codes.has(code));
    let iban: string;
    do iban = makeUaIban(this.rng.pick(BANK_MFOS), `26${this.rng.digits(12)}`);
    while (this.ibans.has(iban));
    this.codes.add(code);
    this.ibans.add(iban);
    if (this.names.has(counterpartyNameKey(name) ?? '')) throw new Error(`the unknown payer's name «${name}» is a known counterparty's: pick other stems`);
    return { name, code, iban };
  }
}
