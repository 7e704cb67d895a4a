import { cm } from '../helpers/admin';
import { ROLE_CODE } from '../../src/access/roles';
import { Caller, describeRequest, Exchange, formatFindings, judged, probe, query, SecuritySuite, Staff } from './harness';
import { apiRelationsOf, API_TYPES, attributesOf, componentsOf, isNumberType, isTextType, mainTextField, relationsOf, scalarFieldsOf, shortName } from './model';
import { canReadType, mayReadField, readableFields, Row, Subject } from './oracle';
import type { CheckSpec } from './response-check';

/**
 * The read-side attack catalogue, generated from the schemas and the roles: which requests to send and
 * how to judge them. Test files pick callers and types; everything else comes from here.
 */

/* ------------------------------------------------------------------------------------------------ */
/* Which (caller, type) pairs to attack — known before Strapi boots, from the role definitions       */
/* ------------------------------------------------------------------------------------------------ */

export const STAFF_ROLE: Record<Staff, string> = {
  director: ROLE_CODE.director,
  manager: ROLE_CODE.salesManager,
  secretary: ROLE_CODE.secretary,
  marketer: ROLE_CODE.marketer,
  accountant: ROLE_CODE.accountant,
};

/** A subject with a staff role's rights, for generating cases before the database exists. */
export function staticSubject(person: Staff): Subject {
  return { label: person, adminUserId: -1, roleCodes: [STAFF_ROLE[person]], superAdmin: false, departmentId: null, employeeId: null };
}

/** Types worth attacking for a caller: readable, and with something to walk through or hide (a relation, a component or a hidden field). */
export function attackedTypes(person: Staff): string[] {
  const subject = staticSubject(person);
  return API_TYPES.filter((uid) => {
    if (!canReadType(subject, uid)) return false;
    const hiddenScalar = scalarFieldsOf(uid).some((f) => !mayReadField(subject, uid, f.field));
    return relationsOf(uid).length > 0 || componentsOf(uid).length > 0 || hiddenScalar;
  });
}

export function pairs<T>(persons: readonly Staff[], typesOf: (p: Staff) => T[]): Array<[Staff, T]> {
  return persons.flatMap((p) => typesOf(p).map((t) => [p, t] as [Staff, T]));
}

/* ------------------------------------------------------------------------------------------------ */
/* Populate trees                                                                                   */
/* ------------------------------------------------------------------------------------------------ */

const USER_FIELDS = { createdBy: true, updatedBy: true };

/** `populate` for one relation's subtree: the target's relations, and at the last level only what leads to admin users. */
function subtree(uid: string, level: number, maxLevel: number): Record<string, unknown> | true {
  if (!uid.startsWith('api::')) return true;
  const populate: Record<string, unknown> = { ...USER_FIELDS };
  for (const relation of relationsOf(uid)) {
    if (level < maxLevel) populate[relation.field] = subtree(relation.target, level + 1, maxLevel);
    else if (!relation.target.startsWith('api::')) populate[relation.field] = true;
  }
  return { populate };
}

/**
 * Deep `populate` objects for a type: every relation (and the relations inside components) to
 * `maxLevel` levels, createdBy/updatedBy everywhere, admin-user relations at the last level; split so
 * that each request stays a reasonable URL.
 */
export function deepPopulates(uid: string, maxLevel = 3, maxChars = 6000): Array<Record<string, unknown>> {
  const entries: Array<[string, unknown]> = [];
  for (const relation of relationsOf(uid)) entries.push([relation.field, subtree(relation.target, 2, maxLevel)]);
  for (const component of componentsOf(uid)) {
    const inner: Record<string, unknown> = {};
    for (const relation of relationsOf(component.component)) inner[relation.field] = subtree(relation.target, 3, maxLevel);
    entries.push([component.field, Object.keys(inner).length > 0 ? { populate: inner } : true]);
  }
  const chunks: Array<Record<string, unknown>> = [];
  let current: Record<string, unknown> = { ...USER_FIELDS };
  for (const [field, value] of entries) {
    const next = { ...current, [field]: value };
    if (Object.keys(current).length > 2 && query({ populate: next }).length > maxChars) {
      chunks.push(current);
      current = { [field]: value };
    } else {
      current = next;
    }
  }
  chunks.push(current);
  return chunks;
}

/**
 * Relation paths (up to `maxDepth` steps) from a type to what the subject may not see: a type it may
 * not read, a type with fields it may not read, an admin user. At most `perEnd` paths per end, shortest
 * first, `max` in all: the populate an attacker would aim at, kept to one request.
 */
export function hiddenPaths(subject: Subject, uid: string, maxDepth = 3, max = 16, perEnd = 2): string[][] {
  const found: string[][] = [];
  const perTarget = new Map<string, number>();
  let frontier: Array<{ at: string; path: string[] }> = [{ at: uid, path: [] }];
  for (let depth = 1; depth <= maxDepth && found.length < max; depth += 1) {
    const next: typeof frontier = [];
    for (const node of frontier) {
      for (const relation of relationsOf(node.at)) {
        const path = [...node.path, relation.field];
        const hidden = !relation.target.startsWith('api::') || !canReadType(subject, relation.target) || unreadableScalars(subject, relation.target).length > 0;
        if (hidden) {
          const seen = perTarget.get(relation.target) ?? 0;
          if (seen < perEnd && found.length < max) {
            found.push(path);
            perTarget.set(relation.target, seen + 1);
          }
        } else if (depth < maxDepth) {
          next.push({ at: relation.target, path });
        }
      }
    }
    frontier = next;
  }
  return found;
}

/** Merges relation paths into a Strapi populate object. */
export function mergePaths(populate: Record<string, unknown>, paths: string[][]): Record<string, unknown> {
  const merged = JSON.parse(JSON.stringify(populate));
  for (const path of paths) {
    let at: Record<string, any> = merged;
    path.forEach((step, i) => {
      const last = i === path.length - 1;
      if (last) {
        if (at[step] === undefined) at[step] = true;
        return;
      }
      if (at[step] === undefined || at[step] === true) at[step] = { populate: {} };
      at[step].populate = at[step].populate ?? {};
      at = at[step].populate;
    });
  }
  return merged;
}

/* ------------------------------------------------------------------------------------------------ */
/* Plain probes                                                                                     */
/* ------------------------------------------------------------------------------------------------ */

export const listUrl = (uid: string, params: Record<string, unknown> = {}) => `${cm(uid)}?${query({ page: 1, pageSize: 100, ...params })}`;
export const pickerUrl = (uid: string, field: string, params: Record<string, unknown> = {}) => `/content-manager/relations/${uid}/${field}?${query({ pageSize: 100, ...params })}`;
export const existingUrl = (uid: string, documentId: string, field: string, params: Record<string, unknown> = {}) =>
  `/content-manager/relations/${uid}/${documentId}/${field}${Object.keys(params).length ? `?${query(params)}` : ''}`;

const rootSpec = (uid: string): CheckSpec => ({ rootUid: uid });

/** Unreadable scalar fields of a type for a subject. */
export const unreadableScalars = (subject: Subject, uid: string) => scalarFieldsOf(uid).filter((f) => !mayReadField(subject, uid, f.field)).map((f) => f.field);

/** List with populate (*, deep trees, createdBy/updatedBy) and fields[] of unreadable fields. */
export async function listPopulateProbes(suite: SecuritySuite, caller: Caller, uid: string, cls = 'list: populate/fields'): Promise<string[]> {
  const lines: string[] = [];
  lines.push(...(await probe(suite, cls, caller, 'GET', listUrl(uid, { populate: '*' }), undefined, rootSpec(uid))));
  for (const populate of deepPopulates(uid)) lines.push(...(await probe(suite, cls, caller, 'GET', listUrl(uid, { populate }), undefined, rootSpec(uid))));
  const aimed = hiddenPaths(caller.subject, uid);
  if (aimed.length > 0) lines.push(...(await probe(suite, cls, caller, 'GET', listUrl(uid, { populate: mergePaths({}, aimed) }), undefined, rootSpec(uid))));
  lines.push(...(await probe(suite, cls, caller, 'GET', `${listUrl(uid)}&populate[createdBy]=true&populate[updatedBy][populate]=*`, undefined, rootSpec(uid))));
  const hidden = unreadableScalars(caller.subject, uid);
  if (hidden.length > 0) {
    const readable = scalarFieldsOf(uid).find((f) => mayReadField(caller.subject, uid, f.field))?.field;
    lines.push(...(await probe(suite, cls, caller, 'GET', listUrl(uid, { fields: [...hidden, ...(readable ? [readable] : [])] }), undefined, rootSpec(uid))));
  }
  return lines;
}

/** Up to `visible` records the subject may see and `hidden` it may not, by id. */
export function sampleRows(suite: SecuritySuite, subject: Subject, uid: string, visible = 2, hidden = 2): Row[] {
  const rows = suite.graph.all(uid).sort((a, b) => a.id - b.id);
  return [...rows.filter((r) => suite.oracle.maySee(subject, uid, r)).slice(0, visible), ...rows.filter((r) => !suite.oracle.maySee(subject, uid, r)).slice(0, hidden)];
}

/** Single records of every kind: visible ones with a deep populate, a hidden one plain and with it. */
export async function singleRecordProbes(suite: SecuritySuite, caller: Caller, uid: string, cls = 'single record'): Promise<string[]> {
  const lines: string[] = [];
  const populate = mergePaths(deepPopulates(uid)[0], hiddenPaths(caller.subject, uid));
  for (const row of sampleRows(suite, caller.subject, uid, 2, 1)) {
    if (!suite.oracle.maySee(caller.subject, uid, row)) lines.push(...(await probe(suite, cls, caller, 'GET', cm(uid, row.documentId), undefined, rootSpec(uid))));
    lines.push(...(await probe(suite, cls, caller, 'GET', `${cm(uid, row.documentId)}?${query({ populate })}`, undefined, rootSpec(uid))));
  }
  return lines;
}

/* ------------------------------------------------------------------------------------------------ */
/* Oracles: filters, sort and _q that would tell a hidden value                                      */
/* ------------------------------------------------------------------------------------------------ */

interface Chain {
  end: Row;
  endUid: string;
  /** every step readable, every record visible, the leaf field readable */
  visible: boolean;
}

/** The records a relation path reaches from a root record, each with whether the caller may legitimately see the whole way. */
export function chainsOf(suite: SecuritySuite, subject: Subject, rootUid: string, root: Row, path: string[], field: string): Chain[] {
  let states: Array<{ uid: string; row: Row; visible: boolean }> = [{ uid: rootUid, row: root, visible: true }];
  for (const step of path) {
    const next: typeof states = [];
    for (const state of states) {
      const relation = relationsOf(state.uid).find((r) => r.field === step);
      if (!relation) continue;
      const readable = mayReadField(subject, state.uid, step);
      const value = state.row[step];
      for (const id of Array.isArray(value) ? value : value === null || value === undefined ? [] : [value]) {
        const row = suite.graph.rows.get(relation.target)?.get(id);
        if (row) next.push({ uid: relation.target, row, visible: state.visible && readable && suite.oracle.maySee(subject, relation.target, row) });
      }
    }
    states = next;
  }
  return states.map((s) => ({ end: s.row, endUid: s.uid, visible: s.visible && mayReadField(subject, s.uid, field) }));
}

/** Relation paths of 1..depth steps from a type, through app types only. */
export function relationPaths(uid: string, depth = 2): string[][] {
  const paths: string[][] = [];
  const walk = (at: string, prefix: string[]) => {
    for (const relation of apiRelationsOf(at)) {
      const path = [...prefix, relation.field];
      paths.push(path);
      if (path.length < depth) walk(relation.target, path);
    }
  };
  walk(uid, []);
  return paths;
}

const targetOf = (uid: string, path: string[]): string => path.reduce((at, step) => relationsOf(at).find((r) => r.field === step)!.target, uid);

const normalize = (type: string, value: unknown): string | number | null => {
  if (value === null || value === undefined || value === '') return null;
  return isNumberType(type) ? Number(value) : String(value);
};

interface Predicate {
  name: string;
  filter: Record<string, unknown>;
  test: (value: string | number | null) => boolean;
}

const eq = (value: string | number): Predicate => ({ name: `$eq ${JSON.stringify(value)}`, filter: { $eq: value }, test: (v) => v !== null && v === value });
const gte0: Predicate = { name: '$gte 0', filter: { $gte: 0 }, test: (v) => v !== null && Number(v) >= 0 };
const lt0: Predicate = { name: '$lt 0', filter: { $lt: 0 }, test: (v) => v !== null && Number(v) < 0 };

export interface OracleCase {
  rootUid: string;
  path: string[];
  field: string;
  truePredicate: Predicate;
  falsePredicate: Predicate;
  /** visible roots whose legitimate answer is the same under both predicates */
  undecided: Set<string>;
  /** what a difference would reveal */
  reveals: string;
  /** 'eq': a hidden value itself; 'exists': whether hidden values exist at all */
  kind: 'eq' | 'exists';
  /** some step or the leaf field is one the caller may not read (else only records are hidden) */
  fieldHidden: boolean;
  score: number;
}

function nestFilter(path: string[], field: string, predicate: Predicate): Record<string, unknown> {
  let filter: Record<string, unknown> = { [field]: predicate.filter };
  for (const step of [...path].reverse()) filter = { [step]: filter };
  return filter;
}

/**
 * Filter pairs over hidden data: for a path and a leaf field, a TRUE and a FALSE predicate that the
 * caller's visible data cannot tell apart for some visible roots, while the hidden data can (else the
 * pair proves nothing). Sampled for variety: unreadable fields and two-step paths first.
 */
export function filterOracleCases(suite: SecuritySuite, subject: Subject, rootUid: string, max: number): OracleCase[] {
  const roots = suite.oracle.visibleRows(subject, rootUid);
  if (roots.length === 0) return [];
  const cases: OracleCase[] = [];
  for (const path of relationPaths(rootUid)) {
    const endUid = targetOf(rootUid, path);
    for (const { field, type } of scalarFieldsOf(endUid)) {
      if (!isTextType(type) && !isNumberType(type)) continue;
      const chainsByRoot = roots.map((root) => ({ root, chains: chainsOf(suite, subject, rootUid, root, path, field) }));
      const legit = new Set<string | number>();
      const hidden: Array<{ value: string | number; end: Row; fieldHidden: boolean }> = [];
      for (const { chains } of chainsByRoot) {
        for (const chain of chains) {
          const value = normalize(type, chain.end[field]);
          if (value === null) continue;
          if (chain.visible) legit.add(value);
          else hidden.push({ value, end: chain.end, fieldHidden: !mayReadField(subject, endUid, field) });
        }
      }
      const predicatePairs: Array<[Predicate, Predicate, string, number, 'eq' | 'exists']> = [];
      // prefer a value of a record the caller may not see at all, then one of a field it may not read
      const secret = [...hidden].sort((a, b) => Number(suite.oracle.maySee(subject, endUid, a.end)) - Number(suite.oracle.maySee(subject, endUid, b.end))).find((h) => !legit.has(h.value));
      if (secret) {
        const other = typeof secret.value === 'number' ? secret.value + 0.5 : `${secret.value} ~нема`;
        const weight = (secret.fieldHidden ? 4 : 0) + (suite.oracle.maySee(subject, endUid, secret.end) ? 0 : 3) + (isTextType(type) ? 1 : 0);
        predicatePairs.push([eq(secret.value), eq(other), `${shortName(endUid)} ${secret.end.documentId}.${field}`, weight, 'eq']);
      }
      if (isNumberType(type) && hidden.length > 0) predicatePairs.push([gte0, lt0, `whether hidden ${shortName(endUid)}.${field} values exist`, hidden[0].fieldHidden ? 5 : 2, 'exists']);
      for (const [truePredicate, falsePredicate, reveals, weight, kind] of predicatePairs) {
        const undecided = new Set<string>();
        let revealing = false;
        for (const { root, chains } of chainsByRoot) {
          const values = chains.map((c) => ({ visible: c.visible, value: normalize(type, c.end[field]) }));
          const legitT = values.some((v) => v.visible && truePredicate.test(v.value));
          const legitF = values.some((v) => v.visible && falsePredicate.test(v.value));
          if (legitT !== legitF) continue;
          undecided.add(root.documentId);
          if (values.some((v) => truePredicate.test(v.value)) !== values.some((v) => falsePredicate.test(v.value))) revealing = true;
        }
        if (!revealing) continue;
        let at = rootUid;
        let fieldHidden = false;
        for (const step of path) {
          fieldHidden = fieldHidden || !mayReadField(subject, at, step);
          at = relationsOf(at).find((r) => r.field === step)!.target;
        }
        fieldHidden = fieldHidden || !mayReadField(subject, endUid, field);
        cases.push({ rootUid, path, field, truePredicate, falsePredicate, undecided, reveals, kind, fieldHidden, score: weight + (path.length === 1 ? 1 : 0) });
      }
    }
  }
  // variety: the best case of each sort (an unreadable field, a hidden value one and two steps away,
  // an existence probe), then round-robin over the first step so every relation of the root gets a turn
  cases.sort((a, b) => b.score - a.score);
  const picked: OracleCase[] = [];
  const take = (wanted: (c: OracleCase) => boolean) => {
    const found = cases.find((c) => wanted(c) && !picked.includes(c));
    if (found && picked.length < max) picked.push(found);
  };
  take((c) => c.fieldHidden);
  take((c) => !c.fieldHidden && c.kind === 'eq' && c.path.length === 1);
  take((c) => !c.fieldHidden && c.kind === 'eq' && c.path.length === 2);
  take((c) => !c.fieldHidden && c.kind === 'exists');
  take((c) => c.kind === 'exists');
  const byFirst = new Map<string, OracleCase[]>(); // insertion order = best score first
  for (const c of cases) if (!picked.includes(c)) byFirst.set(c.path[0], [...(byFirst.get(c.path[0]) ?? []), c]);
  while (picked.length < max && [...byFirst.values()].some((l) => l.length > 0)) {
    for (const list of byFirst.values()) if (list.length > 0 && picked.length < max) picked.push(list.shift()!);
  }
  return picked;
}

const idsOf = (exchange: Exchange): string[] => (Array.isArray(exchange.json?.results) ? exchange.json.results.map((r: any) => r.documentId) : []);

/** Runs a TRUE/FALSE filter pair; `url` builds the request for a filters object. */
export async function runFilterOracle(suite: SecuritySuite, cls: string, caller: Caller, oracleCase: OracleCase, url: (filters: Record<string, unknown>) => string): Promise<string[]> {
  const lines: string[] = [];
  const spec = rootSpec(oracleCase.rootUid);
  const run = async (predicate: Predicate) => {
    const exchange = await caller.get(url(nestFilter(oracleCase.path, oracleCase.field, predicate)));
    const findings = await suite.checker.check(caller.subject, { status: exchange.status, text: exchange.text, body: exchange.json }, spec);
    lines.push(...formatFindings(caller, exchange, findings));
    return exchange;
  };
  const yes = await run(oracleCase.truePredicate);
  const no = await run(oracleCase.falsePredicate);
  const pick = (e: Exchange) => idsOf(e).filter((id) => oracleCase.undecided.has(id)).sort();
  const a = pick(yes);
  const b = pick(no);
  if (yes.status !== no.status || JSON.stringify(a) !== JSON.stringify(b)) {
    lines.push(
      `${caller.label}: filter oracle on ${oracleCase.reveals}: ${describeRequest(yes)} -> ${yes.status} [${a.join(', ')}] but ${oracleCase.falsePredicate.name} -> ${no.status} [${b.join(', ')}]`,
    );
  }
  return judged(suite, cls, lines);
}

/** Sort pairs: two visible roots whose related hidden values can be swapped without touching anything the caller may see. */
export interface SortCase {
  rootUid: string;
  path: string[];
  field: string;
  type: string;
  r1: Row;
  r2: Row;
  h1: Row;
  h2: Row;
  endUid: string;
}

export function sortOracleCases(suite: SecuritySuite, subject: Subject, rootUid: string, max: number): SortCase[] {
  const roots = suite.oracle.visibleRows(subject, rootUid);
  const cases: SortCase[] = [];
  for (const path of relationPaths(rootUid)) {
    const endUid = targetOf(rootUid, path);
    for (const { field, type } of scalarFieldsOf(endUid)) {
      if (!isTextType(type) && !isNumberType(type)) continue;
      if (type === 'email') continue;
      // the probe swaps values between two rows: a column unique in the database cannot hold them twice
      if ((attributesOf(endUid)[field] as { column?: { unique?: boolean } }).column?.unique) continue;
      const chains = roots.map((root) => ({ root, chains: chainsOf(suite, subject, rootUid, root, path, field) }));
      const visibleEnds = new Set(chains.flatMap((c) => c.chains.filter((x) => x.visible).map((x) => x.end.id)));
      const candidates = chains
        .map(({ root, chains: list }) => ({
          root,
          // values the caller cannot know: of records it may not see, or in a field it may not read, and reached by no visible way
          hidden: list
            .filter((x) => !x.visible && !visibleEnds.has(x.end.id) && (!suite.oracle.maySee(subject, endUid, x.end) || !mayReadField(subject, endUid, field)))
            .map((x) => x.end),
          all: new Set(list.map((x) => x.end.id)),
        }))
        .filter((c) => c.hidden.length > 0);
      let found: SortCase | null = null;
      for (const a of candidates) {
        for (const b of candidates) {
          if (found || a.root.id === b.root.id) continue;
          const h1 = a.hidden.find((h) => !b.all.has(h.id));
          const h2 = b.hidden.find((h) => !a.all.has(h.id) && h.id !== h1?.id);
          if (h1 && h2) found = { rootUid, path, field, type, r1: a.root, r2: b.root, h1, h2, endUid };
        }
      }
      if (found) cases.push(found);
      if (cases.length >= max * 4) break;
    }
  }
  // prefer unreadable fields and longer paths
  cases.sort((a, b) => Number(!mayReadField(subject, b.endUid, b.field)) - Number(!mayReadField(subject, a.endUid, a.field)) || b.path.length - a.path.length);
  const seen = new Set<string>();
  return cases.filter((c) => (seen.has(c.path[0]) ? false : (seen.add(c.path[0]), true))).slice(0, max);
}

/** Swaps extreme values into the two hidden records and checks the visible order does not follow. */
export async function runSortOracle(suite: SecuritySuite, cls: string, caller: Caller, c: SortCase, url: (sort: string) => string): Promise<string[]> {
  const lines: string[] = [];
  const low = isNumberType(c.type) ? -999999 : '!!!';
  const high = isNumberType(c.type) ? 999999 : '~~~';
  const db = suite.strapi.db.query(c.endUid as any);
  const original = [c.h1[c.field], c.h2[c.field]];
  const sort = `${[...c.path, c.field].join('.')}:asc`;
  const order = async (v1: unknown, v2: unknown) => {
    await db.update({ where: { id: c.h1.id }, data: { [c.field]: v1 } });
    await db.update({ where: { id: c.h2.id }, data: { [c.field]: v2 } });
    const exchange = await caller.get(url(sort));
    const findings = await suite.checker.check(caller.subject, { status: exchange.status, text: exchange.text, body: exchange.json }, rootSpec(c.rootUid));
    lines.push(...formatFindings(caller, exchange, findings));
    const ids = idsOf(exchange);
    const i1 = ids.indexOf(c.r1.documentId);
    const i2 = ids.indexOf(c.r2.documentId);
    return { exchange, relation: exchange.status >= 300 ? `status ${exchange.status}` : i1 < 0 || i2 < 0 ? 'missing' : i1 < i2 ? 'r1 first' : 'r2 first' };
  };
  try {
    const first = await order(low, high);
    const second = await order(high, low);
    if (first.relation !== second.relation || first.exchange.status !== second.exchange.status) {
      lines.push(
        `${caller.label}: sort oracle: ${describeRequest(first.exchange)} orders ${c.r1.documentId} / ${c.r2.documentId} by hidden ${shortName(c.endUid)}.${c.field} ` +
          `(${c.h1.documentId}, ${c.h2.documentId}): ${first.relation} vs ${second.relation} after swapping the hidden values`,
      );
    }
  } finally {
    await db.update({ where: { id: c.h1.id }, data: { [c.field]: original[0] } });
    await db.update({ where: { id: c.h2.id }, data: { [c.field]: original[1] } });
  }
  return judged(suite, cls, lines);
}

/** `_q` values only hidden data holds: an invisible record's text, or a visible record's unreadable field. */
export function searchCases(suite: SecuritySuite, subject: Subject, uid: string, max = 2): Array<{ value: string; reveals: string }> {
  const visible = suite.oracle.visibleRows(subject, uid);
  const readable = readableFields(subject, uid);
  const fields = scalarFieldsOf(uid);
  const legitHas = (value: string) =>
    visible.some((row) =>
      fields.some(({ field, type }) => {
        if (!readable.has(field) || row[field] === null || row[field] === undefined) return false;
        if (isTextType(type)) return String(row[field]).toLowerCase().includes(value.toLowerCase());
        return isNumberType(type) && String(Number(row[field])) === value;
      }),
    );
  const cases: Array<{ value: string; reveals: string }> = [];
  const main = mainTextField(uid);
  const invisible = suite.oracle.hiddenRows(subject, uid).find((row) => main && row[main]);
  if (invisible && main && !legitHas(String(invisible[main]))) cases.push({ value: String(invisible[main]), reveals: `${shortName(uid)} ${invisible.documentId} (may not be seen)` });
  for (const field of unreadableScalars(subject, uid)) {
    const type = attributesOf(uid)[field].type;
    if (!isTextType(type) && !isNumberType(type)) continue;
    const row = visible.find((r) => r[field] !== null && r[field] !== undefined && r[field] !== '');
    if (!row) continue;
    const value = isNumberType(type) ? String(Number(row[field])) : String(row[field]);
    if (!legitHas(value)) cases.push({ value, reveals: `${shortName(uid)} ${row.documentId}.${field} (may not be read)` });
  }
  return cases.slice(0, max);
}

export async function runSearchOracle(suite: SecuritySuite, cls: string, caller: Caller, uid: string, c: { value: string; reveals: string }): Promise<string[]> {
  const lines: string[] = [];
  const run = async (q: string) => {
    const exchange = await caller.get(listUrl(uid, { _q: q }));
    const findings = await suite.checker.check(caller.subject, { status: exchange.status, text: exchange.text, body: exchange.json }, rootSpec(uid));
    lines.push(...formatFindings(caller, exchange, findings));
    return exchange;
  };
  const yes = await run(c.value);
  const no = await run('zzqx-нема-такого');
  const a = idsOf(yes).sort();
  const b = idsOf(no).sort();
  if (yes.status !== no.status || JSON.stringify(a) !== JSON.stringify(b)) {
    lines.push(`${caller.label}: search oracle on ${c.reveals}: ${describeRequest(yes)} -> ${yes.status} [${a.join(', ')}] but a search for nothing -> ${no.status} [${b.join(', ')}]`);
  }
  return judged(suite, cls, lines);
}

/* ------------------------------------------------------------------------------------------------ */
/* Relation pickers                                                                                 */
/* ------------------------------------------------------------------------------------------------ */

/** Relation fields of a type that lead to app types. */
export const pickerFields = (uid: string) => apiRelationsOf(uid);

/** The picker of one relation field: deep populate with createdBy, fields of hidden columns, _q for a hidden record. */
export async function pickerProbes(suite: SecuritySuite, caller: Caller, uid: string, field: string, target: string, cls = 'relation picker'): Promise<string[]> {
  const lines: string[] = [];
  const spec: CheckSpec = { rootUid: target };
  // every relation of the target, createdBy/updatedBy, admin users one level down,
  // and paths aimed three steps deep at what the caller may not see
  const populate = mergePaths(deepPopulates(target, 2)[0], hiddenPaths(caller.subject, target));
  lines.push(...(await probe(suite, cls, caller, 'GET', pickerUrl(uid, field, { populate }), undefined, spec)));
  const hidden = unreadableScalars(caller.subject, target);
  if (hidden.length > 0 && canReadType(caller.subject, target)) {
    lines.push(...(await probe(suite, cls, caller, 'GET', pickerUrl(uid, field, { fields: scalarFieldsOf(target).map((f) => f.field) }), undefined, spec)));
  }
  const main = mainTextField(target);
  const invisible = suite.oracle.hiddenRows(caller.subject, target).find((row) => main && row[main]);
  if (invisible && main) lines.push(...(await probe(suite, cls, caller, 'GET', pickerUrl(uid, field, { _q: String(invisible[main]) }), undefined, spec)));
  return lines;
}

/** Existing relations of a visible record linked to hidden ones, and of a record the caller may not see. */
export async function existingRelationProbes(suite: SecuritySuite, caller: Caller, uid: string, field: string, target: string, cls = 'existing relations'): Promise<string[]> {
  const lines: string[] = [];
  const spec: CheckSpec = { rootUid: target, idsOnlyAllowed: false };
  const subject = caller.subject;
  const linked = (row: Row) => {
    const value = row[field];
    return (Array.isArray(value) ? value : value ? [value] : []) as number[];
  };
  const hiddenLinks = (row: Row) => linked(row).filter((id) => {
    const t = suite.graph.rows.get(target)?.get(id);
    return t && !suite.oracle.maySee(subject, target, t);
  }).length;
  const rows = suite.graph.all(uid).sort((a, b) => a.id - b.id);
  const visible = rows.filter((r) => suite.oracle.maySee(subject, uid, r)).sort((a, b) => hiddenLinks(b) - hiddenLinks(a) || linked(b).length - linked(a).length)[0];
  const invisible = rows.filter((r) => !suite.oracle.maySee(subject, uid, r) && linked(r).length > 0)[0];
  for (const row of [visible, invisible]) {
    if (row) lines.push(...(await probe(suite, cls, caller, 'GET', existingUrl(uid, row.documentId, field, { pageSize: 100 }), undefined, spec)));
  }
  return lines;
}

/* ------------------------------------------------------------------------------------------------ */
/* Bulk and homepage                                                                                */
/* ------------------------------------------------------------------------------------------------ */

/** Made-up documentId in Strapi's format. */
export const madeUpDocumentId = (n: number) => `zz${String(n).padStart(4, '0')}qqqqqqqqqqqqqqqqqq`.slice(0, 24);

export async function draftCountProbe(suite: SecuritySuite, cls: string, caller: Caller, uid: string): Promise<string[]> {
  const hidden = suite.oracle.hiddenRows(caller.subject, uid)[0];
  if (!hidden) return [];
  const url = (documentId: string) => `${cm(uid)}/actions/countManyEntriesDraftRelations?${query({ documentIds: [documentId] })}`;
  const real = await caller.get(url(hidden.documentId));
  const fake = await caller.get(url(madeUpDocumentId(hidden.id)));
  const lines = [
    ...formatFindings(caller, real, await suite.checker.check(caller.subject, { status: real.status, text: real.text, body: real.json }, { rootUid: null })),
  ];
  const strip = (e: Exchange) => JSON.stringify(e.json);
  if (real.status !== fake.status || strip(real) !== strip(fake)) {
    lines.push(`${caller.label}: existence oracle: ${describeRequest(real)} (a record the caller may not see) -> ${real.status} ${strip(real)}, a made-up id -> ${fake.status} ${strip(fake)}`);
  }
  return judged(suite, cls, lines);
}

export async function bulkFindProbe(suite: SecuritySuite, cls: string, caller: Caller, uid: string): Promise<string[]> {
  const documentIds = suite.graph.all(uid).map((r) => r.documentId);
  if (documentIds.length === 0) return [];
  return probe(suite, cls, caller, 'POST', `${cm(uid)}/actions/bulkFindForValidation`, { documentIds }, { rootUid: uid });
}

export async function homepageProbes(suite: SecuritySuite, cls: string, caller: Caller): Promise<string[]> {
  const lines: string[] = [];
  const subject = caller.subject;
  // the count: exactly the records the caller may see
  const count = await caller.get('/content-manager/homepage/count-documents');
  const countFindings = formatFindings(caller, count, await suite.checker.check(subject, { status: count.status, text: count.text, body: count.json }, { rootUid: null }));
  if (count.status === 200) {
    const expected = API_TYPES.filter((uid) => canReadType(subject, uid)).reduce((sum, uid) => sum + suite.oracle.visibleRows(subject, uid).length, 0);
    const data = count.json?.data ?? {};
    const got = Number(data.published ?? 0) + Number(data.draft ?? 0) + Number(data.modified ?? 0);
    if (got !== expected) countFindings.push(`${caller.label}: GET /content-manager/homepage/count-documents -> ${JSON.stringify(data)}: counts ${got} documents, the caller may see ${expected}`);
  }
  lines.push(...judged(suite, cls, countFindings));
  // recent documents: every one visible, its title a field the caller may read
  for (const action of ['update', 'publish']) {
    const recent = await caller.get(`/content-manager/homepage/recent-documents?action=${action}`);
    const found = formatFindings(caller, recent, await suite.checker.check(subject, { status: recent.status, text: recent.text, body: recent.json }, { rootUid: null }));
    const items: any[] = recent.status === 200 && Array.isArray(recent.json?.data) ? recent.json.data : [];
    for (const item of items) {
      const uid = item.contentTypeUid;
      if (!uid?.startsWith('api::')) continue;
      const row = suite.graph.get(uid, { documentId: item.documentId });
      if (row && !suite.oracle.maySee(subject, uid, row)) found.push(`${caller.label}: ${describeRequest(recent)} lists ${shortName(uid)} ${item.documentId} "${item.title}" (may not be seen)`);
      const main = mainTextField(uid);
      if (row && main && item.title === row[main] && !mayReadField(subject, uid, main)) found.push(`${caller.label}: ${describeRequest(recent)} shows ${shortName(uid)}.${main} (may not be read)`);
    }
    lines.push(...judged(suite, cls, found));
  }
  return lines;
}
