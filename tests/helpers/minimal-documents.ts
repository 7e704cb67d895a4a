import type { Core } from '@strapi/strapi';
import { makeEdrpou } from '../../src/domain/identifiers';

let sequence = 0;

/** A valid value for one scalar attribute; unique where uniqueness could matter. */
function sampleValue(field: string, attribute: any): unknown {
  sequence += 1;
  switch (attribute.type) {
    case 'string':
    case 'text':
    case 'richtext':
      return `${field} ${sequence}`;
    case 'email':
      return `user${sequence}@example.ua`;
    case 'enumeration':
      return attribute.enum[0];
    case 'date':
      return '2026-03-15';
    case 'datetime':
      return '2026-03-15T09:30:00.000Z';
    case 'decimal':
    case 'integer':
    case 'biginteger':
    case 'float':
      return 10;
    case 'boolean':
      return true;
    case 'json':
      return { note: field };
    default:
      return undefined;
  }
}

/**
 * Creates the smallest valid document of `uid` through the Document Service, creating required related
 * documents first, and returns its documentId.
 */
export async function createMinimalDocument(strapi: Core.Strapi, uid: string, overrides: Record<string, unknown> = {}): Promise<string> {
  const data = await minimalData(strapi, uid);
  const created = await strapi.documents(uid as any).create({ data: { ...data, ...overrides } as any });
  return created.documentId;
}

export async function minimalData(strapi: Core.Strapi, uid: string): Promise<Record<string, unknown>> {
  const schema: any = strapi.getModel(uid as any);
  const data: Record<string, unknown> = {};
  for (const [field, attribute] of Object.entries<any>(schema.attributes)) {
    // Every enumeration is sent too: the content manager treats some attribute names specially.
    if (!attribute.required && !attribute.unique && attribute.type !== 'enumeration') continue;
    if (attribute.type === 'relation') {
      if (attribute.required) data[field] = await createMinimalDocument(strapi, attribute.target);
    } else if (attribute.type === 'component') {
      data[field] = attribute.repeatable ? [] : undefined;
    } else {
      data[field] = sampleValue(field, attribute);
    }
  }
  if (uid === 'api::counterparty.counterparty') data.edrpou = makeEdrpou(String(4000000 + sequence));
  if (uid === 'api::schedule-entry.schedule-entry') {
    // an hour of its own: entries of one employee may not overlap, and end comes after start
    sequence += 1;
    const start = Date.UTC(2030, 0, 1) + sequence * 2 * 3_600_000;
    data.start = new Date(start).toISOString();
    data.end = new Date(start + 3_600_000).toISOString();
  }
  return data;
}

/** A string attribute a test may change on update (the main name-like field first). */
export function editableStringField(strapi: Core.Strapi, uid: string): string | undefined {
  const attributes: Record<string, any> = (strapi.getModel(uid as any) as any).attributes;
  const preferred = ['name', 'fullName', 'title', 'subject', 'number', 'description', 'item', 'comment', 'note'];
  const candidates = Object.keys(attributes).filter((field) => ['string', 'text'].includes(attributes[field].type) && !attributes[field].unique);
  return preferred.find((field) => candidates.includes(field)) ?? candidates[0];
}
