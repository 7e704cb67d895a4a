import type { Core, Modules } from '@strapi/strapi';
import { trustedWrite } from '../access/trusted-write';
import { LinkedFollowUp, planNextContact, SavedInteraction, validateNextContact } from '../domain/chronicle';
import { toValidationError } from '../document-middlewares/validation-error';
import { docIdOf } from '../inbox/refs';
import { INTERACTION } from '../inbox/uids';

/** Fields whose change can create, move or cancel the planned next contact. */
const PLANNING_FIELDS = ['nextContactAt', 'nextContactNote', 'state', 'employee', 'occurredAt', 'subject'];

const RELATIONS = { employee: { select: ['documentId'] }, counterparty: { select: ['documentId'] }, contactPerson: { select: ['documentId'] }, businessLine: { select: ['documentId'] }, stage: { select: ['documentId'] } };

async function savedInteraction(strapi: Core.Strapi, documentId: string): Promise<SavedInteraction | null> {
  const row: any = await strapi.db.query(INTERACTION as any).findOne({
    where: { documentId },
    select: ['documentId', 'state', 'occurredAt', 'subject', 'nextContactAt', 'nextContactNote'],
    populate: RELATIONS,
  });
  if (!row) return null;
  return {
    id: row.documentId,
    state: row.state,
    occurredAt: row.occurredAt,
    subject: row.subject,
    nextContactAt: row.nextContactAt,
    nextContactNote: row.nextContactNote,
    employeeId: docIdOf(row.employee),
    counterpartyId: docIdOf(row.counterparty),
    contactPersonId: docIdOf(row.contactPerson),
    businessLineId: docIdOf(row.businessLine),
    stageId: docIdOf(row.stage),
  };
}

async function linkedFollowUp(strapi: Core.Strapi, documentId: string): Promise<LinkedFollowUp | null> {
  const row: any = await strapi.db.query(INTERACTION as any).findOne({
    where: { followUpOf: { documentId } },
    select: ['documentId', 'state', 'occurredAt', 'subject'],
    populate: { employee: { select: ['documentId'] } },
  });
  return row ? { id: row.documentId, state: row.state, occurredAt: row.occurredAt, subject: row.subject, employeeId: docIdOf(row.employee) } : null;
}

/**
 * Document middleware: saving an interaction with `nextContactAt` creates, or moves, exactly one planned
 * interaction for that moment and employee, linked back through `followUpOf` (domain/chronicle/next-contact.ts:
 * only a done contact plans one; a closed follow-up is left alone). A `nextContactAt` not after the contact
 * itself is a 400. The planned one is written in the same transaction, as the system's own write.
 */
export function nextContactPlanning(strapi: Core.Strapi): Modules.Documents.Middleware.Middleware {
  return async (ctx, next) => {
    if (ctx.uid !== INTERACTION || (ctx.action !== 'create' && ctx.action !== 'update')) return next();
    const params = ctx.params as { data?: Record<string, any>; documentId?: string };
    const data = params?.data;
    if (!data || typeof data !== 'object') return next();
    if (ctx.action === 'create' ? !data.nextContactAt : !PLANNING_FIELDS.some((field) => field in data)) return next();

    if ('nextContactAt' in data || 'occurredAt' in data) {
      const stored = ctx.action === 'update' && params.documentId ? await savedInteraction(strapi, params.documentId) : null;
      const issues = validateNextContact({
        occurredAt: 'occurredAt' in data ? data.occurredAt : stored?.occurredAt,
        nextContactAt: 'nextContactAt' in data ? data.nextContactAt : stored?.nextContactAt,
      });
      if (issues.length > 0) throw toValidationError(issues, { uid: INTERACTION });
    }

    return strapi.db.transaction(async () => {
      const result: any = await next();
      const documentId = params.documentId ?? result?.documentId;
      const saved = documentId ? await savedInteraction(strapi, documentId) : null;
      if (!saved) return result;
      const plan = planNextContact(saved, await linkedFollowUp(strapi, saved.id));
      if (plan.action === 'create') {
        const { employeeId, counterpartyId, contactPersonId, businessLineId, stageId, followUpOfId, ...fields } = plan.data;
        await trustedWrite(() =>
          strapi.documents(INTERACTION as any).create({
            data: {
              ...fields,
              employee: employeeId,
              counterparty: counterpartyId,
              contactPerson: contactPersonId,
              businessLine: businessLineId,
              stage: stageId,
              followUpOf: followUpOfId,
            } as any,
            fields: ['documentId'] as any,
          }),
        );
      } else if (plan.action === 'move') {
        const { employeeId, ...changes } = plan.changes;
        await trustedWrite(() =>
          strapi.documents(INTERACTION as any).update({
            documentId: plan.id,
            data: { ...changes, ...(employeeId ? { employee: employeeId } : {}) } as any,
            fields: ['documentId'] as any,
          }),
        );
      }
      return result;
    });
  };
}
