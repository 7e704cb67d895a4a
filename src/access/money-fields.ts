import { MONEY_ATTRIBUTES } from '../type-meta';
import { attributeAt, SchemaCatalog } from './catalog';

export { MONEY_ATTRIBUTES, decimalKindOf } from '../type-meta';

/** Whether a field path of a content type ('total', 'lines.price', 'costs.amount') is money. */
export function isMoneyPath(catalog: SchemaCatalog, uid: string, path: string): boolean {
  const parts = path.split('.');
  if (parts.length === 1) return (MONEY_ATTRIBUTES[uid] ?? []).includes(path);
  const parent = attributeAt(catalog, uid, parts.slice(0, -1).join('.'));
  if (!parent?.component) return false;
  return (MONEY_ATTRIBUTES[parent.component] ?? []).includes(parts[parts.length - 1]);
}
