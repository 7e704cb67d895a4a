/**
 * The part of a content-type schema the audit trail needs, built from Strapi-like attribute definitions
 * (plain objects, no Strapi import). Attributes that must never reach the log are dropped here once, so
 * nothing downstream can leak them: system fields, `password` attributes, `private: true` attributes and
 * attributes whose name looks like a secret.
 */

/** Attribute names that look like credentials; also used to mask keys inside JSON values. */
export const SECRET_NAME = /password|secret|token|salt|hash/i;

/** Fields Strapi maintains itself: their change is the write, not what was written. */
export const SYSTEM_FIELDS: ReadonlySet<string> = new Set([
  'id',
  'documentId',
  'createdAt',
  'updatedAt',
  'publishedAt',
  'createdBy',
  'updatedBy',
  'locale',
  'localizations',
]);

/** A Strapi attribute definition as found in schema.json / strapi.contentType(uid).attributes. */
export interface RawAttribute {
  type: string;
  private?: boolean;
  relation?: string;
  target?: string;
  mappedBy?: string;
  inversedBy?: string;
  component?: string;
  components?: string[];
  repeatable?: boolean;
  multiple?: boolean;
  [key: string]: unknown;
}

export interface RawSchema {
  attributes: Record<string, RawAttribute>;
}

export type ScalarKind = 'text' | 'number' | 'decimal' | 'boolean' | 'date' | 'datetime' | 'time' | 'json';

export type AuditAttribute =
  | { kind: 'scalar'; scalar: ScalarKind }
  /** `owning`: false for the mappedBy side of a bidirectional relation (the other type stores it). */
  | { kind: 'relation'; many: boolean; target?: string; owning: boolean; labelFields: string[] }
  | { kind: 'component'; repeatable: boolean; schema: AuditSchema }
  | { kind: 'dynamiczone'; components: Record<string, AuditSchema> };

export interface AuditSchema {
  attributes: Record<string, AuditAttribute>;
}

const SCALARS: Record<string, ScalarKind> = {
  string: 'text',
  text: 'text',
  richtext: 'text',
  email: 'text',
  uid: 'text',
  enumeration: 'text',
  integer: 'number',
  float: 'number',
  decimal: 'decimal',
  biginteger: 'decimal',
  boolean: 'boolean',
  date: 'date',
  datetime: 'datetime',
  timestamp: 'datetime',
  time: 'time',
  json: 'json',
  blocks: 'json',
};

const TO_MANY = new Set(['oneToMany', 'manyToMany', 'manyWay', 'morphToMany', 'morphMany']);

/** True for attributes whose values must never be written to the audit log. */
export function isSecretAttribute(name: string, attribute: Pick<RawAttribute, 'type' | 'private'>): boolean {
  return attribute.type === 'password' || attribute.private === true || SECRET_NAME.test(name);
}

export interface BuildOptions {
  /** Schema of a component uid (for component and dynamic-zone attributes). */
  component: (uid: string) => RawSchema | undefined;
  /** Fields that name a record of a target type in the log (e.g. ['name'] for counterparties). */
  labelFields?: (targetUid: string) => string[];
}

/** Converts a Strapi schema into an AuditSchema, leaving out system fields and secrets at every level. */
export function buildAuditSchema(raw: RawSchema, options: BuildOptions, depth = 0): AuditSchema {
  if (depth > 10) return { attributes: {} };
  const attributes: Record<string, AuditAttribute> = {};
  for (const [name, attribute] of Object.entries(raw.attributes ?? {})) {
    if (SYSTEM_FIELDS.has(name) || isSecretAttribute(name, attribute)) continue;
    const converted = convert(attribute, options, depth);
    if (converted) attributes[name] = converted;
  }
  return { attributes };
}

function convert(attribute: RawAttribute, options: BuildOptions, depth: number): AuditAttribute | null {
  switch (attribute.type) {
    case 'relation':
      return {
        kind: 'relation',
        many: TO_MANY.has(String(attribute.relation)),
        target: attribute.target,
        owning: !attribute.mappedBy,
        labelFields: attribute.target ? options.labelFields?.(attribute.target) ?? [] : [],
      };
    case 'media':
      return { kind: 'relation', many: attribute.multiple === true, target: 'plugin::upload.file', owning: true, labelFields: ['name'] };
    case 'component': {
      const component = attribute.component ? options.component(attribute.component) : undefined;
      if (!component) return null;
      return { kind: 'component', repeatable: attribute.repeatable === true, schema: buildAuditSchema(component, options, depth + 1) };
    }
    case 'dynamiczone': {
      const components: Record<string, AuditSchema> = {};
      for (const uid of attribute.components ?? []) {
        const component = options.component(uid);
        if (component) components[uid] = buildAuditSchema(component, options, depth + 1);
      }
      return { kind: 'dynamiczone', components };
    }
    default:
      return { kind: 'scalar', scalar: SCALARS[attribute.type] ?? 'json' };
  }
}

/** The same schema restricted to some attribute names (unknown names are ignored). */
export function pickAttributes(schema: AuditSchema, keep: (name: string, attribute: AuditAttribute) => boolean): AuditSchema {
  const attributes: Record<string, AuditAttribute> = {};
  for (const [name, attribute] of Object.entries(schema.attributes)) if (keep(name, attribute)) attributes[name] = attribute;
  return { attributes };
}
