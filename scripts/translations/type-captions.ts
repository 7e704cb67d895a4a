/**
 * The message ids Strapi's content manager builds at runtime from our own types, which no catalog of
 * Strapi's strings can list: a field's caption (`content-manager.content-types.<uid>.<field>`, and
 * `content-manager.components.<uid>.<field>` inside a component) and, in list filters, each enumeration
 * value as an id of its own. The review formats each of them the way the panel does (react-intl over the
 * Ukrainian messages, English as the default locale) and reports what formatjs would log as
 * MISSING_TRANSLATION; it also lists the id templates Strapi's code has, so an upgrade that adds one shows.
 * Node only: used by the translation check script and tests/unit/admin-field-captions.test.ts.
 */
import fs from 'fs';
import path from 'path';
import { createIntl } from '@formatjs/intl';
import { compiledFiles } from './strapi-catalog';

const ROOT = path.resolve(__dirname, '../..');
const CONTENT_MANAGER = path.join(ROOT, 'node_modules/@strapi/content-manager/dist/admin');

/** Strapi's own fields on every content type: list columns and filters. */
const SYSTEM_FIELDS = ['id', 'documentId', 'createdAt', 'updatedAt', 'createdBy', 'updatedBy'];

export interface ModelSchema {
  uid: string;
  kind: 'content-type' | 'component';
  /** the English name in schema.json (the panel's menu entries are keyed by it) */
  displayName: string;
  attributes: Record<string, { type?: string; enum?: string[]; visible?: boolean }>;
}

/** The app's content types and components, read from their schema files. */
export function readModelSchemas(root = ROOT): ModelSchema[] {
  const schemas: ModelSchema[] = [];
  const apiDir = path.join(root, 'src/api');
  for (const name of fs.readdirSync(apiDir)) {
    const file = path.join(apiDir, name, 'content-types', name, 'schema.json');
    if (!fs.existsSync(file)) continue;
    const { info, attributes } = JSON.parse(fs.readFileSync(file, 'utf8'));
    schemas.push({ uid: `api::${name}.${name}`, kind: 'content-type', displayName: info.displayName, attributes });
  }
  const componentsDir = path.join(root, 'src/components');
  for (const category of fs.readdirSync(componentsDir)) {
    for (const name of fs.readdirSync(path.join(componentsDir, category))) {
      const { info, attributes } = JSON.parse(fs.readFileSync(path.join(componentsDir, category, name), 'utf8'));
      schemas.push({ uid: `${category}.${name.replace(/\.json$/, '')}`, kind: 'component', displayName: info.displayName, attributes });
    }
  }
  return schemas;
}

/** Every id the content manager may ask for on our lists and forms, with the default message it passes. */
export function runtimeIds(schemas: readonly ModelSchema[]): Array<{ id: string; defaultMessage: string }> {
  const ids: Array<{ id: string; defaultMessage: string }> = [];
  for (const schema of schemas) {
    const shown = Object.keys(schema.attributes).filter((name) => schema.attributes[name].visible !== false);
    const prefix = schema.kind === 'content-type' ? 'content-manager.content-types' : 'content-manager.components';
    for (const field of schema.kind === 'content-type' ? [...SYSTEM_FIELDS, ...shown] : shown) ids.push({ id: `${prefix}.${schema.uid}.${field}`, defaultMessage: field });
    for (const field of shown) {
      for (const value of schema.attributes[field].enum ?? []) ids.push({ id: value, defaultMessage: value });
    }
  }
  return ids;
}

/** The ids of `runtimeIds` formatjs reports as missing in a panel of `locale` with these messages. */
export function missingRuntimeIds(messages: Readonly<Record<string, string>>, schemas: readonly ModelSchema[], locale = 'uk'): string[] {
  const missing = new Set<string>();
  const intl = createIntl({
    locale,
    defaultLocale: 'en',
    messages: messages as Record<string, string>,
    onError: (error: { code?: string; descriptor?: { id?: string } }) => {
      if (error.code === 'MISSING_TRANSLATION' && error.descriptor?.id) missing.add(String(error.descriptor.id));
    },
  });
  for (const descriptor of runtimeIds(schemas)) intl.formatMessage(descriptor);
  return [...missing].sort();
}


/**
 * The templates of caption ids in the content manager's compiled code, their arguments blanked:
 * 'content-manager.content-types.${}.${}'. Ours are exactly these two; a third after an upgrade is a
 * caption nobody translates yet.
 */
export function captionIdTemplates(dir = CONTENT_MANAGER): string[] {
  const templates = new Set<string>();
  for (const file of compiledFiles(dir)) {
    const code = fs.readFileSync(file, 'utf8');
    for (const match of code.matchAll(/\bid:\s*`(content-manager\.(?:content-types|components)\.[^`]*)`\s*,\s*defaultMessage/g)) {
      templates.add(match[1].replace(/\$\{[^}]*\}/g, '${}'));
    }
  }
  return [...templates].sort();
}

export const GENERATED_TEMPLATES = ['content-manager.components.${}.${}', 'content-manager.content-types.${}.${}'];

/** Whether the list filters still format each enumeration value as an id of its own. */
export function filtersFormatEnumValues(dir = CONTENT_MANAGER): boolean {
  const code = fs.readFileSync(path.join(dir, 'pages/ListView/components/Filters.mjs'), 'utf8');
  return /enum\.map\(\(value\)=>\(\{\s*label:\s*formatMessage\(\{\s*id:\s*value,/.test(code);
}
