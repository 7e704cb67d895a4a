import { errors } from '@strapi/utils';
import { strapiInternalModule } from '../../database/strapi-internal-module';
import { readOpenApiDocument } from '../../rest-api/openapi-document';

/**
 * The Swagger UI page, rendered in memory. The plugin's own handler wrote the filled page into the extensions
 * directory on every visit and served that file: two visits at once (or two processes of one checkout) truncated
 * it under each other and a browser got half a page; in production it wrote into dist/.
 */
export async function swaggerUiPage(ctx: any) {
  const layout = strapiInternalModule<string>('@strapi/plugin-documentation', 'server', 'public', 'index.html.js');
  if (typeof layout !== 'string') throw new errors.NotFoundError('The Swagger UI page of @strapi/plugin-documentation has moved');
  const { major, minor, patch } = ctx.params ?? {};
  const version = major && minor && patch ? `${major}.${minor}.${patch}` : undefined;
  const document = await readOpenApiDocument((global as any).strapi, version);
  // "<" escaped: the document sits inside a <script>, and a description holding "</script>" must not end it
  const spec = JSON.stringify(document).replace(/</g, '\\u003c');
  const backendUrl = (global as any).strapi.config.get('server.url', '');
  ctx.set('Cache-Control', 'no-store');
  ctx.type = 'html';
  ctx.body = layout.replace(/<%=backendUrl%>/g, () => backendUrl).replace('<%=spec%>', () => spec);
}
