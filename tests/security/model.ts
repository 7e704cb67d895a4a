import fs from 'fs';
import path from 'path';
import { schemaCatalog } from '../helpers/schema-catalog';
import type { SchemaCatalog } from '../../src/access/catalog';

/**
 * The data model as the attack suite sees it: the access catalog (same as tests/helpers/schema-catalog.ts)
 * plus what attacks need beyond it — relation cardinality, which side owns a relation, main fields.
 * Read from the schema files, so a new type, field or relation is attacked without new test code.
 */

const root = path.resolve(__dirname, '../..');

export interface RawAttribute {
  type: string;
  relation?: string;
  target?: string;
  mappedBy?: string;
  inversedBy?: string;
  component?: string;
  repeatable?: boolean;
  private?: boolean;
  [key: string]: unknown;
}

export interface RawModel {
  uid: string;
  kind: 'collection' | 'component';
  attributes: Record<string, RawAttribute>;
}

function readRaw(): Record<string, RawModel> {
  const models: Record<string, RawModel> = {};
  const apiDir = path.join(root, 'src/api');
  for (const name of fs.readdirSync(apiDir)) {
    const file = path.join(apiDir, name, 'content-types', name, 'schema.json');
    if (!fs.existsSync(file)) continue;
    const uid = `api::${name}.${name}`;
    models[uid] = { uid, kind: 'collection', attributes: JSON.parse(fs.readFileSync(file, 'utf8')).attributes };
  }
  const componentsDir = path.join(root, 'src/components');
  for (const category of fs.readdirSync(componentsDir)) {
    for (const file of fs.readdirSync(path.join(componentsDir, category))) {
      const uid = `${category}.${file.replace(/\.json$/, '')}`;
      models[uid] = { uid, kind: 'component', attributes: JSON.parse(fs.readFileSync(path.join(componentsDir, category, file), 'utf8')).attributes };
    }
  }
  return models;
}

export const catalog: SchemaCatalog = schemaCatalog();
export const raw: Record<string, RawModel> = readRaw();

/** Content types of the app (api::*), sorted for stable case names. */
export const API_TYPES: string[] = Object.keys(catalog.contentTypes).sort();

export const shortName = (uid: string): string => uid.replace(/^api::([^.]+)\..*$/, '$1');

export function attributesOf(uid: string): Record<string, RawAttribute> {
  const model = raw[uid];
  if (!model) throw new Error(`unknown model ${uid}`);
  return model.attributes;
}

export interface RelationInfo {
  field: string;
  target: string;
  toMany: boolean;
  /** this side stores the link (no mappedBy): writing it changes this record only */
  owning: boolean;
}

export function relationsOf(uid: string): RelationInfo[] {
  return Object.entries(attributesOf(uid))
    .filter(([, a]) => a.type === 'relation' && a.target)
    .map(([field, a]) => ({ field, target: a.target!, toMany: /ToMany$/.test(a.relation ?? ''), owning: !a.mappedBy }));
}

/** Relations to other content types of the app (not admin users or files). */
export const apiRelationsOf = (uid: string): RelationInfo[] => relationsOf(uid).filter((r) => r.target.startsWith('api::'));

export function relationInfo(uid: string, field: string): RelationInfo | undefined {
  return relationsOf(uid).find((r) => r.field === field);
}

export function componentsOf(uid: string): Array<{ field: string; component: string; repeatable: boolean }> {
  return Object.entries(attributesOf(uid))
    .filter(([, a]) => a.type === 'component' && a.component)
    .map(([field, a]) => ({ field, component: a.component!, repeatable: !!a.repeatable }));
}

const SCALAR_TYPES = new Set(['string', 'text', 'email', 'richtext', 'uid', 'enumeration', 'integer', 'biginteger', 'decimal', 'float', 'date', 'datetime', 'time', 'boolean', 'json']);
const TEXT_TYPES = new Set(['string', 'text', 'email', 'richtext', 'uid']);
const NUMBER_TYPES = new Set(['integer', 'biginteger', 'decimal', 'float']);

export function scalarFieldsOf(uid: string): Array<{ field: string; type: string }> {
  return Object.entries(attributesOf(uid))
    .filter(([, a]) => SCALAR_TYPES.has(a.type))
    .map(([field, a]) => ({ field, type: a.type }));
}

export const isTextType = (type: string) => TEXT_TYPES.has(type);
export const isNumberType = (type: string) => NUMBER_TYPES.has(type);

/** The field a record is shown by: the first string attribute (name, fullName, subject, number, ...). */
export function mainTextField(uid: string): string | undefined {
  const preferred = ['name', 'fullName', 'subject', 'number', 'title', 'purpose', 'comment'];
  const attributes = attributesOf(uid);
  return preferred.find((f) => attributes[f]?.type === 'string' || attributes[f]?.type === 'text') ?? scalarFieldsOf(uid).find((f) => f.type === 'string')?.field;
}
