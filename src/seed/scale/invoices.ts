import * as catalog from '../catalog';
import { formatDecimalOfKind, formatKopecks, toKopecks } from '../../domain/money';
import { addDays, daysBetween } from '../../domain/time';
import { invoiceNumberKey } from '../../domain/unique-codes';
import type { Rng } from '../random';
import { pad } from '../text';
import type { CounterpartyTable } from './activity';
import type { CounterpartyGenerator } from './counterparties';
import { DayClock } from './days';
import { DocumentIds } from './document-id';
import { Payer, payerOf, PaymentDraft, PaymentPlanner } from './payments';
import { PRODUCTS_BY_LINE } from './products';
import { rowRng, streamSeed } from './row-random';
import type { ScaleWorld } from './world';

/**
 * Invoice number k with its lines and payments, as the Document Service stores them: line amounts and
 * totals as the core's computeDocumentTotals makes them from the lines (exact, in kopecks; the unit test
 * holds them to it), decimals as their stored text, the hidden per-year number key filled, and a state the
 * daily overdue job would leave as it is.
 */
export interface LineDraft {
  /** Product row id (null when the catalog product is not in the database). */
  product: number | null;
  fields: Record<string, unknown>;
}

export interface InvoiceDraft {
  index: number;
  documentId: string;
  counterparty: number;
  fields: Record<string, unknown>;
  links: { author: number };
  lines: LineDraft[];
  payments: PaymentDraft[];
}

/** Invoices of the last three years; one in eight from the last three weeks, so there are open ones to work on. */
export const INVOICE_HISTORY_DAYS = 3 * 365;
const RECENT_SHARE = 0.12;
const CLIENTS = new Set(['client'] as const);
const LINE_COUNTS: Array<[number, number]> = [[1, 30], [2, 30], [3, 20], [4, 12], [5, 8]];
const PAYMENT_TERMS = [3, 5, 5, 7, 10, 14];
const CANCEL_NOTES = ['Клієнт відмовився від замовлення.', 'Перевиставлено з іншою конфігурацією.'];
/** Payers remembered (busy clients are invoiced again and again): generating a counterparty costs more than its invoice. */
const PAYER_CACHE = 20_000;
/** Catalog prices (UAH without VAT) in kopecks, parsed exactly once. */
const PRICE_KOPECKS = new Map(catalog.PRODUCTS.map((p) => [p.code, Number(toKopecks(p.price))]));

type State = 'draft' | 'issued' | 'partially-paid' | 'paid' | 'overdue' | 'cancelled';

/**
 * a / d rounded half up, for whole a ≥ 0: the core's divRound (half away from zero) on amounts that are never
 * negative. Line amounts are computed as evaluateLine does, in safe integers rather than the core's bigints
 * parsed from text (several times slower): quantity ≤ 10^6 thousandths × price ≤ 10^8 kopecks stays below 2^53.
 */
function divRound(a: number, d: number): number {
  const rest = a % d;
  return (a - rest) / d + (2 * rest >= d ? 1 : 0);
}

export class InvoiceGenerator {
  readonly ids: DocumentIds;
  readonly payments: PaymentPlanner;
  private readonly stream: number;
  private readonly days: DayClock;
  private readonly payers = new Map<number, Payer>();

  constructor(
    private readonly world: ScaleWorld,
    private readonly counterparties: CounterpartyGenerator,
    private readonly table: CounterpartyTable,
  ) {
    this.ids = new DocumentIds(world.seed, 'invoice');
    this.stream = streamSeed(world.seed, 'invoice');
    this.days = new DayClock(world.now, world.timeZone);
    this.payments = new PaymentPlanner(world.seed, this.days.today);
  }

  generate(index: number): InvoiceDraft {
    const rng = rowRng(this.stream, index);
    const today = this.days.today;
    const cp = this.table.pickOf(rng, CLIENTS) ?? this.table.pick(rng.float());
    const traits = this.table.traits(cp);
    const author = this.world.salesTeams[traits.team].managers[traits.manager].employeeId;

    const date = this.days.workday(-(rng.chance(RECENT_SHARE) ? rng.int(0, 20) : rng.int(0, INVOICE_HISTORY_DAYS))).date;
    const dueDate = addDays(date, rng.pick(PAYMENT_TERMS));
    const lines = this.lines(rng, traits.mainLine);
    const netK = lines.reduce((s, l) => s + l.netK, 0);
    const vatK = lines.reduce((s, l) => s + l.vatK, 0);
    const totalK = netK + vatK;
    const state = stateOf(rng, date, dueDate, today);
    const partlyPaid = state === 'partially-paid' || (state === 'overdue' && rng.chance(0.3));
    const paidK = state === 'paid' ? totalK : partlyPaid && totalK > 1 ? Math.min(totalK - 1, Math.max(1, Math.round(totalK * rng.real(0.3, 0.7)))) : 0;

    const number = `Р${date.slice(2, 4)}-${pad(index + 1, 7)}`;
    const invoice = { index, number, date, dueDate, state, totalK, vatK, paidK };
    return {
      index,
      documentId: this.ids.of(index),
      counterparty: cp,
      fields: {
        number,
        date,
        numberKey: invoiceNumberKey(number, date),
        currency: 'UAH',
        totalNet: formatKopecks(netK),
        totalVat: formatKopecks(vatK),
        total: formatKopecks(totalK),
        dueDate,
        paidAmount: formatKopecks(paidK),
        state,
        note: state === 'cancelled' ? rng.pick(CANCEL_NOTES) : null,
      },
      links: { author },
      lines: lines.map(({ product, fields }) => ({ product, fields })),
      payments: paidK > 0 ? this.payments.of(invoice, this.payer(cp), rng) : [],
    };
  }

  private payer(cp: number): Payer {
    let found = this.payers.get(cp);
    if (!found) {
      if (this.payers.size >= PAYER_CACHE) this.payers.clear();
      found = payerOf(this.counterparties.generate(cp));
      this.payers.set(cp, found);
    }
    return found;
  }

  /** 1–5 distinct products, mostly of the counterparty's own line; a discount now and then. */
  private lines(rng: Rng, mainLine: number): Array<LineDraft & { netK: number; vatK: number }> {
    const pool = rng.chance(0.75) ? PRODUCTS_BY_LINE[mainLine] : catalog.PRODUCTS;
    const items = rng.sample(pool, Math.min(pool.length, rng.weighted(LINE_COUNTS)));
    return items.map((item) => {
      const thousandths = item.fractional ? rng.int(item.qty[0] * 2, item.qty[1] * 2) * 500 : rng.int(item.qty[0], item.qty[1]) * 1000;
      const priceK = PRICE_KOPECKS.get(item.code)!;
      const grossK = divRound(thousandths * priceK, 1000);
      const discountK = rng.chance(0.2) ? divRound(grossK * rng.int(2, 10), 100) : 0;
      const netK = grossK - discountK;
      const vatK = divRound(netK * item.vatRate, 100);
      return {
        product: this.world.productIds.get(item.code) ?? null,
        netK,
        vatK,
        // In the order of the component's attributes, decimals as the text the write path stores.
        fields: {
          description: item.name,
          quantity: formatDecimalOfKind(BigInt(thousandths), 'quantity'),
          unit: item.unit,
          price: formatKopecks(priceK),
          discount: formatKopecks(discountK),
          vatRate: item.vatRate,
          net: formatKopecks(netK),
          vat: formatKopecks(vatK),
          total: formatKopecks(netK + vatK),
        },
      };
    });
  }
}

/** Open invoices (due today or later) are mostly issued or paid; past due ones paid or overdue, never left issued. */
function stateOf(rng: Rng, date: string, dueDate: string, today: string): State {
  if (rng.chance(0.04)) return 'cancelled';
  if (dueDate >= today) {
    const fresh = daysBetween(date, today) <= 7;
    return rng.weighted<State>([['issued', 45], ['paid', 30], ['partially-paid', 10], ['draft', fresh ? 15 : 0]]);
  }
  return rng.weighted<State>([['paid', 70], ['overdue', 30]]);
}
