import { issue, issueFrom } from '../messages/render';
import { DomainValidationError, FieldIssue } from '../errors';
import { DecimalInput, divRound } from './decimal';
import { formatKopecks, Kopecks } from './kopecks';
import { computedAmountIssue, parseDecimalOfKind } from './limits';
import { parseVatRate } from './vat';

export interface LineInput {
  quantity: DecimalInput;
  price: DecimalInput;
  /** Money amount (not percent) taken off quantity × price; blank = 0. */
  discount?: DecimalInput;
  /** 0, 7, 14 or 20; blank = 20 (the component default). */
  vatRate?: DecimalInput;
}

/** Line amounts as decimal strings with 2 places. */
export interface LineAmounts {
  net: string;
  vat: string;
  total: string;
}

/** The same amounts in kopecks, plus gross (quantity × price, rounded) and discount. */
export interface LineKopecks {
  gross: Kopecks;
  discount: Kopecks;
  net: Kopecks;
  vat: Kopecks;
  total: Kopecks;
  vatRate: number;
}

const ZERO = BigInt(0);

function isBlank(value: unknown): boolean {
  return value === null || value === undefined || (typeof value === 'string' && value.trim() === '');
}

/**
 * Computes one line without throwing: issues name fields relative to the line ('quantity', 'vatRate', ...).
 * net = round(quantity × price) − discount; vat = round(net × rate / 100); total = net + vat;
 * rounding is half away from zero to the kopeck (half up, amounts here are never negative), exactly:
 * quantity in thousandths × price in kopecks is a bigint, divided by 1000 once.
 * Every input and every result must fit its column (see limits.ts): quantity up to 999 999 999 999.999,
 * price, discount, net, VAT and total up to 999 999 999 999.99.
 */
export function evaluateLine(line: unknown): { amounts: LineKopecks | null; issues: FieldIssue[] } {
  if (typeof line !== 'object' || line === null || Array.isArray(line)) {
    return { amounts: null, issues: [issue('', 'type.object')] };
  }
  const input = line as Record<string, unknown>;
  const issues: FieldIssue[] = [];

  const quantity = parseDecimalOfKind(input.quantity, 'quantity');
  if (!quantity.ok) issues.push(issueFrom('quantity', quantity));
  else if (quantity.value < ZERO) issues.push(issue('quantity', 'number.notNegative'));

  const price = parseDecimalOfKind(input.price, 'amount');
  if (!price.ok) issues.push(issueFrom('price', price));
  else if (price.value < ZERO) issues.push(issue('price', 'number.notNegative'));

  const discount = isBlank(input.discount) ? { ok: true as const, value: ZERO } : parseDecimalOfKind(input.discount, 'amount');
  if (!discount.ok) issues.push(issueFrom('discount', discount));
  else if (discount.value < ZERO) issues.push(issue('discount', 'number.notNegative'));

  const rate = parseVatRate(input.vatRate);
  if (!rate.ok) issues.push(issueFrom('vatRate', rate));

  if (issues.length > 0 || !quantity.ok || !price.ok || !discount.ok || !rate.ok) return { amounts: null, issues };

  const gross = divRound(quantity.value * price.value, BigInt(1000));
  if (discount.value > gross) {
    return { amounts: null, issues: [issue('discount', 'money.discountAboveAmount')] };
  }
  const net = gross - discount.value;
  const vat = divRound(net * BigInt(rate.value), BigInt(100));
  // Only the first result over the limit is named: when net is too large, so is the total.
  const overLimit = computedAmountIssue('net', net) ?? computedAmountIssue('vat', vat) ?? computedAmountIssue('total', net + vat);
  if (overLimit) return { amounts: null, issues: [overLimit] };
  return {
    amounts: { gross, discount: discount.value, net, vat, total: net + vat, vatRate: rate.value },
    issues: [],
  };
}

/** Line amounts in kopecks; throws a DomainValidationError ("quantity: must be a number"). */
export function computeLineKopecks(line: LineInput): LineKopecks {
  const { amounts, issues } = evaluateLine(line);
  if (!amounts) throw new DomainValidationError(issues.map((i) => (i.field ? i : { ...i, field: 'line' })));
  return amounts;
}

/** `{ net, vat, total }` as decimal strings ('1234.50'); throws a DomainValidationError on bad input. */
export function computeLine(line: LineInput): LineAmounts {
  const amounts = computeLineKopecks(line);
  return { net: formatKopecks(amounts.net), vat: formatKopecks(amounts.vat), total: formatKopecks(amounts.total) };
}
