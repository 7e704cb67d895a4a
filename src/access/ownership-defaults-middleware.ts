import type { Core, Modules } from '@strapi/strapi';
import { OWNER_FIELDS, ownershipDefaults } from './ownership-defaults';
import { UID } from './uids';

/** The admin user behind the current request, when it is an admin-panel request. */
function adminUserOfRequest(strapi: Core.Strapi): { id: number | string } | null {
  const ctx: any = (strapi as any).requestContext?.get?.();
  if (ctx?.state?.auth?.strategy?.name !== 'admin') return null;
  return ctx.state.user ?? null;
}

/** Fills a new record's empty owner fields with its admin-panel creator (see ownership-defaults.ts). */
export function ownershipDefaultsMiddleware(strapi: Core.Strapi): Modules.Documents.Middleware.Middleware {
  return async (ctx, next) => {
    if (ctx.action !== 'create' || !OWNER_FIELDS[ctx.uid]) return next();
    const data = (ctx.params as { data?: Record<string, unknown> })?.data;
    const user = data ? adminUserOfRequest(strapi) : null;
    if (!data || !user) return next();
    const employee: any = await strapi.db.query(UID.employee as any).findOne({
      where: { adminUser: { id: user.id } },
      select: ['documentId'],
      populate: { department: { select: ['documentId'] } },
    });
    if (employee) {
      Object.assign(data, ownershipDefaults(ctx.uid, data, { employeeDocumentId: employee.documentId, departmentDocumentId: employee.department?.documentId }));
    }
    return next();
  };
}
