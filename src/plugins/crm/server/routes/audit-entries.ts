import { errors, z } from '@strapi/utils';
import { AUDIT_UID, isAuditedUid } from '../../../../audit/constants';
import { defineRoute } from '../kit/route';

export const HISTORY_LIMIT = 50;

type CanRead = (field: string) => boolean;

/**
 * Keeps the part of a change the caller may read: the whole field, or for components the readable
 * sub-fields (content-manager field permissions name them 'lines.price'); otherwise nothing.
 */
function readablePart(change: Record<string, any>, canRead: CanRead): Record<string, any> | null {
  if (canRead(change.field)) return change;
  const keep = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(keep);
    if (!value || typeof value !== 'object') return value;
    return Object.fromEntries(Object.entries(value).filter(([key]) => canRead(`${change.field}.${key}`)));
  };
  const sample = [change.old, change.new].flat().find((value) => value && typeof value === 'object');
  if (!sample || !Object.keys(sample).some((key) => canRead(`${change.field}.${key}`))) return null;
  return { ...change, old: keep(change.old), new: keep(change.new) };
}

/**
 * GET /crm/audit-entries?uid=<content type uid>&documentId=<id>: the latest 50 audit entries of one
 * document, newest first, for whoever may read the audit trail and this very document (ownership
 * conditions included); changes of fields they may not read are left out.
 */
export default defineRoute({
  method: 'GET',
  path: '/audit-entries',
  action: ['plugin::content-manager.explorer.read', AUDIT_UID],
  query: z.object({ uid: z.string().min(1), documentId: z.string().min(1) }).strict(),
  async handler({ strapi, ctx, query }) {
    if (!isAuditedUid(query.uid) || !strapi.contentTypes[query.uid as keyof typeof strapi.contentTypes]) {
      throw new errors.ValidationError(`no audit history for "${query.uid}"`);
    }
    const contentManager = strapi.plugin('content-manager');
    const checker = contentManager.service('permission-checker').create({ userAbility: ctx.state.userAbility, model: query.uid });
    if (checker.cannot.read()) return ctx.forbidden();
    const permissionQuery = await checker.sanitizedQuery.read({});
    const populateBuilder = contentManager.service('populate-builder') as unknown as (model: string) => any;
    const populate = await populateBuilder(query.uid).populateFromQuery(permissionQuery).build();
    const document = await strapi.documents(query.uid as any).findOne({ documentId: query.documentId, populate });
    if (!document) return ctx.notFound();
    if (checker.cannot.read(document)) return ctx.forbidden();

    const entries = await strapi.db.query(AUDIT_UID as any).findMany({
      where: { targetUid: query.uid, targetDocumentId: query.documentId },
      orderBy: [{ occurredAt: 'desc' }, { id: 'desc' }],
      limit: HISTORY_LIMIT,
    });
    const canRead: CanRead = (field) => checker.can.read(document, field);
    return {
      data: entries.map((entry: any) => ({
        id: entry.id,
        documentId: entry.documentId,
        occurredAt: entry.occurredAt,
        action: entry.action,
        actorType: entry.actorType,
        actorName: entry.actorName,
        apiTokenName: entry.apiTokenName,
        targetLabel: entry.targetLabel,
        jobName: entry.jobName,
        counts: entry.counts,
        changes: Array.isArray(entry.changes) ? entry.changes.map((change: any) => readablePart(change, canRead)).filter(Boolean) : null,
      })),
      meta: { limit: HISTORY_LIMIT },
    };
  },
});
