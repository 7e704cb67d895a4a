import fs from 'fs';
import path from 'path';
import type { AttributeInfo, ModelInfo, SchemaCatalog } from '../../src/access/catalog';

const root = path.resolve(__dirname, '../..');

function attributes(raw: Record<string, any>): Record<string, AttributeInfo> {
  const result: Record<string, AttributeInfo> = {};
  for (const [name, attribute] of Object.entries(raw)) {
    if (attribute.visible === false) continue;
    result[name] = { type: attribute.type, target: attribute.target, component: attribute.component, repeatable: attribute.repeatable };
  }
  return result;
}

/** The model catalog read straight from the schema files, for unit tests (no Strapi). */
export function schemaCatalog(): SchemaCatalog {
  const contentTypes: Record<string, ModelInfo> = {};
  const apiDir = path.join(root, 'src/api');
  for (const name of fs.readdirSync(apiDir)) {
    const file = path.join(apiDir, name, 'content-types', name, 'schema.json');
    if (!fs.existsSync(file)) continue;
    const uid = `api::${name}.${name}`;
    contentTypes[uid] = { uid, attributes: attributes(JSON.parse(fs.readFileSync(file, 'utf8')).attributes) };
  }
  const components: Record<string, ModelInfo> = {};
  const componentsDir = path.join(root, 'src/components');
  for (const category of fs.readdirSync(componentsDir)) {
    for (const file of fs.readdirSync(path.join(componentsDir, category))) {
      const uid = `${category}.${file.replace(/\.json$/, '')}`;
      components[uid] = { uid, attributes: attributes(JSON.parse(fs.readFileSync(path.join(componentsDir, category, file), 'utf8')).attributes) };
    }
  }
  return { contentTypes, components };
}

export interface SchemaFile {
  uid: string;
  file: string;
  /** every attribute as written, hidden ones included */
  attributes: Record<string, any>;
}

/** Every schema file of the app (content types, then components) with its uid, read as written. */
export function schemaFiles(): SchemaFile[] {
  const files: SchemaFile[] = [];
  const apiDir = path.join(root, 'src/api');
  for (const name of fs.readdirSync(apiDir)) {
    const file = path.join(apiDir, name, 'content-types', name, 'schema.json');
    if (fs.existsSync(file)) files.push({ uid: `api::${name}.${name}`, file, attributes: JSON.parse(fs.readFileSync(file, 'utf8')).attributes });
  }
  const componentsDir = path.join(root, 'src/components');
  for (const category of fs.readdirSync(componentsDir)) {
    for (const name of fs.readdirSync(path.join(componentsDir, category))) {
      const file = path.join(componentsDir, category, name);
      files.push({ uid: `${category}.${name.replace(/\.json$/, '')}`, file, attributes: JSON.parse(fs.readFileSync(file, 'utf8')).attributes });
    }
  }
  return files;
}
