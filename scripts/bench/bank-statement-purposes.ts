import { formatLocalDate } from '../../src/domain/format';
import { formatKopecks, Kopecks } from '../../src/domain/money';
import type { Rng } from '../../src/seed/random';

/**
 * Payment purposes in the words Ukrainian payers use (and some Russian ones, as real statements still carry),
 * so matching reads what it reads in production: invoice numbers after «рах.», «рахунку», «сч.», dates and
 * VAT amounts that must not be taken for numbers.
 */

const ZERO = BigInt(0);
const money = (kopecks: Kopecks) => formatKopecks(kopecks);

/** The VAT inside `amount` in the invoice's proportion, rounded half up (exact: kopecks, never floats). */
export function vatShare(amount: Kopecks, invoiceTotal: Kopecks, invoiceVat: Kopecks): Kopecks {
  if (invoiceTotal <= ZERO || invoiceVat <= ZERO) return ZERO;
  const two = BigInt(2);
  return (two * amount * invoiceVat + invoiceTotal) / (two * invoiceTotal);
}

const vatText = (vat: Kopecks) => (vat > ZERO ? `у т.ч. ПДВ 20% - ${money(vat)} грн` : 'без ПДВ');

/** A purpose naming the invoice (number, and usually its date) that the payment pays, fully or in part. */
export function invoicePurpose(rng: Rng, invoice: { number: string; date: string }, vat: Kopecks, partial: boolean): string {
  const date = formatLocalDate(invoice.date);
  const phrasings = [
    () => `Оплата згідно рах. № ${invoice.number} від ${date}, ${vatText(vat)}`,
    () => `Оплата за товар згідно рахунку №${invoice.number} від ${date} р., ${vatText(vat)}`,
    () => `${partial ? 'Часткова оплата' : 'Оплата'} за рахунком № ${invoice.number} від ${date}, ${vatText(vat)}`,
    () => `Оплата по рах-ку ${invoice.number} від ${date} за обладнання; ${vatText(vat)}`,
    () => `${partial ? 'Частичная оплата' : 'Оплата'} по сч. № ${invoice.number} от ${date}, в т.ч. НДС ${money(vat)}`,
    () => `Оплата за послуги згідно рахунку-фактури № ${invoice.number}, ${vatText(vat)}`,
  ];
  return rng.pick(phrasings)();
}

/** What a known client writes when he pays without naming an invoice (an advance, a payment "for goods"). */
export function clientPurpose(rng: Rng, vat: Kopecks): string {
  return rng.pick([
    () => `Оплата за товар, ${vatText(vat)}`,
    () => `Передоплата за обладнання згідно замовлення, ${vatText(vat)}`,
    () => `Оплата за послуги з налаштування, ${vatText(vat)}`,
    () => `Оплата за комплектуючі, ${vatText(vat)}`,
    () => `Оплата за товари згідно видаткової накладної, ${vatText(vat)}`,
  ])();
}

const MONTHS = ['січень', 'лютий', 'березень', 'квітень', 'травень', 'червень', 'липень', 'серпень', 'вересень', 'жовтень', 'листопад', 'грудень'];

/** What we write when we pay a supplier, a landlord or the treasury. */
export function outgoingPurpose(rng: Rng, date: string, vat: Kopecks): string {
  const month = MONTHS[Number(date.slice(5, 7)) - 1];
  const year = date.slice(0, 4);
  return rng.pick([
    () => `Оплата за товар згідно рах. № ПН-${rng.int(100, 99999)} від ${formatLocalDate(date)}, ${vatText(vat)}`,
    () => `Оплата оренди приміщення за ${month} ${year} р. згідно дог. № ${rng.int(1, 99)}/${year.slice(2)}, ${vatText(vat)}`,
    () => `Оплата транспортних послуг згідно акту № ${rng.int(1, 9999)}, ${vatText(vat)}`,
    () => `Оплата за комплектуючі згідно договору поставки № ${rng.int(1, 500)}-П, ${vatText(vat)}`,
    () => `Оплата за електроенергію за ${month} ${year} р., ${vatText(vat)}`,
  ])();
}

/** Treasury payments carry no VAT and name a period. */
export function taxPurpose(rng: Rng, date: string): string {
  const month = MONTHS[Number(date.slice(5, 7)) - 1];
  return rng.pick([`*;101;ПДФО за ${month} ${date.slice(0, 4)} р.`, `Єдиний соціальний внесок за ${month} ${date.slice(0, 4)} р.`, `Військовий збір за ${month} ${date.slice(0, 4)} р.`]);
}
