import type { DecimalKind } from '../domain/money/columns';
import { collect, metaByUid } from './lookup';

/**
 * The kind of every decimal field, from the metas: money (a role that "sees no money" gets none of it,
 * wherever it sits, also inside components such as document lines), quantity or rate. Each kind has its
 * column size (src/domain/money/columns.ts, docs/money.md); unit tests check every decimal of the model
 * is classified and declares the size of its kind.
 */

function fieldsOfKind(kind: DecimalKind): Record<string, readonly string[]> {
  return collect((meta) => {
    const names = Object.entries(meta.decimals ?? {})
      .filter(([, of]) => of === kind)
      .map(([name]) => name);
    return names.length > 0 ? names : undefined;
  });
}

export const MONEY_ATTRIBUTES = fieldsOfKind('amount');
export const QUANTITY_ATTRIBUTES = fieldsOfKind('quantity');
export const RATE_ATTRIBUTES = fieldsOfKind('rate');

/** The kind of a decimal attribute of a content type or component, or undefined when it is unclassified. */
export function decimalKindOf(uid: string, attribute: string): DecimalKind | undefined {
  return metaByUid.get(uid)?.decimals?.[attribute];
}

/** Whether a decimal attribute is quantity or rate, not money. */
export function isNotMoney(uid: string, attribute: string): boolean {
  const kind = decimalKindOf(uid, attribute);
  return kind === 'quantity' || kind === 'rate';
}
