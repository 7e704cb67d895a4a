import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { AUDIT_UID, isAuditedUid } from '../../../../audit/constants';

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

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async list(ctx: any) {
    const { uid, documentId } = ctx.query ?? {};
    if (typeof uid !== 'string' || typeof documentId !== 'string' || documentId === '') {
      throw new errors.ValidationError('uid and documentId are required');
    }
    if (!isAuditedUid(uid) || !strapi.contentTypes[uid as keyof typeof strapi.contentTypes]) {
      throw new errors.ValidationError(`no audit history for "${uid}"`);
    }

    // The caller must be able to read this very document (ownership conditions included).
    const contentManager = strapi.plugin('content-manager');
    const checker = contentManager.service('permission-checker').create({ userAbility: ctx.state.userAbility, model: uid });
    if (checker.cannot.read()) return ctx.forbidden();
    const permissionQuery = await checker.sanitizedQuery.read({});
    const populateBuilder = contentManager.service('populate-builder') as unknown as (model: string) => any;
    const populate = await populateBuilder(uid).populateFromQuery(permissionQuery).build();
    const document = await strapi.documents(uid as any).findOne({ documentId, populate });
    if (!document) return ctx.notFound();
    if (checker.cannot.read(document)) return ctx.forbidden();

    const entries = await strapi.db.query(AUDIT_UID as any).findMany({
      where: { targetUid: uid, targetDocumentId: documentId },
      orderBy: [{ occurredAt: 'desc' }, { id: 'desc' }],
      limit: HISTORY_LIMIT,
    });
    const canRead: CanRead = (field) => checker.can.read(document, field);
    ctx.body = {
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
