import type { Core } from '@strapi/strapi';
import { errors, z } from '@strapi/utils';
import { visibilityFromAbility, Visibility } from '../../../../access/visibility';
import { toValidationError } from '../../../../document-middlewares/validation-error';
import { crmActionId } from './actions';
import { requestIssues, SchemaIssue } from './request-issues';

/**
 * One admin route of the crm plugin, declared in one place: path, the CRM action it needs, a schema for
 * its query and body (unknown keys refused), and the handler. The kit wires admin authentication (a
 * session or an admin token), the permission check, validation with errors in Strapi's shape naming the
 * field, and the caller's visibility helper (src/access/visibility.ts), so a handler only does its job:
 *
 *   export default defineRoute({
 *     method: 'GET', path: '/inbox', action: 'inbox.read',
 *     query: z.object({ page: z.coerce.number().int().min(1).default(1) }),
 *     handler: async ({ query, visibility }) => ({ data: … }),
 *   });
 */

export interface RouteContext<Q, B> {
  strapi: Core.Strapi;
  ctx: any;
  query: Q;
  body: B;
  user: { id: number | string; [key: string]: unknown };
  /** what the caller may see and do (ownership conditions included) */
  visibility: Visibility;
}

export interface RouteDefinition<Q = Record<string, never>, B = undefined> {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  path: string;
  /** CRM action id without the prefix ('reports.read'), or a content-manager action on a type: [action, uid] */
  action: string | [string, string];
  query?: z.ZodType<Q>;
  body?: z.ZodType<B>;
  handler(context: RouteContext<Q, B>): Promise<unknown>;
}

const EMPTY_QUERY = z.object({}).strict();

function parse<T>(schema: z.ZodType<T>, value: unknown, where: 'query' | 'body'): T {
  const result = schema.safeParse(value ?? {});
  if (result.success) return result.data;
  throw toValidationError(result.error.issues.flatMap((schemaIssue) => requestIssues(schemaIssue as SchemaIssue, where, value ?? {})));
}

/** A route definition → the route config Strapi takes and its controller action. */
export function buildRoute(name: string, definition: RouteDefinition<any, any>) {
  const actions = Array.isArray(definition.action) ? [definition.action] : [crmActionId(definition.action)];
  const route = {
    method: definition.method,
    path: definition.path,
    handler: `kit.${name}`,
    config: { policies: ['admin::isAuthenticatedAdmin', { name: 'admin::hasPermissions', config: { actions } }] },
  };
  const controller = (strapi: Core.Strapi) => async (ctx: any) => {
    const query = parse(definition.query ?? EMPTY_QUERY, ctx.query, 'query');
    const body = definition.body ? parse(definition.body, ctx.request.body, 'body') : undefined;
    const result = await definition.handler({
      strapi,
      ctx,
      query,
      body,
      user: ctx.state.user,
      visibility: visibilityFromAbility(strapi, ctx.state.userAbility),
    });
    if (result !== undefined) ctx.body = result;
  };
  return { route, controller };
}

export function defineRoute<Q, B = undefined>(definition: RouteDefinition<Q, B>): RouteDefinition<Q, B> {
  return definition;
}

/** The plugin's routes and the one controller that serves them, from named route definitions. */
export function buildRoutes(definitions: Record<string, RouteDefinition<any, any>>) {
  const built = Object.entries(definitions).map(([name, definition]) => [name, buildRoute(name, definition)] as const);
  return {
    routes: built.map(([, b]) => b.route),
    controller: ({ strapi }: { strapi: Core.Strapi }) => Object.fromEntries(built.map(([name, b]) => [name, b.controller(strapi)])),
  };
}
