import type { Core } from '@strapi/strapi';
import { CallerDetails, callerLookupKeys, CallerMatch, ContactRef, CounterpartyRef, matchCaller } from '../domain/caller-id';
import { CONTACT_PERSON, COUNTERPARTY } from './uids';

/** Shared numbers and addresses beyond this many rows are a switchboard: the match is ambiguous anyway. */
const LIMIT = 50;

const counterparties = (rows: any[]): CounterpartyRef[] => rows.map((row) => ({ id: row.documentId }));
const contacts = (rows: any[]): ContactRef[] =>
  rows.map((row) => ({ id: row.documentId, counterpartyId: row.counterparty?.documentId ?? null, isPrimary: row.isPrimary, updatedAt: row.updatedAt }));

/**
 * Who sent an inbound request: the lookups by its phone (E.164 and the spellings rows may hold), its e-mail
 * (case-insensitively: `lower(email)` is indexed, src/inbox/email-indexes.ts) and its ЄДРПОУ / РНОКПП
 * (unique columns), and the core's choice among what they found (domain/caller-id/match-caller.ts).
 */
export async function findCaller(strapi: Core.Strapi, details: CallerDetails): Promise<CallerMatch> {
  const keys = callerLookupKeys(details);
  const query = (uid: string) => strapi.db.query(uid as any);
  const contactQuery = (where: Record<string, unknown>) =>
    query(CONTACT_PERSON).findMany({ where, select: ['documentId', 'isPrimary', 'updatedAt'], populate: { counterparty: { select: ['documentId'] } }, limit: LIMIT });
  const counterpartyQuery = (where: Record<string, unknown>) => query(COUNTERPARTY).findMany({ where, select: ['documentId'], limit: LIMIT });

  const code = keys.taxpayerCode;
  const byCode: any = code ? await query(COUNTERPARTY).findOne({ where: { [code.kind]: code.code }, select: ['documentId'] }) : null;
  const phone = keys.phone ? { $in: keys.phone.variants } : null;
  const email = keys.email ? { $eqi: keys.email } : null;
  return matchCaller({
    byTaxpayerCode: byCode ? { id: byCode.documentId } : null,
    contactsByPhone: phone ? contacts(await contactQuery({ phone })) : [],
    counterpartiesByPhone: phone ? counterparties(await counterpartyQuery({ phone })) : [],
    contactsByEmail: email ? contacts(await contactQuery({ email })) : [],
    counterpartiesByEmail: email ? counterparties(await counterpartyQuery({ email })) : [],
  });
}
