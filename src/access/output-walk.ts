/**
 * What the panel may see of one record, in one synchronous walk. Strapi's admin sanitizes every record it
 * returns with four asynchronous walks over the record and its populated relations (permissions-manager/
 * sanitize.js, createSanitizeOutput): hidden fields out, admin users cut to their public fields, fields outside
 * the caller's permitted paths out, passwords out. Each walk awaits every key of every node, so a page of ten
 * rows with their relations made thousands of promises, and a Sales manager's list page spent more of its CPU
 * there than in its SQL. The four rules only look at a key, its attribute and its attribute path, never at a
 * sibling, so one walk that applies all four at each key keeps exactly what the four walks kept, in the same key
 * order; tests/integration/permissions-manager.test.ts compares the two on every role's records.
 *
 * The walk knows nothing of Strapi: it is handed the schemas. Dynamic zones and polymorphic relations (Vitrylo
 * has neither) are not walked here: `UNSUPPORTED` tells the caller to use Strapi's own sanitizer for that record.
 */

export interface WalkAttribute {
  type: string;
  relation?: string;
  target?: string;
  component?: string;
}

export interface WalkSchema {
  uid?: string;
  attributes: Record<string, WalkAttribute>;
  config?: { attributes?: Record<string, { hidden?: unknown } | undefined> };
}

export interface OutputRules {
  /** attribute paths the caller may read ("counterparty", "counterparty.name"); null: all of them */
  allowedPaths: readonly string[] | null;
  /** the fields of an admin user a relation to one may show, in the order Strapi writes them */
  adminUserFields: readonly string[];
  getModel: (uid: string) => WalkSchema | undefined;
}

export const UNSUPPORTED: unique symbol = Symbol('output-walk: not a shape this walk handles');

class Unsupported extends Error {}

/** The record as the caller may see it, or UNSUPPORTED. The record itself is not changed. */
export function walkOutput(entity: unknown, schema: WalkSchema | undefined, rules: OutputRules): unknown {
  try {
    return walkNode(entity, schema, null, rules);
  } catch (error) {
    if (error instanceof Unsupported) return UNSUPPORTED;
    throw error;
  }
}

function walkNode(entity: unknown, schema: WalkSchema | undefined, attributePath: string | null, rules: OutputRules): unknown {
  // Strapi's walk ends at anything that is not an object (lodash isObject: functions count) or has no schema.
  if (entity === null || (typeof entity !== 'object' && typeof entity !== 'function') || schema == null) return entity;
  if (Array.isArray(entity) || Object.getPrototypeOf(entity) !== Object.prototype) throw new Unsupported();

  const source = entity as Record<string, unknown>;
  const copy: Record<string, unknown> = {};
  for (const key of Object.keys(source)) {
    const attribute = schema.attributes[key];
    const path = attribute == null ? attributePath : attributePath == null ? key : `${attributePath}.${key}`;
    if (isHidden(schema, key)) continue;
    if (!isPathAllowed(path, rules.allowedPaths)) continue;
    if (attribute?.type === 'password') continue;

    let value = source[key];
    if (attribute?.type === 'relation' && attribute.target === 'admin::user' && value) {
      value = Array.isArray(value) ? value.map((user) => pick(user, rules.adminUserFields)) : pick(value, rules.adminUserFields);
    }
    copy[key] = value == null || attribute == null ? value : walkAttributeValue(value, attribute, path, rules);
  }
  return copy;
}

function walkAttributeValue(value: unknown, attribute: WalkAttribute, path: string | null, rules: OutputRules): unknown {
  let target: WalkSchema | undefined;
  if (attribute.type === 'relation') {
    if (String(attribute.relation ?? '').toLowerCase().startsWith('morph')) throw new Unsupported();
    target = rules.getModel(attribute.target as string);
  } else if (attribute.type === 'media') {
    target = rules.getModel('plugin::upload.file');
  } else if (attribute.type === 'component') {
    target = rules.getModel(attribute.component as string);
  } else if (attribute.type === 'dynamiczone' && Array.isArray(value)) {
    throw new Unsupported();
  } else {
    return value;
  }
  return Array.isArray(value) ? value.map((item) => walkNode(item, target, path, rules)) : walkNode(value, target, path, rules);
}

function isHidden(schema: WalkSchema, key: string): boolean {
  return Boolean(schema.config?.attributes?.[key]?.hidden);
}

/** Strapi's removeDisallowedFields: a path is kept when it, or one of its parents, is allowed, or when an allowed path lies under it. */
export function isPathAllowed(path: string | null, allowedPaths: readonly string[] | null): boolean {
  if (allowedPaths === null || path === null) return true;
  let answers = answersByList.get(allowedPaths);
  if (!answers) answersByList.set(allowedPaths, (answers = new Map()));
  let answer = answers.get(path);
  if (answer === undefined) answers.set(path, (answer = pathAllowed(path, allowedPaths)));
  return answer;
}

/** the answers for each list of permitted paths (the lists are kept per type and field set, permissions-manager.ts) */
const answersByList = new WeakMap<readonly string[], Map<string, boolean>>();

function pathAllowed(path: string, allowedPaths: readonly string[]): boolean {
  const parts = path.split('.');
  const contained: string[] = [];
  for (let index = 0; index < parts.length; index += 1) contained.push(parts.slice(0, index + 1).join('.'));
  const below = `${path}.`;
  return allowedPaths.some((allowed) => contained.includes(allowed) || allowed.startsWith(below));
}

/** lodash's pick: the listed keys the value has (its own or inherited), in the list's order; {} for anything but an object. */
function pick(value: unknown, keys: readonly string[]): Record<string, unknown> {
  const picked: Record<string, unknown> = {};
  if (value == null) return picked;
  const object = Object(value);
  for (const key of keys) if (key in object) picked[key] = object[key];
  return picked;
}
