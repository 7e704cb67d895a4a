import type { Core } from '@strapi/strapi';
import { andFilters, Filters, toWhere, Visibility } from '../../../../access/visibility';
import { CallerFinds, CallerMatch, ContactRef, matchCaller, PhoneQuery, TaxpayerKey } from '../../../../domain/caller-id';
import { CONTACT_PERSON, COUNTERPARTY } from '../../../../inbox/uids';

/** Shared numbers beyond this many records are a switchboard: the cards list the first ones. */
const LIMIT = 50;

export interface CallerQuery {
  phone: PhoneQuery | null;
  email: string | null;
  taxpayerCode: Omit<TaxpayerKey, 'source'> | null;
}

/**
 * The lookups of "Хто дзвонить?", as the caller-ID of new requests makes them (src/inbox/match-caller.ts),
 * but only among the records the person asking may see, and by a field only when they may read it: the
 * Secretary's question must not answer with a client another rule hides from her.
 */
export async function findVisibleCaller(strapi: Core.Strapi, visibility: Visibility, query: CallerQuery): Promise<{ match: CallerMatch; finds: CallerFinds }> {
  const scope = (uid: string, field: string): Filters | null => (visibility.can(uid, field) ? visibility.filter(uid) : null);
  const rows = async (uid: string, field: string, condition: unknown, populate?: Record<string, unknown>): Promise<any[]> => {
    const visible = scope(uid, field);
    if (visible === null) return [];
    return strapi.db.query(uid as any).findMany({
      where: toWhere(strapi, uid, andFilters({ [field]: condition }, visible)),
      select: uid === CONTACT_PERSON ? ['id', 'documentId', 'isPrimary', 'updatedAt'] : ['id', 'documentId'],
      ...(populate ? { populate } : {}),
      orderBy: [{ updatedAt: 'desc' }, { id: 'desc' }],
      limit: LIMIT,
    });
  };
  // a contact person's counterparty counts only if the asker may read the link
  const withCounterparty = visibility.can(CONTACT_PERSON, 'counterparty') ? { counterparty: { select: ['documentId'] } } : undefined;
  const contacts = (list: any[]): ContactRef[] =>
    list.map((row) => ({ id: row.documentId, counterpartyId: row.counterparty?.documentId ?? null, isPrimary: row.isPrimary, updatedAt: row.updatedAt }));
  const ids = (list: any[]) => list.map((row) => ({ id: row.documentId as string }));

  const phone = query.phone ? { $in: query.phone.variants } : null;
  const email = query.email ? { $eqi: query.email } : null;
  const code = query.taxpayerCode;
  const [byCode] = code ? await rows(COUNTERPARTY, code.kind, code.code) : [];
  const contactsByPhone = phone ? contacts(await rows(CONTACT_PERSON, 'phone', phone, withCounterparty)) : [];
  const counterpartiesByPhone = phone ? ids(await rows(COUNTERPARTY, 'phone', phone)) : [];
  const contactsByEmail = email ? contacts(await rows(CONTACT_PERSON, 'email', email, withCounterparty)) : [];
  const counterpartiesByEmail = email ? ids(await rows(COUNTERPARTY, 'email', email)) : [];

  const match = matchCaller({
    byTaxpayerCode: byCode ? { id: byCode.documentId } : null,
    contactsByPhone,
    counterpartiesByPhone,
    contactsByEmail,
    counterpartiesByEmail,
  });
  return {
    match,
    finds: {
      contacts: [...contactsByPhone, ...contactsByEmail],
      counterpartyIds: [...(byCode ? [byCode.documentId] : []), ...counterpartiesByPhone.map((c) => c.id), ...counterpartiesByEmail.map((c) => c.id)],
    },
  };
}
