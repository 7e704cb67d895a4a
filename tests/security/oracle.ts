import type { Core } from '@strapi/strapi';
import { CONDITIONS, ConditionKey } from '../../src/access/conditions';
import { grantedFields, readableSubjects } from '../../src/access/permission-sets';
import { RoleDefinition, ROLES } from '../../src/access/roles';
import { CrudAction, UID } from '../../src/access/uids';
import type { Person, RecordSet, Scope } from '../helpers/access-fixtures';
import { API_TYPES, attributesOf, catalog, relationsOf } from './model';

/**
 * The rules oracle: what a caller may see, read and change, computed from the role definitions
 * (src/access/roles.ts), the ownership conditions (conditions.ts) and the field rules
 * (permission-sets.ts) — never from the running app's own guards, so it can judge them.
 *
 * Records are judged on an in-memory copy of the database (the Graph): a condition holds when one of
 * its relation paths, followed through the stored links, reaches my employee card (through
 * employee.adminUser) or my department. The fixtures' scopes give the same answer for their records;
 * `expectedByScope` spells that out and a sanity test checks both agree.
 */

/** Who is calling, as the rules need it: the admin user, its roles and its employee card's department. */
export interface Subject {
  label: string;
  adminUserId: number;
  roleCodes: string[];
  superAdmin: boolean;
  /** id of my employee card's department (null: no card or no department) */
  departmentId: number | null;
  /** id of my employee card (null: none) */
  employeeId: number | null;
}

/** One stored row: scalars as stored, relations as row ids (number, number[] or null). */
export interface Row {
  id: number;
  documentId: string;
  [field: string]: any;
}

export class Graph {
  /** time spent loading, for the suite's summary */
  static loadMs = 0;
  readonly rows = new Map<string, Map<number, Row>>();
  readonly byDocumentId = new Map<string, Map<string, Row>>();

  constructor(private readonly strapi: Core.Strapi) {}

  /**
   * (Re)reads the rows of some types: scalars and the relations each row stores (the owning side). The
   * other side of every relation (counterparty.contactPersons, employee.counterparties, ...) is then
   * derived in memory from the owning side, for every type, so it is always consistent.
   */
  async load(uids: string[] = API_TYPES): Promise<this> {
    const started = Date.now();
    await Promise.all(uids.map((uid) => this.loadType(uid)));
    this.deriveInverseSides();
    Graph.loadMs += Date.now() - started;
    return this;
  }

  private async loadType(uid: string): Promise<void> {
    const populate: Record<string, unknown> = {};
    for (const relation of relationsOf(uid)) if (relation.owning) populate[relation.field] = { select: ['id'] };
    const found: any[] = await this.strapi.db.query(uid as any).findMany({ populate });
    const byId = new Map<number, Row>();
    const byDoc = new Map<string, Row>();
    for (const entity of found) {
      const row: Row = { ...entity };
      for (const relation of relationsOf(uid)) {
        if (!relation.owning) continue;
        const value = entity[relation.field];
        row[relation.field] = Array.isArray(value) ? value.map((v: any) => v.id) : value ? value.id : null;
      }
      byId.set(row.id, row);
      byDoc.set(row.documentId, row);
    }
    this.rows.set(uid, byId);
    this.byDocumentId.set(uid, byDoc);
  }

  private deriveInverseSides(): void {
    for (const [uid, rows] of this.rows) {
      for (const relation of relationsOf(uid)) {
        if (relation.owning) continue;
        const mappedBy = attributesOf(uid)[relation.field].mappedBy!;
        const others = [...(this.rows.get(relation.target)?.values() ?? [])];
        for (const row of rows.values()) {
          const ids = others
            .filter((other) => {
              const value = other[mappedBy];
              return Array.isArray(value) ? value.includes(row.id) : value === row.id;
            })
            .map((other) => other.id)
            .sort((a, b) => a - b);
          row[relation.field] = relation.toMany ? ids : ids[0] ?? null;
        }
      }
    }
  }

  all(uid: string): Row[] {
    return [...(this.rows.get(uid)?.values() ?? [])];
  }

  get(uid: string, ref: { id?: unknown; documentId?: unknown }): Row | undefined {
    if (typeof ref.id === 'number' || (typeof ref.id === 'string' && /^\d+$/.test(ref.id))) return this.rows.get(uid)?.get(Number(ref.id));
    if (typeof ref.documentId === 'string') return this.byDocumentId.get(uid)?.get(ref.documentId);
    return undefined;
  }

  /** Ids of the rows a relation path leads to from a row ('counterparty.manager'). */
  follow(uid: string, row: Row, path: string[]): Array<{ uid: string; id: number }> {
    let current: Array<{ uid: string; id: number }> = [{ uid, id: row.id }];
    let first = true;
    for (const step of path) {
      const next: Array<{ uid: string; id: number }> = [];
      for (const at of current) {
        const relation = relationsOf(at.uid).find((r) => r.field === step);
        // the first hop reads the row given (it may be an earlier state of the record), then the graph
        const stored = first ? row : this.rows.get(at.uid)?.get(at.id);
        if (!relation || !stored) continue;
        const value = stored[step];
        for (const id of Array.isArray(value) ? value : value === null || value === undefined ? [] : [value]) next.push({ uid: relation.target, id });
      }
      first = false;
      current = next;
    }
    return current;
  }
}

const rolesOf = (subject: Subject): RoleDefinition[] => ROLES.filter((role) => subject.roleCodes.includes(role.code));

/** What the roles grant for an action on a type: nothing, everything, or the records meeting any of these conditions. */
export type Grant = { kind: 'none' } | { kind: 'all' } | { kind: 'conditions'; conditions: ConditionKey[] };

export function grantFor(subject: Subject, action: CrudAction, uid: string): Grant {
  if (subject.superAdmin) return { kind: 'all' };
  const conditions = new Set<ConditionKey>();
  let any = false;
  for (const role of rolesOf(subject)) {
    for (const grant of role.grants) {
      if (!grant.subjects.includes(uid) || !grant.actions.includes(action)) continue;
      any = true;
      if (!grant.conditions || grant.conditions.length === 0) return { kind: 'all' };
      grant.conditions.forEach((c) => conditions.add(c));
    }
  }
  return any ? { kind: 'conditions', conditions: [...conditions] } : { kind: 'none' };
}

export class Oracle {
  constructor(readonly graph: Graph) {}

  /** Whether a condition holds for a stored row, for this subject. */
  satisfies(subject: Subject, condition: ConditionKey, uid: string, row: Row): boolean {
    const definition = CONDITIONS[condition];
    const paths = definition.paths[uid];
    if (!paths || paths.length === 0) return false;
    for (const path of paths) {
      const reached = this.graph.follow(uid, row, path.split('.'));
      if (definition.endsAt === 'department') {
        if (subject.departmentId !== null && reached.some((r) => r.id === subject.departmentId)) return true;
      } else {
        // an employee path ends at my employee card when that card's adminUser is me
        for (const employee of reached) {
          const card = this.graph.rows.get(UID.employee)?.get(employee.id);
          if (card && card.adminUser === subject.adminUserId) return true;
        }
      }
    }
    return false;
  }

  may(subject: Subject, action: CrudAction, uid: string, row: Row): boolean {
    const grant = grantFor(subject, action, uid);
    if (grant.kind === 'none') return false;
    if (grant.kind === 'all') return true;
    return grant.conditions.some((condition) => this.satisfies(subject, condition, uid, row));
  }

  maySee(subject: Subject, uid: string, row: Row): boolean {
    return this.may(subject, 'read', uid, row);
  }

  /** undefined when the record is not in the graph */
  maySeeRef(subject: Subject, uid: string, ref: { id?: unknown; documentId?: unknown }): boolean | undefined {
    const row = this.graph.get(uid, ref);
    return row ? this.maySee(subject, uid, row) : undefined;
  }

  visibleRows(subject: Subject, uid: string, action: CrudAction = 'read'): Row[] {
    return this.graph.all(uid).filter((row) => this.may(subject, action, uid, row));
  }

  hiddenRows(subject: Subject, uid: string, action: CrudAction = 'read'): Row[] {
    return this.graph.all(uid).filter((row) => !this.may(subject, action, uid, row));
  }
}

export function canReadType(subject: Subject, uid: string): boolean {
  return subject.superAdmin || grantFor(subject, 'read', uid).kind !== 'none';
}

const fieldCache = new Map<string, Set<string>>();

/** Field paths (components expanded: 'lines.price') the subject may read on a type; empty when the type is not readable. */
export function readableFields(subject: Subject, uid: string): Set<string> {
  const key = `${subject.superAdmin ? 'super' : subject.roleCodes.join(',')}|${uid}`;
  const cached = fieldCache.get(key);
  if (cached) return cached;
  const fields = new Set<string>();
  if (subject.superAdmin) {
    grantedFields({ code: 'super', name: '', description: '', grants: [{ subjects: API_TYPES, actions: ['read'] }] }, catalog, uid).forEach((f) => fields.add(f));
  } else {
    for (const role of rolesOf(subject)) if (readableSubjects(role).has(uid)) grantedFields(role, catalog, uid).forEach((f) => fields.add(f));
  }
  fieldCache.set(key, fields);
  return fields;
}

export function mayReadField(subject: Subject, uid: string, path: string): boolean {
  return readableFields(subject, uid).has(path);
}

/** Types the subject may read at all. */
export function readableTypes(subject: Subject): string[] {
  return API_TYPES.filter((uid) => canReadType(subject, uid));
}

/* ------------------------------------------------------------------------------------------------ */
/* The explicit scope table for the fixture records (tests/helpers/access-fixtures.ts).              */
/* ------------------------------------------------------------------------------------------------ */

export const RECORD_TYPES: Record<Exclude<keyof RecordSet, 'tag'>, string> = {
  counterparty: UID.counterparty,
  contactPerson: UID.contactPerson,
  interaction: UID.interaction,
  contract: UID.contract,
  invoice: UID.invoice,
  payment: UID.payment,
  inboundRequest: UID.inboundRequest,
  complaint: UID.complaint,
  refusal: UID.refusal,
  scheduleEntry: UID.scheduleEntry,
  notification: UID.notification,
};
export type RecordKey = keyof typeof RECORD_TYPES;

/** Whose each scope's records are, and in which department (see createAccessFixtures). */
const SCOPE_OWNER: Record<Scope, Person> = { own: 'manager', department: 'colleague', other: 'otherManager' };
const SCOPE_DEPARTMENT: Record<Scope, 'sales1' | 'sales2'> = { own: 'sales1', department: 'sales1', other: 'sales2' };
const PERSON_DEPARTMENT: Record<Person, 'sales1' | 'sales2' | 'office'> = {
  director: 'office',
  manager: 'sales1',
  colleague: 'sales1',
  otherManager: 'sales2',
  secretary: 'office',
  marketer: 'office',
  accountant: 'office',
};

/**
 * The conditions a fixture record of a scope meets for a person, stated from how the fixtures are built:
 * the scope's owner is responsible (and "me" for schedule entries and notifications); everyone in the
 * scope's department is "in my department"; the secretary registered every inbound request, so she is
 * responsible for them and her office is their department too. Nobody is an assignee.
 */
export function scopeConditions(person: Person, key: RecordKey, scope: Scope): Set<ConditionKey> {
  const uid = RECORD_TYPES[key];
  const met = new Set<ConditionKey>();
  const owner = SCOPE_OWNER[scope];
  const has = (c: ConditionKey) => !!CONDITIONS[c].paths[uid];
  if (has('responsible') && person === owner) met.add('responsible');
  if (has('me') && person === owner) met.add('me');
  if (has('department') && PERSON_DEPARTMENT[person] === SCOPE_DEPARTMENT[scope]) met.add('department');
  if (key === 'inboundRequest' && person === 'secretary') met.add('responsible');
  if (key === 'inboundRequest' && PERSON_DEPARTMENT[person] === 'office') met.add('department');
  return met;
}

export function expectedByScope(subject: Subject, person: Person, action: CrudAction, key: RecordKey, scope: Scope): boolean {
  const grant = grantFor(subject, action, RECORD_TYPES[key]);
  if (grant.kind !== 'conditions') return grant.kind === 'all';
  const met = scopeConditions(person, key, scope);
  return grant.conditions.some((c) => met.has(c));
}
