import type { DecimalKind } from '../domain/money/columns';
import { attributeAt, SchemaCatalog } from './catalog';

/**
 * Which attributes carry money, per content type or component. A role that "sees no money" gets none
 * of them, wherever they sit (also inside components such as document lines).
 * Every decimal attribute of the model is either listed here or in QUANTITY_ATTRIBUTES / RATE_ATTRIBUTES
 * (unit tests check), so a new amount field cannot slip past unclassified. The same lists give each
 * decimal its column size (amount 14,2; quantity 15,3; rate 5,2: see src/domain/money/columns.ts and
 * docs/money.md), and a unit test checks each schema.json declares the size of its kind.
 */
export const MONEY_ATTRIBUTES: Readonly<Record<string, readonly string[]>> = {
  'api::contract.contract': ['totalNet', 'totalVat', 'total'],
  'api::invoice.invoice': ['totalNet', 'totalVat', 'total', 'paidAmount'],
  'api::payment.payment': ['amount'],
  'api::bank-statement.bank-statement': ['openingBalance', 'closingBalance', 'totalIncoming', 'totalOutgoing'],
  'api::refusal.refusal': ['lostAmount'],
  'api::marketing-event.marketing-event': ['budget'],
  'api::marketing-material.marketing-material': ['unitCost'],
  'api::complaint.complaint': ['cost'],
  'api::product.product': ['price'],
  'crm.document-line': ['price', 'discount', 'net', 'vat', 'total'],
  'crm.money-item': ['amount'],
};

/** Decimal attributes that count things (3 decimals: kilograms, metres, hours). */
export const QUANTITY_ATTRIBUTES: Readonly<Record<string, readonly string[]>> = {
  'crm.document-line': ['quantity'],
};

/** Decimal attributes that are percentages (2 decimals, up to 999.99). */
export const RATE_ATTRIBUTES: Readonly<Record<string, readonly string[]>> = {
  'api::marketing-event.marketing-event': ['discountPercent'],
};

/** Decimal attributes that are quantities or percentages, not money. */
export const NOT_MONEY: Readonly<Record<string, readonly string[]>> = mergeLists(QUANTITY_ATTRIBUTES, RATE_ATTRIBUTES);

/** The kind of a decimal attribute of a content type or component, or undefined when it is unclassified. */
export function decimalKindOf(uid: string, attribute: string): DecimalKind | undefined {
  if ((MONEY_ATTRIBUTES[uid] ?? []).includes(attribute)) return 'amount';
  if ((QUANTITY_ATTRIBUTES[uid] ?? []).includes(attribute)) return 'quantity';
  if ((RATE_ATTRIBUTES[uid] ?? []).includes(attribute)) return 'rate';
  return undefined;
}

function mergeLists(...lists: Array<Readonly<Record<string, readonly string[]>>>): Record<string, readonly string[]> {
  const merged: Record<string, string[]> = {};
  for (const list of lists) for (const [uid, names] of Object.entries(list)) merged[uid] = [...(merged[uid] ?? []), ...names];
  return merged;
}

/** Whether a field path of a content type ('total', 'lines.price', 'costs.amount') is money. */
export function isMoneyPath(catalog: SchemaCatalog, uid: string, path: string): boolean {
  const parts = path.split('.');
  if (parts.length === 1) return (MONEY_ATTRIBUTES[uid] ?? []).includes(path);
  const parent = attributeAt(catalog, uid, parts.slice(0, -1).join('.'));
  if (!parent?.component) return false;
  return (MONEY_ATTRIBUTES[parent.component] ?? []).includes(parts[parts.length - 1]);
}
