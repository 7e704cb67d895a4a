import { issue, issueFrom } from '../messages/render';
import type { FieldIssue } from '../errors';
import { DomainValidationError } from '../errors';
import type { Result } from '../result';

/** Checks one field value; `record` is the object that holds it (for cross-field rules). */
export type Validator<T = unknown> = (value: unknown, record: Readonly<Record<string, unknown>>) => Result<T>;

/** Rules for a nested component: a single one, or a repeatable list reported as `field[i].sub`. */
export interface NestedRules {
  readonly nested: 'component' | 'repeatable';
  readonly rules: Rules;
}

export type Rule = Validator | NestedRules;

/** field → validator (or nested rules). */
export interface Rules {
  readonly [field: string]: Rule;
}

export function repeatable(rules: Rules): NestedRules {
  return { nested: 'repeatable', rules };
}

export function component(rules: Rules): NestedRules {
  return { nested: 'component', rules };
}

/** null, undefined and blank strings count as "not given": they are never validated. */
export function isBlank(value: unknown): boolean {
  return value === null || value === undefined || (typeof value === 'string' && value.trim() === '');
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export interface NormalizedRecord<T> {
  /** A copy of the data with every valid checked field replaced by its normalized value. */
  data: T;
  issues: FieldIssue[];
}

/**
 * Validates the given, non-blank fields named in `rules` and returns a copy with normalized values
 * (e.g. phones in E.164, IBANs without spaces). Fields not in the rules are copied unchanged.
 */
export function normalizeRecord<T extends Record<string, unknown>>(
  rules: Rules,
  data: T | null | undefined,
  prefix = '',
): NormalizedRecord<T> {
  const issues: FieldIssue[] = [];
  if (!isRecord(data)) return { data: data as unknown as T, issues };
  const out: Record<string, unknown> = { ...data };
  for (const field of Object.keys(rules)) {
    const rule = rules[field];
    const value = data[field];
    if (isBlank(value)) continue;
    const path = prefix ? `${prefix}.${field}` : field;
    if (typeof rule === 'function') {
      const result = rule(value, data);
      if (result.ok) out[field] = result.value;
      else issues.push(issueFrom(path, result));
    } else if (rule.nested === 'repeatable') {
      if (!Array.isArray(value)) {
        issues.push(issue(path, 'type.list'));
        continue;
      }
      out[field] = value.map((item, i) => {
        const itemPath = `${path}[${i}]`;
        if (!isRecord(item)) {
          issues.push(issue(itemPath, 'type.object'));
          return item;
        }
        const nested = normalizeRecord(rule.rules, item, itemPath);
        issues.push(...nested.issues);
        return nested.data;
      });
    } else if (!isRecord(value)) {
      issues.push(issue(path, 'type.object'));
    } else {
      const nested = normalizeRecord(rule.rules, value, path);
      issues.push(...nested.issues);
      out[field] = nested.data;
    }
  }
  return { data: out as T, issues };
}

/** `{ field, reason }` for every given, non-blank field that breaks its rule, e.g. `bankAccounts[0].iban`. */
export function validateRecord(rules: Rules, data: Record<string, unknown> | null | undefined): FieldIssue[] {
  return normalizeRecord(rules, data).issues;
}

/** Like normalizeRecord, but throws a DomainValidationError when there is any issue. */
export function assertValidRecord<T extends Record<string, unknown>>(rules: Rules, data: T): T {
  const result = normalizeRecord(rules, data);
  if (result.issues.length > 0) throw new DomainValidationError(result.issues);
  return result.data;
}
