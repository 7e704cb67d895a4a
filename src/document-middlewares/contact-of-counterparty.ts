import type { Core, Modules } from '@strapi/strapi';
import { relationChange } from '../access/relation-references';
import { contactOfCounterpartyIssue, TYPES_WITH_CONTACT_OF_COUNTERPARTY } from '../domain/chronicle';
import { toValidationError } from './validation-error';

/** Types whose records name a counterparty and one of its contact persons. */
const TYPES = new Set(TYPES_WITH_CONTACT_OF_COUNTERPARTY);
const COUNTERPARTY = 'api::counterparty.counterparty';
const CONTACT = 'api::contact-person.contact-person';

type Linked = { id: number } | null;

/** What a to-one relation will hold after the write: `undefined` when the write leaves it as it is. */
async function linkedAfter(strapi: Core.Strapi, target: string, data: Record<string, unknown>, field: string): Promise<Linked | undefined> {
  if (!(field in data)) return undefined;
  const change = relationChange(field, { target }, data[field]);
  const where = change.linked.documentIds.length ? { documentId: change.linked.documentIds[0] } : change.linked.ids.length ? { id: change.linked.ids[0] } : null;
  if (!where) return change.replaces || change.unlinked.documentIds.length + change.unlinked.ids.length > 0 ? null : undefined;
  const row: any = await strapi.db.query(target as any).findOne({ where, select: ['id'] });
  return row ? { id: row.id } : null;
}

/**
 * Document middleware: an interaction, request or complaint names a contact person of its own
 * counterparty; a contact of another client is refused with 400 on `contactPerson`
 * (domain/chronicle/form-defaults.ts). On an update the side the write leaves alone is read from the record.
 */
export function contactOfCounterparty(strapi: Core.Strapi): Modules.Documents.Middleware.Middleware {
  return async (ctx, next) => {
    if (!TYPES.has(ctx.uid) || (ctx.action !== 'create' && ctx.action !== 'update')) return next();
    const params = ctx.params as { data?: Record<string, unknown>; documentId?: string };
    const data = params?.data;
    if (!data || typeof data !== 'object' || !('counterparty' in data || 'contactPerson' in data)) return next();

    let counterparty = await linkedAfter(strapi, COUNTERPARTY, data, 'counterparty');
    let contact = await linkedAfter(strapi, CONTACT, data, 'contactPerson');
    if ((counterparty === undefined || contact === undefined) && ctx.action === 'update' && params.documentId) {
      const stored: any = await strapi.db.query(ctx.uid as any).findOne({
        where: { documentId: params.documentId },
        select: ['id'],
        populate: { counterparty: { select: ['id'] }, contactPerson: { select: ['id'] } },
      });
      if (counterparty === undefined) counterparty = stored?.counterparty ? { id: stored.counterparty.id } : null;
      if (contact === undefined) contact = stored?.contactPerson ? { id: stored.contactPerson.id } : null;
    }
    if (!contact || !counterparty) return next();
    const row: any = await strapi.db.query(CONTACT as any).findOne({ where: { id: contact.id }, select: ['id'], populate: { counterparty: { select: ['id'] } } });
    const issue = contactOfCounterpartyIssue(counterparty.id, row?.counterparty?.id ?? null, true);
    if (issue) throw toValidationError([issue], { uid: ctx.uid });
    return next();
  };
}
