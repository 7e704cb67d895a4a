import type { Core } from '@strapi/strapi';
import { contentTypes } from '@strapi/utils';
import { strapiInternalModule } from '../database/strapi-internal-module';
import { UNSUPPORTED, walkOutput, type OutputRules, type WalkSchema } from './output-walk';
import { rememberSanitizedQueries } from './sanitized-query-memo';

/**
 * Every permissions manager Strapi makes (for the content manager's lists, records and relation pickers and the
 * admin's own controllers) answers as before, with less work:
 * - its sanitizeOutput decides the caller's permitted fields exactly as Strapi's does, with Strapi's own function,
 *   and then walks the record once (output-walk.ts); a record of a shape the walk does not handle goes to
 *   Strapi's sanitizer;
 * - its sanitizeQuery remembers its answers per caller (sanitized-query-memo.ts).
 */

interface PermissionFields { permittedFields: string[]; shouldIncludeAll: boolean }
interface PermissionFieldsModule {
  createPermissionFieldsCache: (ability: unknown) => { getPermissionFields: (action: string, subject: unknown) => PermissionFields };
}
interface PermissionsManager { sanitizeOutput: Sanitize; sanitizeQuery: Sanitize; toSubject: (target: unknown) => unknown }
type Sanitize = (data: unknown, options?: { subject?: unknown; action?: string }) => Promise<unknown>;
type CreatePermissionsManager = (options: { ability: unknown; action?: string; model: string }) => PermissionsManager;

const STRAPI_SANITIZER = Symbol.for('vitrylo.strapiSanitizer');
const WRAPPED = Symbol.for('vitrylo.outputSanitizer');
/** Strapi's fixed part of every output field list (sanitize.js getOutputFields) besides the schema's own. */
const ALWAYS_OUTPUT = ['id', 'documentId', '__component', 'createdAt', 'updatedAt'];

export function lightenPermissionsManagers(strapi: Core.Strapi): void {
  const base = ['server', 'server', 'src'];
  const fieldsModule = strapiInternalModule<PermissionFieldsModule>('@strapi/admin', ...base, 'services', 'permission', 'permissions-manager', 'permission-fields.js');
  const userModule = strapiInternalModule<{ ADMIN_USER_ALLOWED_FIELDS: string[] }>('@strapi/admin', ...base, 'domain', 'user.js');
  const permission = strapi.service('admin::permission') as unknown as { createPermissionsManager: CreatePermissionsManager };
  if (!fieldsModule?.createPermissionFieldsCache || !userModule?.ADMIN_USER_ALLOWED_FIELDS || typeof permission?.createPermissionsManager !== 'function') {
    strapi.log.warn('The admin\'s permission modules have moved: records and queries are sanitized by Strapi\'s own walks.');
    return;
  }
  if ((permission.createPermissionsManager as any)[WRAPPED]) return;

  const createStrapiManager = permission.createPermissionsManager;
  const adminUserFields = [...userModule.ADMIN_USER_ALLOWED_FIELDS];
  const getModel = (uid: string) => strapi.getModel(uid as any) as unknown as WalkSchema | undefined;
  const outputFields = outputFieldLists();

  const createManager: CreatePermissionsManager = (options) => {
    const manager = createStrapiManager(options);
    const strapiSanitize = manager.sanitizeOutput;
    const strapiSanitizeQuery = manager.sanitizeQuery;
    const { getPermissionFields } = fieldsModule.createPermissionFieldsCache(options.ability);
    const schema = getModel(options.model);

    const sanitizeOne = (data: unknown, sanitizeOptions: { subject?: unknown; action?: string }): unknown => {
      // as sanitize.js's getDefaultOptions: the record is cast to its type (CASL marks it) whether or not a subject is given
      const defaultSubject = manager.toSubject(data);
      const subject = sanitizeOptions.subject !== undefined ? sanitizeOptions.subject : defaultSubject;
      const action = sanitizeOptions.action !== undefined ? sanitizeOptions.action : (options.action as string);
      const fields = getPermissionFields(action, subject);
      const rules: OutputRules = {
        allowedPaths: fields.shouldIncludeAll ? null : outputFields(options.model, schema, fields.permittedFields),
        adminUserFields,
        getModel,
      };
      return walkOutput(data, schema, rules);
    };

    const sanitizeOutput: Sanitize = async (data, sanitizeOptions = {}) => {
      if (Array.isArray(data)) return Promise.all(data.map((entity) => sanitizeOutput(entity, sanitizeOptions)));
      const walked = sanitizeOne(data, sanitizeOptions);
      return walked === UNSUPPORTED ? strapiSanitize(data, sanitizeOptions) : walked;
    };
    (sanitizeOutput as any)[STRAPI_SANITIZER] = strapiSanitize; // for a test to compare with
    manager.sanitizeOutput = sanitizeOutput;
    manager.sanitizeQuery = rememberSanitizedQueries(manager.sanitizeQuery, options.ability, options.model, options.action);
    (manager.sanitizeQuery as any)[STRAPI_SANITIZER] = strapiSanitizeQuery;
    return manager;
  };
  (createManager as any)[WRAPPED] = createStrapiManager;
  permission.createPermissionsManager = createManager;
}

/** Strapi's own sanitizeOutput or sanitizeQuery of a manager made here, for the comparison tests. */
export function strapiSanitizerOf(sanitizer: unknown): Sanitize | undefined {
  return (sanitizer as any)?.[STRAPI_SANITIZER];
}

/**
 * sanitize.js's getOutputFields: the permitted fields plus the schema's non-writable and non-visible ones and the
 * fixed ones. Strapi works the list out for every record; it depends only on the type and the permitted fields,
 * so each is kept (a Sales manager's rows differ in which ownership rule they meet, not in much else).
 */
function outputFieldLists() {
  const kept = new Map<string, readonly string[]>();
  return (model: string, schema: WalkSchema | undefined, permitted: readonly string[]): readonly string[] => {
    const key = `${model}\u0000${permitted.join('\u0000')}`;
    let list = kept.get(key);
    if (!list) {
      const own = schema ? [...contentTypes.getNonWritableAttributes(schema as any), ...contentTypes.getNonVisibleAttributes(schema as any)] : [];
      list = [...new Set([...permitted, ...ALWAYS_OUTPUT, ...own])];
      if (kept.size >= 2_000) kept.delete(kept.keys().next().value as string);
      kept.set(key, list);
    }
    return list;
  };
}
