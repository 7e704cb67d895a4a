import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { cloneData, clonePopulate, CloneSchema } from '../domain/documents/clone-data';
import { ownerFields } from '../access/conditions';
import { staffRequest } from '../access/staff-request';
import { andFilters, fieldsFromAbility, filterFromAbility, toWhere } from '../access/visibility';
import { CM_ACTION } from '../access/uids';
import { DocumentMiddlewareFactory } from './types';

/** Fields a copy never takes from its source: they describe the source's own history. */
const NOT_COPIED: Record<string, readonly string[]> = {
  'api::invoice.invoice': ['paidAmount', 'state'],
  'api::payment.payment': ['dedupeKey', 'matchStatus'],
  'api::bank-statement.bank-statement': ['file'],
};

const schemaOf = (model: any): CloneSchema => model?.attributes ?? {};

function componentSchemas(strapi: Core.Strapi): Record<string, CloneSchema> {
  const schemas: Record<string, CloneSchema> = {};
  for (const [uid, model] of Object.entries<any>(strapi.components)) schemas[uid] = schemaOf(model);
  return schemas;
}

/** The source must be readable by whoever clones it; the copy carries only fields they may create. Returns the fields they may not. */
async function checkCloner(strapi: Core.Strapi, uid: string, documentId: string, schema: CloneSchema): Promise<string[]> {
  const staff = await staffRequest(strapi);
  if (!staff) return [];
  const filter = filterFromAbility(strapi, staff.ability, uid);
  const visible = filter === null ? null : await strapi.db.query(uid as any).findOne({ where: toWhere(strapi, uid, andFilters({ documentId }, filter)), select: ['id'] });
  if (!visible) throw new errors.NotFoundError('Document not found');
  const creatable = fieldsFromAbility(strapi, staff.ability, uid, CM_ACTION.create) ?? [];
  return Object.keys(schema).filter((name) => !creatable.some((path) => path === name || path.startsWith(`${name}.`)));
}

/**
 * A clone of a CRM record is a create: Strapi's clone copies the source row as it is, past every document
 * middleware (validation, unique numbers, totals, ownership, the relation guard) and even moves the
 * source's one-to-many links to the copy. Here it becomes `create` with the data the copy may carry
 * (src/domain/documents/clone-data.ts), so every rule of a create applies; the source must be readable by
 * whoever clones it. Registered first, so no other middleware ever sees `clone`.
 */
export const cloneAsCreate: DocumentMiddlewareFactory = (strapi) => async (ctx, next) => {
  if (ctx.action !== 'clone' || !ctx.uid.startsWith('api::')) return next();
  const params = (ctx.params ?? {}) as { documentId?: string; data?: Record<string, unknown>; locale?: string; populate?: unknown };
  if (!params.documentId) throw new errors.ValidationError('documentId is required to clone');
  const schema = schemaOf(strapi.getModel(ctx.uid as any));
  const notCreatable = await checkCloner(strapi, ctx.uid, params.documentId, schema);
  const components = componentSchemas(strapi);
  const source = await strapi.db.query(ctx.uid as any).findOne({ where: { documentId: params.documentId }, populate: clonePopulate(schema, components) as any });
  if (!source) throw new errors.NotFoundError('Document not found');
  const owners = ownerFields(ctx.uid);
  const omit = [...owners.employee, ...owners.department, ...(NOT_COPIED[ctx.uid] ?? []), ...notCreatable];
  const data = cloneData(schema, components, source, omit, params.data ?? {});
  const created: any = await strapi.documents(ctx.uid as any).create({ data, locale: params.locale, populate: params.populate } as any);
  return { documentId: created?.documentId, entries: created ? [created] : [] } as any;
};
