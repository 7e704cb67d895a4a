/**
 * Reads the stored state of a document the way the audit diff needs it: every scalar column, plus the
 * relations (documentId and label fields) and components (deep) of the attributes in scope. Row-level
 * queries (strapi.db.query), so no document middleware runs and the read joins the current transaction.
 */
import type { Core } from '@strapi/strapi';
import { AuditAttribute, AuditSchema, buildAuditSchema, isSecretAttribute, RawSchema } from '../domain/audit';
import { mainFields } from '../type-meta';

const LABEL_TYPES = new Set(['string', 'text', 'email', 'uid', 'enumeration', 'integer', 'decimal', 'float', 'date', 'datetime']);

/** Fields that name a record of `target` in the log: its content-manager main field, if it is plain text. */
export function labelFieldsFor(strapi: Core.Strapi, target: string): string[] {
  if (target === 'admin::user') return ['firstname', 'lastname'];
  if (target === 'plugin::upload.file') return ['name'];
  const model = strapi.getModel(target as any) as unknown as RawSchema | undefined;
  const field = mainFields[target];
  const attribute = field ? model?.attributes?.[field] : undefined;
  return attribute && LABEL_TYPES.has(attribute.type) && !isSecretAttribute(field, attribute) ? [field] : [];
}

/** The audit schema of a content type. Built on each call (cheap), so it follows the live schema. */
export function auditSchemaFor(strapi: Core.Strapi, uid: string): AuditSchema {
  const contentType = strapi.getModel(uid as any) as unknown as RawSchema;
  return buildAuditSchema(contentType, {
    component: (componentUid) => strapi.getModel(componentUid as any) as unknown as RawSchema | undefined,
    labelFields: (target) => labelFieldsFor(strapi, target),
  });
}

function populateOf(schema: AuditSchema): Record<string, unknown> {
  const populate: Record<string, unknown> = {};
  for (const [name, attribute] of Object.entries(schema.attributes)) {
    const entry = populateEntry(attribute);
    if (entry !== undefined) populate[name] = entry;
  }
  return populate;
}

function populateEntry(attribute: AuditAttribute): unknown {
  switch (attribute.kind) {
    case 'relation':
      // Media (plugin::upload.file) is a polymorphic link: populate it whole rather than with a select.
      return attribute.target === 'plugin::upload.file' ? true : { select: ['id', 'documentId', ...attribute.labelFields] };
    case 'component': {
      const nested = populateOf(attribute.schema);
      return Object.keys(nested).length > 0 ? { populate: nested } : true;
    }
    case 'dynamiczone':
      return true;
    default:
      return undefined;
  }
}

/** The stored document (first row of the documentId, or of the given locale), or null. */
export async function readSnapshot(
  strapi: Core.Strapi,
  uid: string,
  documentId: string,
  schema: AuditSchema,
  locale?: string,
): Promise<Record<string, unknown> | null> {
  const model = strapi.getModel(uid as any) as unknown as RawSchema;
  const where: Record<string, unknown> = { documentId };
  if (locale && typeof locale === 'string' && locale !== '*' && model.attributes.locale) where.locale = locale;
  const row = await strapi.db.query(uid as any).findOne({ where, populate: populateOf(schema) as any });
  return (row as Record<string, unknown>) ?? null;
}
