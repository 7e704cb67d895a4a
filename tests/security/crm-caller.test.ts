import { SCOPES } from '../helpers/access-fixtures';
import { UID } from '../../src/access/uids';
import { expectClean, judged, securitySuite, STAFF } from './harness';
import { readableFields } from './oracle';

/**
 * "Хто дзвонить?" (GET /crm/caller) returns records of several types in its own shape: every record it
 * names (counterparty, contact person, manager, last contacts, open requests) must be one the caller may
 * see, and carry only fields they may read, whichever key they look up by — the phone of a counterparty or
 * of a contact person of the own, department and other records.
 */
const suite = securitySuite(__filename);

const PHONES: Record<string, [string, string]> = { own: ['+380441000001', '+380501000001'], department: ['+380441000002', '+380501000002'], other: ['+380441000003', '+380501000003'] };

beforeAll(async () => {
  for (const scope of SCOPES) {
    const set = suite.fx.records[scope];
    await suite.strapi.db.query(UID.counterparty as any).update({ where: { id: set.counterparty.id }, data: { phone: PHONES[scope][0] } });
    await suite.strapi.db.query(UID.contactPerson as any).update({ where: { id: set.contactPerson.id }, data: { phone: PHONES[scope][1] } });
  }
});

/** Every record a card names, with its type and the fields sent. */
function recordsOf(card: any): Array<{ uid: string; record: Record<string, unknown> }> {
  const out: Array<{ uid: string; record: Record<string, unknown> }> = [];
  if (card.counterparty) out.push({ uid: UID.counterparty, record: card.counterparty });
  if (card.contactPerson) out.push({ uid: UID.contactPerson, record: card.contactPerson });
  if (card.manager) out.push({ uid: UID.employee, record: { ...card.manager, whereabouts: undefined } });
  for (const item of card.lastContacts ?? []) out.push({ uid: UID.interaction, record: { ...item, employee: undefined } });
  for (const item of card.openRequests ?? []) out.push({ uid: UID.inboundRequest, record: { ...item, assignee: undefined } });
  return out;
}

test.each(STAFF)('the %s learns nothing through "Хто дзвонить?" that the rules hide', async (person) => {
  const caller = suite.callers[person];
  const subject = suite.subjects[person];
  const lines: string[] = [];
  let checked = 0;
  for (const scope of SCOPES) {
    for (const phone of PHONES[scope]) {
      const res = await caller.get(`/crm/caller?phone=${encodeURIComponent(phone)}`);
      if (res.status === 403) continue;
      if (res.status !== 200) {
        lines.push(`${person} ${scope} ${phone}: status ${res.status}`);
        continue;
      }
      for (const card of res.json.data.cards) {
        for (const { uid, record } of recordsOf(card)) {
          checked += 1;
          const seen = suite.oracle.maySeeRef(subject, uid, { documentId: record.documentId });
          if (seen === false) lines.push(`${person} ${scope} ${phone}: hidden ${uid} ${record.documentId}`);
          const fields = readableFields(subject, uid);
          for (const [field, value] of Object.entries(record)) {
            if (value === undefined || field === 'documentId' || field === 'department') continue;
            if (!fields.has(field)) lines.push(`${person} ${scope} ${phone}: ${uid}.${field} is not readable`);
          }
        }
      }
    }
  }
  expectClean(judged(suite, 'crm caller: records and fields', lines));
  // every role reads counterparties: each found at least its own kind of card (the test is not vacuous)
  expect(checked).toBeGreaterThan(0);
});
