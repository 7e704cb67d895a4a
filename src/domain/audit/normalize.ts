/**
 * Value normalization for the audit diff: the same stored value must compare equal however the database
 * driver hands it back ('1250.00' from PostgreSQL and 1250 from SQLite, a Date or an ISO string, 1 or true),
 * and an empty value must equal a missing one ('' = null, [] = null).
 */
import { AuditAttribute, AuditSchema, ScalarKind, SECRET_NAME } from './schema';

/** What a masked secret inside a JSON value is replaced with. */
export const MASK = '***';

/** Keys Strapi puts into component values that carry no meaning of their own. */
const COMPONENT_NOISE = new Set(['id', '__temp_key__', '__component', 'documentId']);

/** Relation reference as logged: the documentId and, when known, a human label. */
export interface RefValue {
  documentId: string;
  label?: string;
}

export type Mode = 'compare' | 'present';

const isBlankScalar = (value: unknown) => value === null || value === undefined || value === '';

// ---- numbers ------------------------------------------------------------------------------------

function plainNumber(value: number): string {
  const text = String(value);
  if (!/e/i.test(text)) return text;
  return value.toLocaleString('en-US', { useGrouping: false, maximumFractionDigits: 20 });
}

/** Canonical decimal text: no leading/trailing zeros, '.' as the mark, '-0' = '0'. Unparseable → as is. */
export function canonicalDecimal(value: unknown): string | null {
  if (isBlankScalar(value)) return null;
  let text: string;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return String(value);
    text = plainNumber(value);
  } else if (typeof value === 'bigint') {
    text = value.toString();
  } else {
    text = String(value).trim().replace(',', '.');
  }
  const match = /^([+-]?)(\d*)(?:\.(\d*))?$/.exec(text);
  if (!match || (match[2] === '' && !match[3])) return text;
  const whole = match[2].replace(/^0+/, '') || '0';
  const fraction = (match[3] ?? '').replace(/0+$/, '');
  const body = fraction ? `${whole}.${fraction}` : whole;
  return match[1] === '-' && body !== '0' ? `-${body}` : body;
}

function number(value: unknown): number | string | null {
  const canonical = canonicalDecimal(value);
  if (canonical === null) return null;
  const n = Number(canonical);
  return Number.isFinite(n) && canonicalDecimal(n) === canonical ? n : canonical;
}

// ---- dates and times ---------------------------------------------------------------------------

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** 'YYYY-MM-DD'. A Date is read in local time, as the pg driver builds it for a DATE column. */
export function canonicalDate(value: unknown): string | null {
  if (isBlankScalar(value)) return null;
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return null;
    return `${pad(value.getFullYear(), 4)}-${pad(value.getMonth() + 1)}-${pad(value.getDate())}`;
  }
  const text = String(value).trim();
  const match = /^(\d{4}-\d{2}-\d{2})/.exec(text);
  return match ? match[1] : text;
}

/** ISO 8601 in UTC with milliseconds; epoch milliseconds and any parseable text are accepted. */
export function canonicalDateTime(value: unknown): string | null {
  if (isBlankScalar(value)) return null;
  const date = value instanceof Date ? value : typeof value === 'number' ? new Date(value) : new Date(String(value));
  if (Number.isNaN(date.getTime())) return String(value);
  return date.toISOString();
}

/** 'HH:mm:ss' plus milliseconds only when they are not zero. */
export function canonicalTime(value: unknown): string | null {
  if (isBlankScalar(value)) return null;
  const match = /^(\d{1,2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3})\d*)?)?$/.exec(String(value).trim());
  if (!match) return String(value);
  const ms = match[4] ? match[4].padEnd(3, '0') : '000';
  return `${pad(Number(match[1]))}:${match[2]}:${match[3] ?? '00'}${ms === '000' ? '' : `.${ms}`}`;
}

// ---- booleans, text, JSON ------------------------------------------------------------------------

export function canonicalBoolean(value: unknown): boolean | null {
  if (isBlankScalar(value)) return null;
  if (typeof value === 'boolean') return value;
  if (value === 1 || value === '1' || value === 'true' || value === 't') return true;
  if (value === 0 || value === '0' || value === 'false' || value === 'f') return false;
  return Boolean(value);
}

/** Parses JSON text (SQLite may return JSON columns as strings) and leaves anything else alone. */
function jsonValue(value: unknown): unknown {
  if (value === undefined || value === null) return null;
  if (typeof value === 'string') {
    try {
      return JSON.parse(value);
    } catch {
      return value;
    }
  }
  return value;
}

/** A JSON-safe deep copy in which keys that look like secrets have their values masked. */
export function maskSecrets(value: unknown, depth = 0): unknown {
  if (depth > 50) return MASK;
  if (Array.isArray(value)) return value.map((item) => maskSecrets(item, depth + 1));
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'bigint') return value.toString();
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [key, inner] of Object.entries(value as Record<string, unknown>)) {
      out[key] = SECRET_NAME.test(key) && inner !== null && inner !== undefined && inner !== '' ? MASK : maskSecrets(inner, depth + 1);
    }
    return out;
  }
  return value;
}

/** JSON text with object keys sorted, so equal values give equal text whatever their key order. */
export function stableStringify(value: unknown): string {
  return JSON.stringify(sortKeys(value));
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'bigint') return value.toString();
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value as object).sort()) {
      const inner = (value as Record<string, unknown>)[key];
      if (inner !== undefined) out[key] = sortKeys(inner);
    }
    return out;
  }
  return value;
}

export function normalizeScalar(kind: ScalarKind, value: unknown, mode: Mode): unknown {
  switch (kind) {
    case 'text':
      return isBlankScalar(value) ? null : String(value);
    case 'number':
      return number(value);
    case 'decimal':
      return canonicalDecimal(value);
    case 'boolean':
      return canonicalBoolean(value);
    case 'date':
      return canonicalDate(value);
    case 'datetime':
      return canonicalDateTime(value);
    case 'time':
      return canonicalTime(value);
    case 'json': {
      const parsed = jsonValue(value);
      return mode === 'present' ? maskSecrets(parsed) : parsed;
    }
    default:
      return value ?? null;
  }
}

// ---- relations -----------------------------------------------------------------------------------

function refOf(item: unknown, labelFields: string[]): RefValue | null {
  if (item === null || item === undefined || item === '') return null;
  if (typeof item !== 'object') return { documentId: String(item) };
  const record = item as Record<string, unknown>;
  const key = record.documentId ?? record.id;
  if (key === null || key === undefined) return null;
  const label = labelFields
    .map((field) => record[field])
    .filter((part) => part !== null && part !== undefined && part !== '')
    .map(String)
    .join(' ');
  return label ? { documentId: String(key), label } : { documentId: String(key) };
}

function refs(value: unknown, labelFields: string[]): RefValue[] {
  const items = Array.isArray(value) ? value : value === null || value === undefined ? [] : [value];
  const byId = new Map<string, RefValue>();
  for (const item of items) {
    const ref = refOf(item, labelFields);
    if (ref) byId.set(ref.documentId, ref);
  }
  return [...byId.values()].sort((a, b) => (a.documentId < b.documentId ? -1 : a.documentId > b.documentId ? 1 : 0));
}

// ---- any attribute -------------------------------------------------------------------------------

function withoutNoise(value: unknown): unknown {
  if (!value || typeof value !== 'object') return null;
  return Object.fromEntries(Object.entries(value as Record<string, unknown>).filter(([key]) => !COMPONENT_NOISE.has(key)));
}

function isEmpty(value: unknown): boolean {
  return value === null || (Array.isArray(value) && value.length === 0);
}

function normalizeComponent(schema: AuditSchema, value: unknown, mode: Mode): Record<string, unknown> | null {
  if (!value || typeof value !== 'object') return null;
  const record = value as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  let anyValue = false;
  for (const [name, attribute] of Object.entries(schema.attributes)) {
    if (COMPONENT_NOISE.has(name)) continue;
    const normalized = normalizeValue(attribute, record[name], mode);
    out[name] = normalized;
    if (!isEmpty(normalized)) anyValue = true;
  }
  return anyValue ? out : null;
}

/**
 * The normalized form of one attribute value. In 'compare' mode relations are bare documentIds (sorted
 * for to-many) and JSON is raw; in 'present' mode relations carry labels and JSON secrets are masked.
 * Empty values are null, or [] for to-many relations and repeatable components.
 */
export function normalizeValue(attribute: AuditAttribute, value: unknown, mode: Mode): unknown {
  switch (attribute.kind) {
    case 'scalar':
      return normalizeScalar(attribute.scalar, value, mode);
    case 'relation': {
      const list = refs(value, mode === 'present' ? attribute.labelFields : []);
      const out = mode === 'compare' ? list.map((ref) => ref.documentId) : list;
      return attribute.many ? out : out[0] ?? null;
    }
    case 'component': {
      if (!attribute.repeatable) return normalizeComponent(attribute.schema, Array.isArray(value) ? value[0] : value, mode);
      const items = Array.isArray(value) ? value : value ? [value] : [];
      return items.map((item) => normalizeComponent(attribute.schema, item, mode) ?? {});
    }
    case 'dynamiczone': {
      const items = Array.isArray(value) ? value : [];
      return items.map((item) => {
        const uid = item && typeof item === 'object' ? String((item as Record<string, unknown>).__component ?? '') : '';
        const schema = attribute.components[uid];
        const body = schema ? normalizeComponent(schema, item, mode) : withoutNoise(mode === 'present' ? maskSecrets(item) : item);
        return { __component: uid, ...((body as object) ?? {}) };
      });
    }
    default:
      return value ?? null;
  }
}

export function isEmptyNormalized(value: unknown): boolean {
  return isEmpty(value);
}
