import { MessageCode, messageText } from '../domain/messages';

/**
 * Deny by default on the admin API: which admin routes a staff member (any admin user but the super
 * admin) may call, and for the content manager, exactly which query and body keys its panel sends.
 * Everything else is refused: a route not listed here answers 403 to staff unless Strapi guards it with
 * a permission of its own (then that permission decides); a key not listed answers 400 — refused, not
 * ignored, so probing shows in the logs.
 *
 * Routes are named `<plugin>.<handler>` (`admin.…` for the admin core).
 */

/** What a route's body may hold: a document's fields, a list of documentIds, named keys, or anything. */
export type BodyRule = 'document' | 'any' | readonly string[];

export interface RouteRule {
  /** query keys the panel sends; omitted = the route's query is not checked (not a content-manager route) */
  query?: readonly string[];
  body?: BodyRule;
}

const LOCALE = ['locale', 'plugins'] as const;
const DOCUMENT_WRITE: RouteRule = { query: [...LOCALE, 'status'], body: 'document' };
const BULK: RouteRule = { query: [...LOCALE], body: ['documentIds', 'locale'] };

/** The content manager: every route the panel uses, with its exact query keys. */
export const CONTENT_MANAGER_RULES: Readonly<Record<string, RouteRule>> = {
  'content-manager.init.getInitData': { query: [] },
  'content-manager.content-types.findContentTypes': { query: ['kind'] },
  'content-manager.content-types.findContentTypesSettings': { query: [] },
  'content-manager.content-types.findContentTypeConfiguration': { query: [] },
  'content-manager.components.findComponents': { query: [] },
  'content-manager.components.findComponentConfiguration': { query: [] },
  // `counterparty`: the counterparty chosen in the form, for a contact-person picker (src/search/contact-picker.ts)
  'content-manager.relations.findAvailable': { query: ['id', 'locale', 'status', '_q', '_filter', 'idsToOmit', 'idsToInclude', 'page', 'pageSize', 'counterparty'] },
  'content-manager.relations.findExisting': { query: ['locale', 'status', 'page', 'pageSize'] },
  'content-manager.collection-types.find': { query: ['page', 'pageSize', 'sort', 'filters', '_q', 'locale', 'status', 'plugins'] },
  'content-manager.collection-types.findOne': { query: [...LOCALE, 'status'] },
  'content-manager.collection-types.create': DOCUMENT_WRITE,
  'content-manager.collection-types.update': DOCUMENT_WRITE,
  'content-manager.collection-types.clone': DOCUMENT_WRITE,
  'content-manager.collection-types.autoClone': DOCUMENT_WRITE,
  'content-manager.collection-types.delete': { query: [...LOCALE] },
  'content-manager.collection-types.bulkDelete': BULK,
  'content-manager.collection-types.bulkFindForValidation': BULK,
  'content-manager.collection-types.countDraftRelations': { query: [...LOCALE, 'status'] },
  'content-manager.collection-types.countManyEntriesDraftRelations': { query: ['documentIds', 'locale'] },
  'content-manager.homepage.getRecentDocuments': { query: ['action'] },
  'content-manager.homepage.getCountDocuments': { query: [] },
};

/** Admin routes outside the content manager that every staff member needs (their own account, the panel's start-up). */
export const STAFF_ROUTES: readonly string[] = [
  'admin.admin.init',
  'admin.admin.getProjectType',
  'admin.admin.information',
  'admin.admin.telemetryProperties',
  'admin.admin.licenseTrialTimeLeft',
  'admin.admin.getGuidedTourMeta',
  'admin.permission.getAll',
  'admin.permission.check',
  'admin.authenticated-user.getMe',
  'admin.authenticated-user.updateMe',
  'admin.authenticated-user.getOwnPermissions',
  'admin.authenticated-session.list',
  'admin.authenticated-session.revoke',
  'admin.authenticated-session.revokeAll',
  'admin.authentication.logout',
  'admin.homepage.getHomepageLayout',
  'admin.homepage.updateHomepageLayout',
  // the upload controllers check the upload permissions themselves
  'upload.admin-upload.upload',
  'upload.admin-upload.uploadFile',
  'upload.admin-upload.updateFileInfo',
  'upload.admin-upload.replaceFile',
  'upload.view-configuration.findViewConfiguration',
  'i18n.locales.listLocales',
  'i18n.settings.getSettings',
];

export interface AdminRoute {
  /** `<plugin>.<handler>` */
  name: string;
  /** the route is guarded by a permission of Strapi's own (`admin::hasPermissions` with actions) */
  permissionGuarded: boolean;
}

export type Verdict = { allow: true; rule?: RouteRule } | { allow: false; reason: string; code: MessageCode };

const closed = (code: MessageCode): Verdict => ({ allow: false, reason: messageText(code, {}, 'en'), code });

/** Whether a staff member may call the route at all, and under which rule. The super admin may call every route. */
export function routeVerdict(route: AdminRoute, superAdmin: boolean): Verdict {
  const rule = CONTENT_MANAGER_RULES[route.name];
  if (rule) return { allow: true, rule };
  if (superAdmin) return { allow: true };
  if (route.name.startsWith('content-manager.')) return closed('route.contentManagerClosed');
  if (STAFF_ROUTES.includes(route.name) || route.permissionGuarded) return { allow: true };
  return closed('route.adminClosed');
}

/** A query or body key outside a route's rule: English `reason`, message `code` (domain/messages). */
export interface ShapeIssue {
  key: string;
  reason: string;
  code: MessageCode;
}

const shapeIssue = (key: string, code: MessageCode): ShapeIssue => ({ key, reason: messageText(code, {}, 'en'), code });

const SYSTEM_BODY_KEYS = new Set(['id', 'documentId', 'createdAt', 'updatedAt', 'publishedAt', 'createdBy', 'updatedBy', 'locale', 'localizations', 'status']);
const RELATION_OPERATIONS = new Set(['connect', 'disconnect', 'set', 'options']);
const COMPONENT_SYSTEM_KEYS = new Set(['id', '__component', '__temp_key__']);

interface SchemaAttributes {
  [name: string]: { type: string; component?: string };
}

const isPlainObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Keys of a query or body outside the route's rule. `model` gives a document body's fields. */
export function shapeIssues(
  rule: RouteRule,
  query: Record<string, unknown>,
  body: unknown,
  schema: { attributes: SchemaAttributes; components: Record<string, SchemaAttributes> } | null,
): ShapeIssue[] {
  const issues: ShapeIssue[] = [];
  if (rule.query) for (const key of Object.keys(query ?? {})) if (!rule.query.includes(key)) issues.push(shapeIssue(key, 'route.queryParameter'));
  if (isPlainObject(query?.plugins)) {
    for (const [plugin, value] of Object.entries(query.plugins)) {
      if (plugin !== 'i18n' || !isPlainObject(value) || Object.keys(value).some((k) => k !== 'locale')) issues.push(shapeIssue(`plugins[${plugin}]`, 'route.queryParameter'));
    }
  }
  if (rule.body === undefined || rule.body === 'any' || body === undefined || body === null) return issues;
  if (!isPlainObject(body)) return [...issues, shapeIssue('(body)', 'route.objectExpected')];
  if (Array.isArray(rule.body)) {
    for (const key of Object.keys(body)) if (!rule.body.includes(key)) issues.push(shapeIssue(key, 'route.bodyField'));
    return issues;
  }
  if (schema) issues.push(...documentIssues(body, schema.attributes, schema.components, '', true));
  return issues;
}

function documentIssues(data: Record<string, unknown>, attributes: SchemaAttributes, components: Record<string, SchemaAttributes>, prefix: string, root: boolean): ShapeIssue[] {
  const issues: ShapeIssue[] = [];
  for (const [key, value] of Object.entries(data)) {
    const path = `${prefix}${key}`;
    const attribute = attributes[key];
    if (!attribute) {
      if (!(root ? SYSTEM_BODY_KEYS : COMPONENT_SYSTEM_KEYS).has(key)) issues.push(shapeIssue(path, 'route.unknownField'));
      continue;
    }
    if (attribute.type === 'relation' && isPlainObject(value)) {
      for (const op of Object.keys(value)) if (!RELATION_OPERATIONS.has(op)) issues.push(shapeIssue(`${path}.${op}`, 'route.relationOperation'));
    } else if (attribute.type === 'component' && value !== null && value !== undefined) {
      const inner = components[attribute.component ?? ''] ?? {};
      const items = Array.isArray(value) ? value : [value];
      items.forEach((item, index) => {
        if (isPlainObject(item)) issues.push(...documentIssues(item, inner, components, `${path}${Array.isArray(value) ? `[${index}]` : ''}.`, false));
      });
    }
  }
  return issues;
}
