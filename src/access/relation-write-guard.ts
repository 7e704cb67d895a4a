import type { Core, Modules } from '@strapi/strapi';
import { toValidationError } from '../document-middlewares/validation-error';
import { relationReferences, RelationReference } from './relation-references';
import { abilityOf, andFilters, filterFromAbility, toWhere } from './visibility';

/**
 * Staff may link a record only to records they can see: otherwise a manager could file an invoice under
 * another department's client, or pull a colleague's contact person into their own counterparty and read
 * it from there. Applies to admin-panel writes; API tokens and system jobs are trusted as configured.
 */
export function relationWriteGuard(strapi: Core.Strapi): Modules.Documents.Middleware.Middleware {
  return async (ctx, next) => {
    if (ctx.action !== 'create' && ctx.action !== 'update') return next();
    const data = (ctx.params as { data?: Record<string, unknown> })?.data;
    const request: any = (strapi as any).requestContext?.get?.();
    if (!data || request?.state?.auth?.strategy?.name !== 'admin' || !request.state.user) return next();

    const references = relationReferences((ctx.contentType as any).attributes, data).filter((ref) => ref.target.startsWith('api::'));
    if (references.length === 0) return next();
    const ability = request.state.userAbility ?? (await abilityOf(strapi, request.state.user));
    for (const reference of references) {
      if (!(await allVisible(strapi, ability, reference))) {
        // A 400 naming the field lets the edit view show the reason right under the relation input.
        throw toValidationError([{ field: reference.field, reason: 'you may not link records you cannot see' }]);
      }
    }
    return next();
  };
}

async function allVisible(strapi: Core.Strapi, ability: unknown, reference: RelationReference): Promise<boolean> {
  const filter = filterFromAbility(strapi, ability, reference.target);
  if (filter === null) return false;
  if (Object.keys(filter).length === 0) return true;
  const uid = reference.target as any;
  const checks: Array<[Record<string, unknown>, number]> = [];
  if (reference.documentIds.length > 0) checks.push([{ documentId: { $in: reference.documentIds } }, reference.documentIds.length]);
  if (reference.ids.length > 0) checks.push([{ id: { $in: reference.ids } }, reference.ids.length]);
  for (const [which, expected] of checks) {
    const rows = await strapi.db.query(uid).findMany({ where: toWhere(strapi, reference.target, andFilters(which, filter)), select: ['documentId'] });
    if (new Set(rows.map((row: any) => row.documentId)).size < expected) return false;
  }
  return true;
}
