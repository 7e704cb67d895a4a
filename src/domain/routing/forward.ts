import type { FieldIssue } from '../errors';
import { issue } from '../messages/render';
import { dutyPerson } from './duty';
import { departmentHead, Org } from './org';
import type { RoutingContext, RoutingEmployee } from './types';

/**
 * Forwarding a request to someone else keeps a history: who had it, who gets it, why and when, oldest
 * first. It is stored on the request as JSON (a field the schema does not have yet: see the report of
 * issue 10's core), so it is read back defensively.
 */
export interface ForwardRecord {
  /** the assignee before; null when the request had none */
  from: string | null;
  to: string;
  reason: string;
  /** ISO instant */
  at: string;
  /** the employee who forwarded it, when known */
  by: string | null;
}

export interface ForwardInput {
  to: unknown;
  reason: unknown;
  at: Date;
  by?: string | null;
}

export interface ForwardableRequest {
  state?: string | null;
  assigneeId?: string | null;
  forwardHistory?: unknown;
}

/** What the request becomes: the new assignee (and their department), unread again, the history grown by one. */
export interface ForwardChanges {
  assigneeId: string;
  targetDepartmentId: string | null;
  state: 'assigned';
  readAt: null;
  forwardHistory: ForwardRecord[];
}

export type ForwardResult =
  | { ok: true; value: ForwardChanges; record: ForwardRecord; issues?: undefined }
  | { ok: false; issues: FieldIssue[]; value?: undefined; record?: undefined };

export const FORWARD_REASON_MAX = 500;
const CLOSED_STATES = ['done', 'rejected'];

const isRecord = (value: unknown): value is ForwardRecord => {
  const r = value as ForwardRecord;
  return (
    typeof r === 'object' && r !== null && typeof r.to === 'string' && typeof r.reason === 'string' && typeof r.at === 'string' &&
    (r.from === null || typeof r.from === 'string')
  );
};

/** The stored history: an array of records (a JSON string is parsed); anything malformed is left out. */
export function readForwardHistory(stored: unknown): ForwardRecord[] {
  let value = stored;
  if (typeof value === 'string') {
    try {
      value = JSON.parse(value);
    } catch {
      return [];
    }
  }
  if (!Array.isArray(value)) return [];
  return value.filter(isRecord).map((r) => ({ from: r.from, to: r.to, reason: r.reason, at: r.at, by: typeof r.by === 'string' ? r.by : null }));
}

/**
 * Forwards an open request to `to` with a reason: refused when the request is closed, the reason is blank
 * or too long, `to` is missing, is the current assignee or no longer works here. `target` is the employee
 * `to` names, when the glue found one (its department becomes the request's).
 */
export function forwardRequest(request: ForwardableRequest, input: ForwardInput, target?: RoutingEmployee | null): ForwardResult {
  const issues: FieldIssue[] = [];
  if (CLOSED_STATES.includes(request.state ?? '')) issues.push(issue('state', 'request.closed'));
  const to = typeof input.to === 'string' ? input.to.trim() : '';
  if (!to) issues.push(issue('assignee', 'required'));
  else if (to === request.assigneeId) issues.push(issue('assignee', 'forward.sameAssignee'));
  else if (target && target.active === false) issues.push(issue('assignee', 'employee.inactive'));
  const reason = typeof input.reason === 'string' ? input.reason.trim() : '';
  if (!reason) issues.push(issue('reason', 'required'));
  else if (reason.length > FORWARD_REASON_MAX) issues.push(issue('reason', 'text.tooLong', { max: FORWARD_REASON_MAX }));
  if (issues.length > 0) return { ok: false, issues };

  const record: ForwardRecord = { from: request.assigneeId ?? null, to, reason, at: input.at.toISOString(), by: input.by ?? null };
  return {
    ok: true,
    record,
    value: {
      assigneeId: to,
      targetDepartmentId: target?.departmentId ?? null,
      state: 'assigned',
      readAt: null,
      forwardHistory: [...readForwardHistory(request.forwardHistory), record],
    },
  };
}

/** Whom "forward to a department" gives the request to, and how that person was chosen. */
export interface DepartmentForwardTarget {
  employee: RoutingEmployee;
  how: 'duty' | 'head';
  /** for the history: 'підрозділ «Сервіс» → черговий' */
  note: string;
}

/**
 * Forwarding to a department rather than a person: its duty person now (at work by the schedule, fewest open
 * requests: the same rule routing follows), else its head when nobody there is at work. The person the
 * request is with now is never chosen (forwarding must hand it over). Null for an unknown department, or
 * when nobody, head included, can take it.
 */
export function departmentForwardTarget(
  org: Org,
  departmentId: string,
  context: RoutingContext,
  checkedAt: Date,
  except: string | null | undefined,
): DepartmentForwardTarget | null {
  const department = org.department(departmentId);
  if (!department) return null;
  const others: Org = { ...org, membersOf: (id) => org.membersOf(id).filter((e) => e.id !== except) };
  const duty = dutyPerson(others, departmentId, context, checkedAt);
  if (duty) return { employee: duty.employee, how: 'duty', note: `підрозділ «${department.name}» → черговий` };
  const head = departmentHead(org, departmentId, except);
  return head ? { employee: head, how: 'head', note: `підрозділ «${department.name}»: нікого на роботі → керівник` } : null;
}
