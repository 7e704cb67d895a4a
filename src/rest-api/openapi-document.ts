import fs from 'fs/promises';
import path from 'path';
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';

/** The generated OpenAPI document of the content API (written by @strapi/plugin-documentation). */
export async function readOpenApiDocument(strapi: Core.Strapi, version?: string): Promise<unknown> {
  const docs = strapi.plugin('documentation').service('documentation');
  const file = path.join(docs.getFullDocumentationPath(), version ?? docs.getDocumentationVersion(), 'full_documentation.json');
  try {
    return JSON.parse(await fs.readFile(file, 'utf8'));
  } catch (error: any) {
    if (error?.code === 'ENOENT') throw new errors.NotFoundError('The API documentation has not been generated yet');
    throw error;
  }
}

/**
 * The plugin writes the document at boot outside production only; in production (dist/) it is
 * generated here at boot, so it always matches the running code without committing the file.
 */
export async function generateOpenApiDocumentInProduction(strapi: Core.Strapi): Promise<void> {
  if (strapi.config.get('environment') !== 'production' || !strapi.plugin('documentation')) return;
  await strapi.plugin('documentation').service('documentation').generateFullDoc();
}
