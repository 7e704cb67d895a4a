import { formatAmount, formatMoney, GROUP_SEPARATOR } from '../format/amount';
import { evaluateLine, formatQuantity, parseDecimalOfKind, parseQuantity } from '../money';

/**
 * The heading of a contract's or invoice's line, as the edit view shows a collapsed line:
 * «Папір А4 — 10 шт × 120,00 = 1 200,00 грн» (the amount without VAT: quantity × price, less the discount,
 * «… × 120,00 − 50,00 = 1 150,00 грн»). Ukrainian number format: a decimal comma and thousands parted by
 * a no-break space, as formatAmount prints them.
 *
 * It is only a display, never stored: the content manager shows a repeatable component's items by one of
 * its fields (the component's main field), and this is the value the panel puts there
 * (src/content-manager-views/line-summaries.ts on the server, FormHelpers.tsx as the person types).
 * Built from the fields the reader was given: without the price (a role that sees no money) it is the
 * description and the quantity; a line still being filled shows what it has.
 */

/** The display field of a line: not an attribute, only in what the edit view holds. */
export const LINE_SUMMARY_FIELD = 'summary';
/** The component whose items are headed by the summary. */
export const LINE_COMPONENT = 'crm.document-line';

/** Strapi's string column is 255 characters; the heading keeps within one too. */
const MAX_LENGTH = 255;

export interface SummaryLine {
  description?: unknown;
  quantity?: unknown;
  unit?: unknown;
  price?: unknown;
  discount?: unknown;
  vatRate?: unknown;
}

const text = (value: unknown) => (typeof value === 'string' ? value.trim() : '');
const present = (value: unknown) => value !== undefined && value !== null && value !== '';

/** 10 → '10', 2.5 → '2,5', 1500 → '1 500'; null when it is not a quantity. */
function quantityText(value: unknown): string | null {
  const parsed = parseQuantity(value);
  if (!parsed.ok) return null;
  const [whole, fraction] = formatQuantity(parsed.value).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, GROUP_SEPARATOR);
  return fraction ? `${grouped},${fraction}` : grouped;
}

/** The line's heading in the document's currency (UAH when not known). */
export function lineSummary(line: SummaryLine, currency?: unknown): string {
  const name = text(line.description);
  const quantity = present(line.quantity) ? quantityText(line.quantity) : null;
  const unit = text(line.unit);
  const amount = quantity === null ? '' : `${quantity}${unit ? ` ${unit}` : ''}`;
  let reckoning = amount;
  if (amount && present(line.price)) {
    const { amounts } = evaluateLine({ quantity: line.quantity, price: line.price, discount: line.discount, vatRate: line.vatRate });
    const price = parseDecimalOfKind(line.price, 'amount'); // read as evaluateLine reads it
    if (amounts && price.ok) {
      const less = amounts.discount > BigInt(0) ? ` − ${formatAmount(amounts.discount)}` : '';
      reckoning = `${amount} × ${formatAmount(price.value)}${less} = ${formatMoney(amounts.net, typeof currency === 'string' && currency ? currency : 'UAH')}`;
    }
  }
  if (!name) return reckoning.slice(0, MAX_LENGTH);
  if (!reckoning) return shorten(name, MAX_LENGTH);
  return `${shorten(name, MAX_LENGTH - reckoning.length - 3)} — ${reckoning}`;
}

function shorten(value: string, room: number): string {
  if (value.length <= room) return value;
  return room <= 1 ? '…' : `${value.slice(0, room - 1).trimEnd()}…`;
}
