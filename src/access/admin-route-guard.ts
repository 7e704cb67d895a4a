import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { keysValidationError, localizedText } from '../document-middlewares/validation-error';
import { AdminRoute, routeVerdict, shapeIssues } from './admin-route-rules';
import { isStaffStrategy, SUPER_ADMIN_ROLE } from './staff-request';

/**
 * Deny by default on every admin route (admin core and plugins): a staff member reaches only the routes
 * admin-route-rules.ts opens, and content-manager routes take only the query and body keys the panel
 * sends. Runs first among each route's middlewares, after authentication.
 */

export interface RouteLike {
  handler: string;
  config?: { policies?: unknown[]; middlewares?: unknown[]; [key: string]: unknown };
}

const PERMISSION_POLICIES = new Set(['admin::hasPermissions', 'plugin::content-manager.hasPermissions']);

function isPermissionGuarded(route: RouteLike): boolean {
  return (route.config?.policies ?? []).some((policy: any) => PERMISSION_POLICIES.has(policy?.name) && (policy?.config?.actions?.length ?? 0) > 0);
}

async function isSuperAdminUser(strapi: Core.Strapi, user: any): Promise<boolean> {
  const roles = Array.isArray(user?.roles)
    ? user.roles
    : ((await strapi.db.query('admin::user').findOne({ where: { id: user.id }, populate: { roles: { select: ['code'] } } })) as any)?.roles ?? [];
  return roles.some((role: any) => role?.code === SUPER_ADMIN_ROLE);
}

function documentSchema(strapi: Core.Strapi, uid: unknown) {
  const model: any = typeof uid === 'string' ? strapi.getModel(uid as any) : null;
  if (!model) return null;
  const components: Record<string, any> = {};
  for (const [name, component] of Object.entries<any>(strapi.components)) components[name] = component.attributes;
  return { attributes: model.attributes, components };
}

function routeGuard(strapi: Core.Strapi, route: AdminRoute) {
  return async (ctx: any, next: () => Promise<unknown>) => {
    const user = ctx.state?.user;
    if (!user || !isStaffStrategy(ctx.state?.auth?.strategy?.name)) return next();
    const verdict = routeVerdict(route, await isSuperAdminUser(strapi, user));
    if (verdict.allow === false) throw new errors.ForbiddenError(localizedText(verdict as { reason: string; code: string }));
    if (verdict.rule) {
      const issues = shapeIssues(verdict.rule, ctx.query ?? {}, ctx.request?.body, documentSchema(strapi, ctx.params?.model));
      if (issues.length > 0) {
        throw keysValidationError('route.invalidRequest', issues);
      }
    }
    return next();
  };
}

const PLACED_AS = Symbol('vitrylo route middleware');

/**
 * Puts one of Vitrylo's middlewares on an admin route, first or last, in place of the one of the same name a
 * Strapi started earlier in this process put there: the route definitions live in the modules of Strapi and
 * its plugins, once per process, and a Strapi started again (a restart) must not run the stopped one's
 * middleware, bound to its closed database.
 */
export function placeRouteMiddleware(route: RouteLike, name: string, middleware: (...args: any[]) => unknown, position: 'first' | 'last'): void {
  Object.defineProperty(middleware, PLACED_AS, { value: name });
  const others = (route.config?.middlewares ?? []).filter((placed: any) => placed?.[PLACED_AS] !== name);
  route.config = route.config ?? {};
  route.config.middlewares = position === 'first' ? [middleware, ...others] : [...others, middleware];
}

/** Every admin-type route of the admin core and of each plugin, with the name admin-route-rules.ts uses. */
export function adminRoutes(strapi: Core.Strapi): Array<{ name: string; route: RouteLike }> {
  const found: Array<{ name: string; route: RouteLike }> = [];
  const collect = (owner: string, routers: any) => {
    const list = Array.isArray(routers) ? [{ type: 'admin', routes: routers }] : Object.values<any>(routers ?? {});
    for (const router of list) {
      if (router?.type !== 'admin' && !Array.isArray(routers)) continue;
      for (const route of router?.routes ?? []) if (typeof route?.handler === 'string') found.push({ name: `${owner}.${route.handler}`, route });
    }
  };
  collect('admin', (strapi as any).admin?.routes);
  for (const [name, plugin] of Object.entries<any>(strapi.plugins)) collect(name, plugin.routes);
  return found;
}

/** Puts the deny-by-default guard in front of every admin route. Call in register(). */
export function guardAdminRoutes(strapi: Core.Strapi): number {
  const routes = adminRoutes(strapi);
  for (const { name, route } of routes) {
    placeRouteMiddleware(route, 'route-guard', routeGuard(strapi, { name, permissionGuarded: isPermissionGuarded(route) }), 'first');
  }
  return routes.length;
}
