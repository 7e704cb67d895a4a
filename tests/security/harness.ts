import fs from 'fs';
import path from 'path';
import qs from 'qs';
import type { Core } from '@strapi/strapi';
import { startStrapi, TestApp } from '../helpers/strapi';
import { AdminSession, cm, createSuperAdminSession } from '../helpers/admin';
import { AccessFixtures, createAccessFixtures, loginAll, Person, Scope, SCOPES } from '../helpers/access-fixtures';
import { UID } from '../../src/access/uids';
import { Graph, Oracle, Subject } from './oracle';
import { CheckSpec, Finding, ResponseChecker, Secret } from './response-check';

/**
 * One attack-suite test file: one Strapi on a fresh database, the access fixtures plus a few records
 * that give every attack something to find, one caller per staff role, the rules oracle, the response
 * checker and the request/case counters that tests/security/report.js sums up at the end of the run.
 */

export const STAFF = ['director', 'manager', 'secretary', 'marketer', 'accountant'] as const;
export type Staff = (typeof STAFF)[number];

export const ROOT_EMAIL = 'root@vitrylo.test';

/* ------------------------------------------------------------------------------------------------ */
/* Counting                                                                                         */
/* ------------------------------------------------------------------------------------------------ */

export class Stats {
  requests = 0;
  /** milliseconds spent waiting for responses */
  requestMs = 0;
  readonly cases: Record<string, number> = {};
  readonly failedCases: Record<string, number> = {};
  readonly failures: Array<{ cls: string; line: string }> = [];

  countCase(cls: string): void {
    this.cases[cls] = (this.cases[cls] ?? 0) + 1;
  }

  fail(cls: string, lines: string[]): void {
    if (lines.length === 0) return;
    this.failedCases[cls] = (this.failedCases[cls] ?? 0) + 1;
    for (const line of lines) this.failures.push({ cls, line });
  }

  write(file: string): void {
    const dir = path.resolve(__dirname, '../../.tmp/security-stats');
    fs.mkdirSync(dir, { recursive: true });
    const name = `${path.basename(file).replace(/\W+/g, '-')}.json`;
    const timing = { requestMs: this.requestMs, graphMs: Graph.loadMs };
    fs.writeFileSync(path.join(dir, name), JSON.stringify({ file: path.basename(file), requests: this.requests, timing, cases: this.cases, failedCases: this.failedCases, failures: this.failures }, null, 1));
  }
}

/* ------------------------------------------------------------------------------------------------ */
/* Callers                                                                                          */
/* ------------------------------------------------------------------------------------------------ */

export interface Exchange {
  method: string;
  url: string;
  body?: unknown;
  status: number;
  text: string;
  json: any;
}

/** Shortened, decoded request line for failure messages. */
export function describeRequest(exchange: Pick<Exchange, 'method' | 'url' | 'body'>): string {
  let url = exchange.url;
  try {
    url = decodeURIComponent(url);
  } catch {
    // keep as sent
  }
  if (url.length > 360) url = `${url.slice(0, 340)}…(+${url.length - 340} chars)`;
  const body = exchange.body === undefined ? '' : ` ${JSON.stringify(exchange.body).slice(0, 200)}`;
  return `${exchange.method} ${url}${body}`;
}

export class Caller {
  constructor(
    readonly label: string,
    readonly subject: Subject,
    private readonly authorization: string,
    private readonly app: TestApp,
    private readonly stats: Stats,
  ) {}

  async send(method: 'GET' | 'POST' | 'PUT' | 'DELETE', url: string, body?: unknown, headers: Record<string, string> = {}): Promise<Exchange> {
    this.stats.requests += 1;
    const agent: any = this.app.http;
    let req = (method === 'GET' ? agent.get(url) : method === 'POST' ? agent.post(url) : method === 'PUT' ? agent.put(url) : agent.delete(url)).set('Authorization', this.authorization);
    for (const [name, value] of Object.entries(headers)) req = req.set(name, value);
    if (body !== undefined) req = req.send(body as object);
    const started = Date.now();
    const res = await req;
    this.stats.requestMs += Date.now() - started;
    return { method, url, body, status: res.status, text: res.text ?? '', json: res.body };
  }

  get = (url: string) => this.send('GET', url);
  post = (url: string, body?: unknown) => this.send('POST', url, body ?? {});
  put = (url: string, body?: unknown) => this.send('PUT', url, body ?? {});
  del = (url: string) => this.send('DELETE', url);
}

/** Query string the way the admin panel's fetch client builds it. */
export const query = (params: Record<string, unknown>): string => qs.stringify(params, { encodeValuesOnly: true });

/* ------------------------------------------------------------------------------------------------ */
/* The suite                                                                                        */
/* ------------------------------------------------------------------------------------------------ */

export interface Extras {
  product: { id: number; documentId: string };
  marketingEvent: { id: number; documentId: string };
  segment: { id: number; documentId: string };
  /** counterparties created through the admin panel by each sales manager (createdBy set) */
  createdBy: Record<'manager' | 'colleague' | 'otherManager', { id: number; documentId: string }>;
}

export interface SecuritySuite {
  app: TestApp;
  strapi: Core.Strapi;
  fx: AccessFixtures;
  root: AdminSession;
  sessions: Record<Person, AdminSession>;
  subjects: Record<Person | 'root', Subject>;
  callers: Record<Staff, Caller>;
  graph: Graph;
  oracle: Oracle;
  checker: ResponseChecker;
  stats: Stats;
  secrets: Secret[];
  extras: Extras;
  /** builds another caller with a bearer credential (admin JWT or admin token) for a subject */
  callerFor(label: string, subject: Subject, bearer: string): Caller;
}

/** Reads an admin user's roles and employee card from the database. */
export async function subjectOf(strapi: Core.Strapi, label: string, where: Record<string, unknown>): Promise<Subject> {
  const user: any = await strapi.db.query('admin::user').findOne({ where, populate: ['roles'] });
  if (!user) throw new Error(`no admin user ${JSON.stringify(where)}`);
  const card: any = await strapi.db.query(UID.employee as any).findOne({ where: { adminUser: { id: user.id } }, populate: { department: { select: ['id'] } } });
  const roleCodes: string[] = user.roles.map((r: any) => r.code);
  return {
    label,
    adminUserId: user.id,
    roleCodes,
    superAdmin: roleCodes.includes('strapi-super-admin'),
    departmentId: card?.department?.id ?? null,
    employeeId: card?.id ?? null,
  };
}

/** Every stored secret: admin password hashes, reset and registration tokens, API/admin token hashes. */
export async function readSecrets(strapi: Core.Strapi): Promise<Secret[]> {
  const secrets: Secret[] = [];
  const users: any[] = await strapi.db.query('admin::user').findMany({ select: ['id', 'email', 'password', 'resetPasswordToken', 'registrationToken'] });
  for (const user of users) {
    for (const field of ['password', 'resetPasswordToken', 'registrationToken']) {
      if (typeof user[field] === 'string' && user[field].length >= 16) secrets.push({ label: `${field} of admin user ${user.email}`, value: user[field] });
    }
  }
  const tokens: any[] = await strapi.db.query('admin::api-token').findMany({ select: ['id', 'name', 'accessKey', 'encryptedKey'] });
  for (const token of tokens) {
    for (const field of ['accessKey', 'encryptedKey']) {
      if (typeof token[field] === 'string' && token[field].length >= 16) secrets.push({ label: `${field} of API token ${token.name}`, value: token[field] });
    }
  }
  return secrets;
}

const create = async (strapi: Core.Strapi, uid: string, data: Record<string, unknown>) => {
  const doc: any = await strapi.documents(uid as any).create({ data } as any);
  return { id: doc.id as number, documentId: doc.documentId as string };
};
const update = (strapi: Core.Strapi, uid: string, documentId: string, data: Record<string, unknown>) => strapi.documents(uid as any).update({ documentId, data } as any);

/**
 * Records beyond the access fixtures, so attacks have something to find: amounts that differ per scope
 * (a filter or sort on an amount can then tell records apart), a product in the other department's
 * invoice lines, a marketing event and a segment touching every department, a department head,
 * counterparties created through the admin panel (createdBy, audit entries with an admin actor), and the
 * manager's own calls and visits to the other department's clients.
 */
async function createExtras(strapi: Core.Strapi, fx: AccessFixtures, sessions: Record<Person, AdminSession>): Promise<Extras> {
  const product = await create(strapi, UID.product, { name: 'ACCFIX Товар', code: 'ACC-1', price: 777.77 });
  const index: Record<Scope, number> = { own: 0, department: 1, other: 2 };
  for (const scope of SCOPES) {
    const k = index[scope];
    const set = fx.records[scope];
    const lines = [{ description: `Вікно ${scope}`, quantity: 2, price: 1500 + 100 * k, vatRate: 20, ...(scope === 'other' ? { product: product.documentId } : {}) }];
    await update(strapi, UID.contract, set.contract.documentId, { lines });
    await update(strapi, UID.invoice, set.invoice.documentId, { lines });
    await update(strapi, UID.payment, set.payment.documentId, { amount: 3600 + 11 * k });
    await update(strapi, UID.refusal, set.refusal.documentId, { lostAmount: 9000 + 11 * k });
    await update(strapi, UID.complaint, set.complaint.documentId, { cost: 250 + 11 * k });
    await update(strapi, UID.counterparty, set.counterparty.documentId, { note: `${set.tag} примітка`, phone: `+38067${1000000 + k * 1111}` });
  }
  const marketingEvent = await create(strapi, UID.marketingEvent, {
    name: 'ACCFIX Виставка',
    kind: 'exhibition',
    budget: 50000,
    costs: [{ item: 'Стенд', amount: 12000 }],
    promotedProducts: [product.documentId],
    participants: [{ counterparty: fx.records.other.counterparty.documentId, contactPerson: fx.records.other.contactPerson.documentId, status: 'invited' }],
  });
  await update(strapi, UID.interaction, fx.records.other.interaction.documentId, { marketingEvent: marketingEvent.documentId });
  const segment = await create(strapi, UID.segment, {
    name: 'ACCFIX Сегмент',
    members: SCOPES.map((scope) => fx.records[scope].counterparty.documentId),
  });
  await update(strapi, UID.department, fx.departments.sales2.documentId, { head: fx.employees.otherManager.documentId });
  const createdBy = {} as Extras['createdBy'];
  for (const person of ['manager', 'colleague', 'otherManager'] as const) {
    const res = await sessions[person].post(cm(UID.counterparty), { name: `ACCFIX створив ${person}`, kind: 'prospect' });
    if (res.status !== 201) throw new Error(`extras: ${person} could not create a counterparty: ${res.status} ${JSON.stringify(res.body)}`);
    createdBy[person] = { id: res.body.data.id, documentId: res.body.data.documentId };
  }
  // the manager's own records pointing (to-one) at clients of the other department: visible rows whose
  // related record is hidden, so sorting or filtering on it could tell something
  for (const [i, client] of [fx.records.other.counterparty, createdBy.otherManager].entries()) {
    await create(strapi, UID.interaction, { subject: `ACCFIX Own дзвінок чужому ${client.id}`, kind: 'call-out', occurredAt: '2025-04-02T10:00:00.000Z', employee: fx.employees.manager.documentId, counterparty: client.documentId });
    await create(strapi, UID.scheduleEntry, {
      purpose: `ACCFIX Own візит до чужого ${client.id}`,
      employee: fx.employees.manager.documentId,
      counterparty: client.documentId,
      // one visit after the other: one person's schedule entries may not overlap
      start: `2025-04-0${3 + i}T08:00:00.000Z`,
      end: `2025-04-0${3 + i}T10:00:00.000Z`,
      kind: 'client-visit',
    });
  }
  return { product, marketingEvent, segment, createdBy };
}

/** Boots the suite for one test file; fields are filled in beforeAll. */
export function securitySuite(testFile: string): SecuritySuite {
  const suite = { stats: new Stats() } as SecuritySuite;
  beforeAll(async () => {
    suite.app = await startStrapi();
    const strapi = suite.app.strapi;
    suite.strapi = strapi;
    suite.fx = await createAccessFixtures(strapi);
    suite.root = await createSuperAdminSession(suite.app, ROOT_EMAIL);
    suite.sessions = await loginAll(suite.app, suite.fx);
    suite.extras = await createExtras(strapi, suite.fx, suite.sessions);

    // secrets worth stealing: a reset token for the super admin, a content-API token, an admin token
    const forgot = await suite.app.http.post('/admin/forgot-password').send({ email: ROOT_EMAIL });
    // Strapi answers before the token is written (its controller does not await the service): wait for it
    let rootUser: any = null;
    for (let attempt = 0; attempt < 50 && !rootUser?.resetPasswordToken; attempt += 1) {
      if (attempt > 0) await new Promise((resolve) => setTimeout(resolve, 100));
      rootUser = await strapi.db.query('admin::user').findOne({ where: { email: ROOT_EMAIL }, populate: ['roles'] });
    }
    if (!rootUser.resetPasswordToken) throw new Error(`forgot-password (${forgot.status}) left no reset token for the super admin`);
    await strapi.service('admin::api-token').create({ name: 'security-content-api', description: '', kind: 'content-api', type: 'read-only', lifespan: null });
    await (strapi.service('admin::api-token-admin') as any).create({ name: 'security-root-admin-token', description: '', lifespan: null, adminPermissions: [] }, rootUser);
    suite.secrets = await readSecrets(strapi);

    suite.subjects = {} as SecuritySuite['subjects'];
    for (const person of Object.keys(suite.fx.emails) as Person[]) suite.subjects[person] = await subjectOf(strapi, person, { email: suite.fx.emails[person] });
    suite.subjects.root = await subjectOf(strapi, 'super admin', { email: ROOT_EMAIL });

    suite.graph = await new Graph(strapi).load();
    suite.oracle = new Oracle(suite.graph);
    suite.checker = new ResponseChecker(suite.oracle, () => suite.secrets);
    suite.callerFor = (label, subject, bearer) => new Caller(label, subject, `Bearer ${bearer}`, suite.app, suite.stats);
    suite.callers = {} as Record<Staff, Caller>;
    for (const person of STAFF) suite.callers[person] = suite.callerFor(person, suite.subjects[person], suite.sessions[person].token);
  });
  afterAll(async () => {
    suite.stats.write(testFile);
    await suite.app?.stop();
  });
  return suite;
}

/* ------------------------------------------------------------------------------------------------ */
/* Probes                                                                                           */
/* ------------------------------------------------------------------------------------------------ */

/** One line per kind of finding per request: the first finding in full, how many more and where. */
export function formatFindings(caller: Caller, exchange: Exchange, findings: Finding[]): string[] {
  const byKind = new Map<string, Finding[]>();
  for (const finding of findings) byKind.set(finding.kind, [...(byKind.get(finding.kind) ?? []), finding]);
  return [...byKind.entries()].map(([kind, list]) => {
    const [first, ...rest] = list;
    const more = rest.length === 0 ? '' : ` (+${rest.length} more: ${[...new Set(rest.map((f) => (kind === 'secret' ? f.detail : f.path.replace(/\[\d+\]/g, '[]'))))].slice(0, 4).join('; ')}${rest.length > 4 ? '; ...' : ''})`;
    return `${caller.label}: ${describeRequest(exchange)} -> ${exchange.status}: ${kind} at ${first.path}: ${first.detail}${more}`;
  });
}

/**
 * One request, judged by the response checker: counts one case of the class and returns the failure
 * lines (empty when the response keeps to the caller's rules).
 */
export async function probe(suite: SecuritySuite, cls: string, caller: Caller, method: 'GET' | 'POST' | 'PUT' | 'DELETE', url: string, body: unknown, spec: CheckSpec, headers?: Record<string, string>): Promise<string[]> {
  suite.stats.countCase(cls);
  const exchange = await caller.send(method, url, body, headers);
  const findings = await suite.checker.check(caller.subject, { status: exchange.status, text: exchange.text, body: exchange.json }, spec);
  const lines = formatFindings(caller, exchange, findings);
  suite.stats.fail(cls, lines);
  return lines;
}

/** Records a case decided by the test itself (oracle pairs, database checks). */
export function judged(suite: SecuritySuite, cls: string, lines: string[]): string[] {
  suite.stats.countCase(cls);
  suite.stats.fail(cls, lines);
  return lines;
}

/** Asserts a test's collected failure lines are empty, printing them all when not. */
export function expectClean(lines: string[]): void {
  if (lines.length > 0) throw new Error(`${lines.length} finding(s):\n  ${lines.join('\n  ')}`);
}
