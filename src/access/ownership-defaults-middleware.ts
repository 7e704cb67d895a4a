import type { Core, Modules } from '@strapi/strapi';
import { OWNER_FIELDS, ownershipDefaults } from './ownership-defaults';
import { staffRequest } from './staff-request';
import { isTrustedWrite } from './trusted-write';
import { UID } from './uids';

/**
 * Fills a new record's empty owner fields with its admin-panel creator (see ownership-defaults.ts). Records
 * the server makes on its own inside someone's request (trusted-write.ts) are not that person's creation.
 */
export function ownershipDefaultsMiddleware(strapi: Core.Strapi): Modules.Documents.Middleware.Middleware {
  return async (ctx, next) => {
    if (ctx.action !== 'create' || !OWNER_FIELDS[ctx.uid] || isTrustedWrite()) return next();
    const data = (ctx.params as { data?: Record<string, unknown> })?.data;
    const staff = data ? await staffRequest(strapi) : null;
    if (!data || !staff) return next();
    const employee: any = await strapi.db.query(UID.employee as any).findOne({
      where: { adminUser: { id: staff.user.id } },
      select: ['documentId'],
      populate: { department: { select: ['documentId'] } },
    });
    if (employee) {
      Object.assign(data, ownershipDefaults(ctx.uid, data, { employeeDocumentId: employee.documentId, departmentDocumentId: employee.department?.documentId }));
    }
    return next();
  };
}
