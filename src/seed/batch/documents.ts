import * as catalog from '../catalog';
import { demoEdrpou, demoIban } from '../codes';
import { OUR_COMPANY } from '../demo-company';
import { formatLocalDate } from '../../domain/format';
import { computeDocumentTotals, DecimalInput, formatKopecks, toKopecks } from '../../domain/money';
import { addDays, daysBetween } from '../../domain/time';
import { nextWorkday } from '../calendar';
import type { Rng } from '../random';
import type { Prod } from '../shared';
import { bankAmount, fill, pad } from '../text';
import type { BatchContext, ContractInfo, Cp, InvoiceInfo } from './context';

export const CONTRACTS_PER_BATCH = 36;
export const INVOICES_PER_BATCH = 170;
const UNMATCHED_PER_BATCH = 10;
const OUTGOING_PER_BATCH = 16;

/**
 * Kopecks as a plain number, for the demo's random splits and shares (safe integers, so exact); parsed
 * exactly by the core from the catalog's prices and the server's decimal totals.
 */
const kopecksOf = (value: unknown): number => Number(toKopecks(value as DecimalInput));

interface DraftLine {
  product: Prod;
  quantity: number;
  priceK: number;
  discountK: number;
  vatRate: number;
}

function productsFor(ctx: BatchContext, rng: Rng, cp: Cp): Prod[] {
  const own = ctx.shared.products.filter((p) => cp.lines.includes(p.businessLine));
  return own.length > 0 && rng.chance(0.75) ? own : ctx.shared.products;
}

function quantityOf(rng: Rng, p: Prod): number {
  const [min, max] = p.qty;
  if (p.fractional) return rng.int(min * 2, max * 2) / 2;
  return rng.int(min, max);
}

/** 1–n lines with distinct products: quantity, price (key clients get special prices), sometimes a discount. */
function makeLines(ctx: BatchContext, rng: Rng, cp: Cp, max: number): DraftLine[] {
  const pool = productsFor(ctx, rng, cp);
  const count = Math.min(pool.length, rng.weighted([[1, 30], [2, 30], [3, 20], [4, 12], [5, 8]].filter(([n]) => n <= max) as Array<[number, number]>));
  return rng.sample(pool, count).map((product) => {
    const quantity = quantityOf(rng, product);
    let priceK = kopecksOf(product.price);
    if (cp.keyClient && rng.chance(0.5)) priceK = Math.round(priceK * (1 - rng.int(2, 6) / 100));
    const grossK = Math.round((Math.round(quantity * 100) * priceK) / 100);
    const discountK = rng.chance(0.2) ? Math.round((grossK * rng.int(2, 10)) / 100) : 0;
    return { product, quantity, priceK, discountK, vatRate: product.vatRate };
  });
}

function linesData(lines: DraftLine[]) {
  return lines.map((l) => ({
    product: l.product.documentId,
    description: l.product.name,
    quantity: Number.isInteger(l.quantity) ? l.quantity : Number(l.quantity.toFixed(2)),
    unit: l.product.unit,
    price: formatKopecks(l.priceK),
    discount: formatKopecks(l.discountK),
    vatRate: l.vatRate,
  }));
}

function pastWorkday(ctx: BatchContext, rng: Rng, minAgo: number, maxAgo: number): string {
  const d = nextWorkday(addDays(ctx.today, -rng.int(minAgo, maxAgo)));
  return d > ctx.today ? ctx.today : d;
}

export async function createContracts(ctx: BatchContext): Promise<void> {
  const rng = ctx.rng('contracts');
  const clients = ctx.counterparties.filter((c) => c.kind === 'client');
  const partners = ctx.counterparties.filter((c) => c.kind === 'partner');
  const weighted = rng.shuffle(clients).sort((a, b) => Number(b.keyClient) - Number(a.keyClient));
  const chosen = weighted.slice(0, CONTRACTS_PER_BATCH);
  let seq = 0;
  for (const cp of chosen) {
    seq += 1;
    const date = cp.status === 'ceased' ? pastWorkday(ctx, rng, 200, 365) : pastWorkday(ctx, rng, 5, 365);
    const businessLine = cp.lines[0];
    const validTo = addDays(date, 364);
    let status: 'draft' | 'active' | 'completed' | 'terminated';
    if (cp.status === 'ceased') status = 'terminated';
    else if (daysBetween(date, ctx.today) < 20 && rng.chance(0.4)) status = 'draft';
    else if (rng.chance(0.04)) status = 'terminated';
    else status = validTo >= ctx.today ? 'active' : 'completed';
    const lines = makeLines(ctx, rng, cp, 4);
    const number = `Д-${ctx.batch}-${pad(seq, 3)}`;
    const doc = await ctx.w.create('api::contract.contract', {
      number,
      date,
      counterparty: cp.documentId,
      author: cp.manager.documentId,
      ...(partners.length && rng.chance(0.12) ? { agent: rng.pick(partners).documentId } : {}),
      subject: catalog.CONTRACT_SUBJECTS[businessLine] ?? 'Поставка товарів та надання послуг',
      validFrom: date,
      validTo,
      currency: 'UAH',
      lines: linesData(lines),
      state: status,
      ...(status === 'terminated' ? { note: 'Розірвано за згодою сторін.' } : {}),
    });
    ctx.contracts.push({ documentId: doc.documentId, number, date, cp, businessLine });
  }
}

type InvoiceStatus = InvoiceInfo['status'];

function invoiceStatus(rng: Rng, date: string, dueDate: string, today: string, cp: Cp): InvoiceStatus {
  if (rng.chance(0.04)) return 'cancelled';
  if (dueDate >= today) {
    const fresh = daysBetween(date, today) <= 7;
    return rng.weighted<InvoiceStatus>([
      ['issued', 45],
      ['paid', 30],
      ['partially-paid', 10],
      ['draft', fresh ? 15 : 0],
    ]);
  }
  if (cp.status === 'ceased') return rng.chance(0.9) ? 'paid' : 'overdue';
  return rng.weighted<InvoiceStatus>([
    ['paid', 78],
    ['partially-paid', 8],
    ['overdue', 14],
  ]);
}

function paymentPurpose(invoice: { number: string; date: string }, vatK: number, partial: boolean): string {
  const head = partial ? 'Часткова оплата за рахунком' : 'Оплата за рахунком';
  const vat = vatK > 0 ? `у т.ч. ПДВ ${bankAmount(vatK)} грн` : 'без ПДВ';
  return `${head} № ${invoice.number} від ${formatLocalDate(invoice.date)}, ${vat}`;
}

/** Invoices with 1–5 lines (totals computed by the server), and the incoming payments for paid ones. */
export async function createInvoicesAndPayments(ctx: BatchContext): Promise<void> {
  const rng = ctx.rng('invoices');
  const clients = ctx.counterparties.filter((c) => c.kind === 'client');
  const partners = ctx.counterparties.filter((c) => c.kind === 'partner');
  const pool = clients.map((c) => [c, c.keyClient ? 4 : c.marketSegment === 'Великий бізнес' ? 2 : 1] as const);
  let paymentSeq = 0;
  let totalsChecked = false;

  // About one invoice in seven is from the last three weeks, so there are open (issued, draft) ones to work on.
  const plans = Array.from({ length: INVOICES_PER_BATCH }, () => {
    const cp = rng.weighted(pool);
    const date = cp.status === 'ceased' ? pastWorkday(ctx, rng, 150, 365) : rng.chance(0.15) ? pastWorkday(ctx, rng, 0, 20) : pastWorkday(ctx, rng, 0, 365);
    return { cp, date };
  });
  // Two recent invoices of each batch are paid in part, whatever day the seed runs: drawn at random, some days
  // had none not yet due (a partly paid invoice past its due date is overdue), and the accountant's demo needs them.
  const partlyPaid = new Set(plans.filter((plan) => plan.cp.status !== 'ceased').slice(-2));
  const recentRng = rng.fork('partly-paid');
  for (const plan of partlyPaid) plan.date = pastWorkday(ctx, recentRng, 0, 2);
  plans.sort((a, b) => a.date.localeCompare(b.date));

  let seq = 0;
  for (const plan of plans) {
    const { cp, date } = plan;
    seq += 1;
    const number = `Р-${ctx.batch}-${pad(seq, 4)}`;
    const dueDate = addDays(date, rng.pick([3, 5, 5, 7, 10, 14]));
    const contract = ctx.contracts.filter((c) => c.cp === cp && c.date <= date);
    const contractInfo: ContractInfo | null = contract.length && rng.chance(0.75) ? rng.pick(contract) : null;
    const lines = makeLines(ctx, rng, cp, 5);
    const computed = computeDocumentTotals(linesData(lines));
    const local = { totalK: kopecksOf(computed.total), vatK: kopecksOf(computed.totalVat) };
    const drawn = invoiceStatus(rng, date, dueDate, ctx.today, cp); // drawn for each, so the rest stays as it was
    const status: InvoiceStatus = partlyPaid.has(plan) ? 'partially-paid' : drawn;
    let paidK = status === 'paid' ? local.totalK : status === 'partially-paid' ? Math.round(local.totalK * rng.real(0.3, 0.7)) : 0;

    const doc = await ctx.w.create('api::invoice.invoice', {
      number,
      date,
      counterparty: cp.documentId,
      ...(contractInfo ? { contract: contractInfo.documentId } : {}),
      author: cp.manager.documentId,
      ...(partners.length && rng.chance(0.08) ? { agent: rng.pick(partners).documentId } : {}),
      currency: 'UAH',
      lines: linesData(lines),
      dueDate,
      paidAmount: formatKopecks(paidK),
      state: status,
      ...(status === 'cancelled' ? { note: rng.pick(['Клієнт відмовився від замовлення.', 'Перевиставлено з іншою конфігурацією.']) } : {}),
    });

    // The server's totals (document middleware) win; without the middleware use the local computation.
    let totalK = local.totalK;
    let vatK = local.vatK;
    if (doc.total !== null && doc.total !== undefined) {
      totalK = kopecksOf(doc.total);
      vatK = kopecksOf(doc.totalVat);
      if (!totalsChecked && totalK !== local.totalK) {
        ctx.log(`demo seed: server invoice total ${formatKopecks(totalK)} differs from the local ${formatKopecks(local.totalK)} (${number}); using the server's`);
      }
      totalsChecked = true;
      const serverPaid = status === 'paid' ? totalK : status === 'partially-paid' ? Math.min(paidK, totalK - 1) : 0;
      if (serverPaid !== paidK) {
        paidK = serverPaid;
        await ctx.w.update('api::invoice.invoice', doc.documentId, { paidAmount: formatKopecks(paidK) });
      }
    }

    const info: InvoiceInfo = {
      documentId: doc.documentId,
      number,
      date,
      dueDate,
      cp,
      contractId: contractInfo?.documentId ?? null,
      status,
      totalK,
      vatK,
      paidK,
      productIds: lines.map((l) => l.product.documentId),
      author: cp.manager,
    };
    ctx.invoices.push(info);

    // Payments: one or two for a paid invoice, one for a partially paid one.
    if (paidK > 0) {
      const parts = status === 'paid' && totalK > 2_000_000 && rng.chance(0.3) ? [Math.round(paidK / 2), paidK - Math.round(paidK / 2)] : [paidK];
      let payDate = date;
      for (const amountK of parts) {
        const latest = status === 'paid' && dueDate < ctx.today ? addDays(dueDate, 10) : ctx.today;
        payDate = addDays(payDate, rng.int(0, Math.max(0, Math.min(daysBetween(payDate, latest), 12))));
        if (payDate > ctx.today) payDate = ctx.today;
        paymentSeq += 1;
        const partial = parts.length > 1 || status === 'partially-paid';
        await ctx.w.create('api::payment.payment', {
          date: payDate,
          amount: formatKopecks(amountK),
          currency: 'UAH',
          direction: 'incoming',
          payerName: cp.name,
          payerCode: cp.code,
          payerIban: cp.accounts[0].iban,
          payeeName: OUR_COMPANY.name,
          payeeCode: OUR_COMPANY.edrpou,
          payeeIban: OUR_COMPANY.accounts[rng.chance(0.8) ? 0 : 1].iban,
          purpose: paymentPurpose(info, totalK > 0 ? Math.round((vatK * amountK) / totalK) : 0, partial),
          bankDocNumber: String(rng.int(100, 99999)),
          bankDocDate: payDate,
          counterparty: cp.documentId,
          invoice: info.documentId,
          ...(info.contractId ? { contract: info.contractId } : {}),
          matchStatus: rng.chance(0.85) ? 'auto' : 'manual',
          dedupeKey: `demo:${ctx.batch}:${paymentSeq}`,
        });
      }
    }
  }

  await createOtherPayments(ctx, rng.fork('other-payments'), paymentSeq);
}

/** Incoming payments nobody matched to an invoice yet, and our outgoing payments to suppliers. */
async function createOtherPayments(ctx: BatchContext, rng: Rng, seqFrom: number): Promise<void> {
  let seq = seqFrom;
  const buyers = ctx.counterparties.filter((c) => c.kind === 'client' || c.kind === 'prospect');
  for (let i = 0; i < UNMATCHED_PER_BATCH; i += 1) {
    const date = pastWorkday(ctx, rng, 0, 90);
    const amountK = rng.int(15, 600) * 10_000 + rng.int(0, 99) * 100;
    const vatK = Math.round(amountK / 6);
    const known = rng.chance(0.5) ? rng.pick(buyers) : null;
    // An unknown payer: a company not in the CRM (its own code range, index 9000+).
    const stem = rng.pick(catalog.NAME_PREFIXES) + rng.pick(catalog.NAME_SUFFIXES);
    const bank = rng.pickWeighted(catalog.BANKS);
    seq += 1;
    await ctx.w.create('api::payment.payment', {
      date,
      amount: formatKopecks(amountK),
      currency: 'UAH',
      direction: 'incoming',
      payerName: known ? known.name : `ТОВ «${stem}»`,
      payerCode: known ? known.code : demoEdrpou(ctx.batch, 9000 + i),
      payerIban: known ? known.accounts[0].iban : demoIban(bank.mfo, ctx.batch, 9000 + i, 0, false, rng),
      payeeName: OUR_COMPANY.name,
      payeeCode: OUR_COMPANY.edrpou,
      payeeIban: OUR_COMPANY.accounts[0].iban,
      purpose: fill(rng.pick(catalog.UNMATCHED_PURPOSES), { vat: bankAmount(vatK) }),
      bankDocNumber: String(rng.int(100, 99999)),
      bankDocDate: date,
      ...(known ? { counterparty: known.documentId } : {}),
      matchStatus: 'unmatched',
      dedupeKey: `demo:${ctx.batch}:${seq}`,
    });
  }

  const suppliers = ctx.counterparties.filter((c) => c.kind === 'supplier');
  for (let i = 0; i < OUTGOING_PER_BATCH && suppliers.length; i += 1) {
    const supplier = rng.pick(suppliers);
    const date = pastWorkday(ctx, rng, 0, 365);
    const amountK = rng.int(5, 250) * 100_000 + rng.int(0, 99_999);
    const template = rng.pick(catalog.OUTGOING_PURPOSES);
    seq += 1;
    await ctx.w.create('api::payment.payment', {
      date,
      amount: formatKopecks(amountK),
      currency: 'UAH',
      direction: 'outgoing',
      payerName: OUR_COMPANY.name,
      payerCode: OUR_COMPANY.edrpou,
      payerIban: OUR_COMPANY.accounts[0].iban,
      payeeName: supplier.name,
      payeeCode: supplier.code,
      payeeIban: supplier.accounts[0].iban,
      purpose: fill(template, { number: String(rng.int(100, 9999)), date: formatLocalDate(addDays(date, -rng.int(1, 10))), vat: bankAmount(Math.round(amountK / 6)) }),
      bankDocNumber: String(rng.int(100, 99999)),
      bankDocDate: date,
      counterparty: supplier.documentId,
      matchStatus: 'manual',
      dedupeKey: `demo:${ctx.batch}:${seq}`,
    });
  }
}
