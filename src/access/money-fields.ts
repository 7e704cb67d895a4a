import { attributeAt, SchemaCatalog } from './catalog';

/**
 * Which attributes carry money, per content type or component. A role that "sees no money" gets none
 * of them, wherever they sit (also inside components such as document lines).
 * Every decimal attribute of the model is either listed here or in NOT_MONEY (a unit test checks), so a
 * new amount field cannot slip past unclassified.
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

/** Decimal attributes that are quantities or percentages, not money. */
export const NOT_MONEY: Readonly<Record<string, readonly string[]>> = {
  'crm.document-line': ['quantity'],
  'api::marketing-event.marketing-event': ['discountPercent'],
};

/** Whether a field path of a content type ('total', 'lines.price', 'costs.amount') is money. */
export function isMoneyPath(catalog: SchemaCatalog, uid: string, path: string): boolean {
  const parts = path.split('.');
  if (parts.length === 1) return (MONEY_ATTRIBUTES[uid] ?? []).includes(path);
  const parent = attributeAt(catalog, uid, parts.slice(0, -1).join('.'));
  if (!parent?.component) return false;
  return (MONEY_ATTRIBUTES[parent.component] ?? []).includes(parts[parts.length - 1]);
}
