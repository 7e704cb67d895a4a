import { adminSessionStrategy } from '../../rest-api/admin-session-strategy';
import { readOpenApiDocument } from '../../rest-api/openapi-document';
import { swaggerUiPage } from './swagger-ui-page';
import { writeDocumentAtomically } from './write-document-atomically';

/**
 * @strapi/plugin-documentation serves the Swagger UI publicly, or behind one shared password
 * ("restricted access"). Here it becomes admin-only: the UI and the OpenAPI JSON need an admin
 * session with the "Access the Documentation" permission; the password login routes are gone.
 *   GET /documentation, /documentation/v1.0.0  Swagger UI
 *   GET /documentation/openapi.json            the OpenAPI document
 * Both are read from the document the plugin generated, written whole (write-document-atomically.ts).
 */
const canRead = { name: 'admin::hasPermissions', config: { actions: ['plugin::documentation.read'] } };
const canUpdate = { name: 'admin::hasPermissions', config: { actions: ['plugin::documentation.settings.update'] } };
const adminOnly = () => ({ auth: { strategies: [adminSessionStrategy] }, policies: [canRead] });

async function openapi(ctx: any) {
  ctx.set('Cache-Control', 'no-store');
  ctx.body = await readOpenApiDocument((global as any).strapi);
}

export default (plugin: any) => {
  if (!Array.isArray(plugin.routes)) throw new Error('documentation extension: expected the plugin routes as an array');
  const routes = plugin.routes
    .filter((route: any) => route.path !== '/login')
    .map((route: any) => {
      if (route.handler === 'documentation.index') return { ...route, config: adminOnly() };
      if (route.handler === 'documentation.deleteDoc') return { ...route, config: { ...route.config, policies: [canUpdate] } };
      return route;
    });
  routes.push({ method: 'GET', path: '/openapi.json', handler: 'documentation.openapi', config: adminOnly() });

  plugin.routes = routes;
  plugin.services = { ...plugin.services, documentation: writeDocumentAtomically(plugin.services.documentation) };
  plugin.controllers = { ...plugin.controllers, documentation: { ...plugin.controllers.documentation, openapi, index: swaggerUiPage } };
  return plugin;
};
