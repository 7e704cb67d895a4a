import { cm } from '../helpers/admin';
import { UID } from '../../src/access/uids';
import { describeRequest, securitySuite } from './harness';

/**
 * Deny by default: the main content-manager routes refuse query keys they do not know, and the relation
 * routes refuse `populate` and `fields` (the admin panel never sends them there), with 400 — instead of
 * quietly passing them on to Strapi, which is how populate reached admin users' password hashes.
 *
 * Unlike the rest of tests/security, these tests fix the status code. They fail until the content-manager
 * guard refuses unknown keys; the status-agnostic attack files check that nothing leaks either way.
 */

const suite = securitySuite(__filename);

interface Case {
  name: string;
  method: 'GET' | 'POST' | 'PUT';
  url: () => string;
  body?: () => unknown;
}

const own = () => suite.fx.records.own;
const CASES: Case[] = [
  { name: 'list ?foo', method: 'GET', url: () => `${cm(UID.counterparty)}?page=1&pageSize=10&foo=1` },
  { name: 'single record ?foo', method: 'GET', url: () => `${cm(UID.counterparty, own().counterparty.documentId)}?foo=1` },
  { name: 'create ?foo', method: 'POST', url: () => `${cm(UID.interaction)}?foo=1`, body: () => ({ subject: 'ACCFIX deny', kind: 'call-in', occurredAt: '2026-01-01T10:00:00.000Z', counterparty: own().counterparty.documentId }) },
  { name: 'update ?foo', method: 'PUT', url: () => `${cm(UID.counterparty, own().counterparty.documentId)}?foo=1`, body: () => ({ note: 'ACCFIX deny' }) },
  { name: 'clone ?foo', method: 'POST', url: () => `${cm(UID.interaction)}/clone/${own().interaction.documentId}?foo=1`, body: () => ({}) },
  { name: 'bulkFindForValidation ?foo', method: 'POST', url: () => `${cm(UID.counterparty)}/actions/bulkFindForValidation?foo=1`, body: () => ({ documentIds: [own().counterparty.documentId] }) },
  { name: 'bulkDelete ?foo', method: 'POST', url: () => `${cm(UID.counterparty)}/actions/bulkDelete?foo=1`, body: () => ({ documentIds: ['zz0000qqqqqqqqqqqqqqqqqq'] }) },
  { name: 'countManyEntriesDraftRelations ?foo', method: 'GET', url: () => `${cm(UID.counterparty)}/actions/countManyEntriesDraftRelations?documentIds[0]=${own().counterparty.documentId}&foo=1` },
  { name: 'relation picker ?foo', method: 'GET', url: () => `/content-manager/relations/${UID.interaction}/counterparty?foo=1` },
  { name: 'relation picker ?populate', method: 'GET', url: () => `/content-manager/relations/${UID.interaction}/employee?populate[department]=true` },
  { name: 'relation picker ?populate[createdBy]', method: 'GET', url: () => `/content-manager/relations/${UID.interaction}/counterparty?populate[createdBy]=true` },
  { name: 'relation picker ?fields', method: 'GET', url: () => `/content-manager/relations/${UID.interaction}/counterparty?fields[0]=name&fields[1]=note` },
  { name: 'existing relations ?foo', method: 'GET', url: () => `/content-manager/relations/${UID.interaction}/${own().interaction.documentId}/counterparty?foo=1` },
  { name: 'existing relations ?populate', method: 'GET', url: () => `/content-manager/relations/${UID.interaction}/${own().interaction.documentId}/counterparty?populate=*` },
  { name: 'homepage count ?foo', method: 'GET', url: () => '/content-manager/homepage/count-documents?foo=1' },
  { name: 'homepage recent documents ?foo', method: 'GET', url: () => '/content-manager/homepage/recent-documents?action=update&foo=1' },
];

describe('unknown or forbidden query keys are refused with 400 (sales manager)', () => {
  test.each(CASES)('$name', async ({ method, url, body }) => {
    const uid = url().match(/collection-types\/([^/?]+)/)?.[1];
    const countBefore = uid ? await suite.strapi.db.query(uid as any).count() : 0;
    const res = await suite.callers.manager.send(method, url(), body?.());
    suite.stats.countCase('deny by default (400)');
    if (res.status !== 400) suite.stats.fail('deny by default (400)', [`manager: ${describeRequest(res)} -> ${res.status}, expected 400`]);
    // a refused write must leave no trace
    if (uid && method !== 'GET' && res.status === 400) expect(await suite.strapi.db.query(uid as any).count()).toBe(countBefore);
    expect([describeRequest(res), res.status]).toEqual([describeRequest(res), 400]);
  });
});
