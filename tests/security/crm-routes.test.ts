import { Caller, expectClean, judged, securitySuite, STAFF } from './harness';
import { attributesOf, shortName } from './model';
import { mayReadField, Row } from './oracle';
import type { Finding } from './response-check';
import { UID } from '../../src/access/uids';

/**
 * Vitrylo's own admin routes (`/crm/...`: home widgets, inbox, whereabouts, caller card, timeline, …),
 * every one the crm plugin registers, called by every staff role. The routes answer in their own shapes,
 * so the check is shape-free: no secret and no admin user row in the body; no documentId of a record the
 * caller may not see anywhere in it; an object carrying a record's documentId holds only fields of that
 * record the caller may read. Actions (POST/PUT) on a record the caller may not see must be refused and
 * leave it unchanged. A new route is attacked without new code; a new `:documentId` target needs one line
 * in TARGETS.
 */

const suite = securitySuite(__filename);

/** What the `:documentId` of a route path names, by the path segment before it. */
const TARGETS: Record<string, string> = {
  requests: UID.inboundRequest,
  notifications: UID.notification,
  interactions: UID.interaction,
  counterparties: UID.counterparty,
  'bank-statements': UID.bankStatement,
};

/** Queries worth sending to routes that need one (unknown routes are called without). */
const SAMPLE_QUERIES: Record<string, (records: (uid: string) => Row[]) => string[]> = {
  '/audit-entries': (records) => [UID.counterparty, UID.invoice, UID.payment].flatMap((uid) => records(uid).map((row) => `uid=${encodeURIComponent(uid)}&documentId=${row.documentId}`)),
  '/whereabouts': () => ['', `at=${encodeURIComponent(new Date().toISOString())}`],
  '/caller': (records) => records(UID.counterparty).filter((row) => row.phone).map((row) => `phone=${encodeURIComponent(row.phone)}`),
};

/** A body the actions take; a refusal must come from the caller's rights, not from a malformed body. */
const sampleBody = () => ({ result: 'Проба', reason: 'Проба', to: suite.fx.employees.director.documentId });

interface CrmRoute {
  method: string;
  path: string;
}

function crmRoutes(): CrmRoute[] {
  const declared: any = suite.strapi.plugin('crm').routes;
  const list: any[] = Array.isArray(declared) ? declared : Object.values(declared ?? {}).flatMap((group: any) => group?.routes ?? []);
  return list.map((route) => ({ method: String(route.method).toUpperCase(), path: String(route.path) }));
}

function targetOf(route: CrmRoute): string | null {
  if (route.path.includes('/reports/:key')) return null;
  const match = /\/([a-z-]+)\/:documentId/.exec(route.path);
  if (!match) return null;
  const uid = TARGETS[match[1]];
  if (!uid) throw new Error(`${route.method} /crm${route.path}: unknown :documentId target "${match[1]}" — add it to TARGETS`);
  return uid;
}

const recordsOf = (uid: string): Row[] => suite.graph.all(uid);

/** Every documentId of the graph, with its type. */
function documentIndex(): Map<string, { uid: string; row: Row }> {
  const index = new Map<string, { uid: string; row: Row }>();
  for (const [uid, rows] of suite.graph.rows) for (const row of rows.values()) index.set(row.documentId, { uid, row });
  return index;
}

function shapeFreeFindings(caller: Caller, body: unknown, index: Map<string, { uid: string; row: Row }>): Finding[] {
  const findings: Finding[] = [];
  const walk = (value: unknown, path: string) => {
    if (typeof value === 'string') {
      const known = index.get(value);
      if (known && !suite.oracle.maySee(caller.subject, known.uid, known.row)) findings.push({ kind: 'invisible-id', path, detail: `${shortName(known.uid)} ${value} (may not be seen)` });
      return;
    }
    if (Array.isArray(value)) return value.forEach((item, i) => walk(item, `${path}[${i}]`));
    if (typeof value !== 'object' || value === null) return;
    const record = typeof (value as any).documentId === 'string' ? index.get((value as any).documentId) : undefined;
    for (const [key, inner] of Object.entries(value)) {
      if (record && key !== 'documentId' && key !== 'id' && attributesOf(record.uid)[key] && !mayReadField(caller.subject, record.uid, key)) {
        findings.push({ kind: 'unreadable-field', path: `${path}.${key}`, detail: `${shortName(record.uid)}.${key} may not be read` });
      }
      walk(inner, `${path}.${key}`);
    }
  };
  walk(body, '$');
  return findings;
}

type Exchange = Awaited<ReturnType<Caller['send']>>;

async function judge(cls: string, caller: Caller, method: 'GET' | 'POST' | 'PUT' | 'DELETE', url: string, body?: unknown, more?: (exchange: Exchange) => Finding[]): Promise<string[]> {
  const exchange = await caller.send(method, url, body);
  const findings = [
    ...(await suite.checker.check(caller.subject, { status: exchange.status, text: exchange.text, body: exchange.json }, { rootUid: null })),
    ...shapeFreeFindings(caller, exchange.json, documentIndex()),
    ...(more?.(exchange) ?? []),
  ];
  return judged(suite, cls, findings.map((f) => `${caller.label}: ${method} ${url} -> ${exchange.status}: ${f.kind} at ${f.path}: ${f.detail}`));
}

test('the crm plugin registers routes to attack', () => {
  const routes = crmRoutes();
  expect(routes.length).toBeGreaterThan(10);
  for (const route of routes) targetOf(route); // every :documentId target is known
});

describe('crm reads answer only what the caller may see', () => {
  test.each([...STAFF])('%s', async (person) => {
    const caller = suite.callers[person];
    const lines: string[] = [];
    for (const route of crmRoutes().filter((r) => r.method === 'GET' && !r.path.includes(':key'))) {
      const uid = targetOf(route);
      const urls = uid
        ? recordsOf(uid).map((row) => `/crm${route.path.replace(':documentId', row.documentId)}`)
        : (SAMPLE_QUERIES[route.path]?.(recordsOf) ?? ['']).map((q) => `/crm${route.path}${q ? `?${q}` : ''}`);
      for (const url of urls) lines.push(...(await judge('crm routes: reads', caller, 'GET', url)));
    }
    expectClean(lines);
  });
});

describe('crm actions on records the caller may not see are refused and change nothing', () => {
  test.each([...STAFF])('%s', async (person) => {
    const caller = suite.callers[person];
    const lines: string[] = [];
    for (const route of crmRoutes().filter((r) => r.method !== 'GET')) {
      const uid = targetOf(route);
      if (!uid) continue;
      for (const row of recordsOf(uid).filter((r) => !suite.oracle.maySee(caller.subject, uid, r))) {
        const url = `/crm${route.path.replace(':documentId', row.documentId)}`;
        const before = await suite.strapi.db.query(uid as any).findOne({ where: { id: row.id } });
        const exchange = await caller.send(route.method as 'POST' | 'PUT' | 'DELETE', url, sampleBody());
        const after = await suite.strapi.db.query(uid as any).findOne({ where: { id: row.id } });
        const problems: string[] = [];
        if (exchange.status < 400) problems.push(`${caller.label}: ${route.method} ${url} -> ${exchange.status} on a record the caller may not see`);
        if (JSON.stringify(after) !== JSON.stringify(before)) problems.push(`${caller.label}: ${route.method} ${url} changed ${shortName(uid)} ${row.documentId}`);
        const leaks = shapeFreeFindings(caller, exchange.json, documentIndex());
        problems.push(...leaks.map((f) => `${caller.label}: ${route.method} ${url} -> ${exchange.status}: ${f.kind} at ${f.path}: ${f.detail}`));
        lines.push(...judged(suite, 'crm routes: actions', problems));
      }
    }
    expectClean(lines);
  });
});

/** The reports, each with the parameters that aim it at one record, as GET /crm/reports lists them. */
async function reportsToAttack(): Promise<Array<{ key: string; parameters: Array<{ key: string; kind: string; required: boolean }> }>> {
  const res = await suite.callers.director.get('/crm/reports');
  expect(res.status).toBe(200);
  return res.json.data;
}

/** Every way to ask for a report: the whole of 2025, and aimed at each record its reference parameters can name. */
function reportUrls(report: { key: string; parameters: Array<{ key: string; kind: string; required: boolean }> }): string[] {
  const period = report.parameters.some((parameter) => parameter.kind === 'period') ? 'from=2025-01-01&to=2025-12-31' : '';
  const join = (...parts: string[]) => parts.filter(Boolean).join('&');
  const aimed = report.parameters.flatMap((parameter) => {
    const uid = parameter.kind === 'counterparty' ? UID.counterparty : parameter.kind === 'invoice' ? UID.invoice : null;
    return uid ? recordsOf(uid).map((row) => join(period, `${parameter.key}=${row.documentId}`)) : [];
  });
  const plain = report.parameters.some((parameter) => parameter.required && parameter.kind !== 'period') ? [] : [period];
  return [...plain, ...aimed].map((query) => `/crm/reports/${report.key}?${query}`);
}

/** A report aimed at a record the caller may not see is refused; an answer names no record they may not see; nothing fails. */
function reportProblems(caller: Caller, url: string, exchange: Exchange, hiddenNames: readonly string[]): Finding[] {
  const findings: Finding[] = [];
  const aimedAt = /(?:counterparty|invoice)=([A-Za-z0-9]+)/.exec(url)?.[1];
  for (const uid of aimedAt ? [UID.counterparty, UID.invoice] : []) {
    const row = suite.graph.get(uid, { documentId: aimedAt });
    if (row && !suite.oracle.maySee(caller.subject, uid, row) && exchange.status === 200) findings.push({ kind: 'invisible-target', path: '$', detail: `${shortName(uid)} ${aimedAt} (may not be seen) answered 200` });
  }
  if (exchange.status === 200) for (const name of hiddenNames) if (exchange.text.includes(name)) findings.push({ kind: 'hidden-name', path: '$', detail: `«${name}» (may not be seen)` });
  if (exchange.status >= 500) findings.push({ kind: 'server-error', path: '$', detail: String(exchange.status) });
  return findings;
}

describe('reports answer only what the caller may see, and name no record they may not', () => {
  test.each([...STAFF])('%s', async (person) => {
    const caller = suite.callers[person];
    const hiddenNames = [UID.counterparty, UID.contactPerson].flatMap((uid) =>
      suite.oracle.hiddenRows(caller.subject, uid).map((row) => String(row.name ?? row.fullName ?? '')).filter((name) => name.length >= 8),
    );
    const lines: string[] = [];
    for (const report of await reportsToAttack()) {
      for (const url of reportUrls(report)) {
        lines.push(...(await judge('crm routes: reports', caller, 'GET', url, undefined, (exchange) => reportProblems(caller, url, exchange, hiddenNames))));
      }
    }
    expectClean(lines);
  });
});
