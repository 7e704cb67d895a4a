import { FieldIssue } from '../errors';
import { issueFrom } from '../messages/render';
import { DecimalKind } from './columns';
import { formatDecimalOfKind, parseDecimalOfKind } from './limits';

/** What checking written data needs to know of one content type or component. */
export interface DecimalFieldsModel {
  /** Decimal attributes and their kind. */
  decimals: Readonly<Record<string, DecimalKind>>;
  /** Component attributes and the component uid each holds. */
  components: Readonly<Record<string, string>>;
  /** Dynamic zone attributes (their items name their component in `__component`). */
  dynamicZones: readonly string[];
}

/** Models by uid (content types and components alike). */
export type DecimalFieldsCatalog = Readonly<Record<string, DecimalFieldsModel>>;

export interface CheckedDecimalFields {
  /** The data with each decimal in the text it is stored as; everything else shared, the input untouched. */
  data: Record<string, unknown>;
  issues: FieldIssue[];
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Checks every decimal of data written to `uid` against its kind: a number, at most the kind's decimals,
 * within its column's limit. Walks into components and dynamic zones, naming fields by their path
 * ('costs[0].amount', 'lines[1].price'). Accepted values become the exact decimal text that is stored
 * ('0.30' for 0.1 + 0.2, '1234.50' for '1 234,5'); a blank string becomes null (no value).
 */
export function checkDecimalFields(data: Record<string, unknown>, uid: string, catalog: DecimalFieldsCatalog): CheckedDecimalFields {
  const issues: FieldIssue[] = [];
  const checked = walk(data, uid, catalog, '', issues, 0);
  return { data: checked, issues };
}

function walk(data: Record<string, unknown>, uid: string, catalog: DecimalFieldsCatalog, prefix: string, issues: FieldIssue[], depth: number): Record<string, unknown> {
  const model = catalog[uid];
  if (!model || depth > 10) return data;
  const out: Record<string, unknown> = { ...data };
  const path = (name: string) => (prefix ? `${prefix}.${name}` : name);

  for (const [name, kind] of Object.entries(model.decimals)) {
    if (!(name in data)) continue;
    const value = data[name];
    if (value === null || value === undefined) continue;
    if (typeof value === 'string' && value.trim() === '') {
      out[name] = null;
      continue;
    }
    const parsed = parseDecimalOfKind(value, kind);
    if (parsed.ok) out[name] = formatDecimalOfKind(parsed.value, kind);
    else issues.push(issueFrom(path(name), parsed));
  }

  for (const [name, component] of Object.entries(model.components)) {
    const value = data[name];
    if (Array.isArray(value)) {
      out[name] = value.map((item, i) => (isRecord(item) ? walk(item, component, catalog, `${path(name)}[${i}]`, issues, depth + 1) : item));
    } else if (isRecord(value)) {
      out[name] = walk(value, component, catalog, path(name), issues, depth + 1);
    }
  }

  for (const name of model.dynamicZones) {
    const value = data[name];
    if (!Array.isArray(value)) continue;
    out[name] = value.map((item, i) =>
      isRecord(item) && typeof item.__component === 'string' ? walk(item, item.__component, catalog, `${path(name)}[${i}]`, issues, depth + 1) : item,
    );
  }
  return out;
}
