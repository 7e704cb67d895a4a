import { formatDateTime } from '../format/dates';
import { departmentHead, Org } from '../routing/org';
import { isClosedRequest } from './urgency';

/**
 * The escalation of overdue requests (a cron task every 5 minutes): a request still open when its `dueAt`
 * has come is marked overdue and its department's head is told, once. "Once" is the request's own
 * `escalatedAt` (set with the mark), and the notification's dedupe key is per request, so two processes
 * running the task at the same moment make one notification (the key is unique in the database).
 */
export interface EscalationRequest {
  id: string;
  state?: string | null;
  dueAt?: Date | string | null;
  escalatedAt?: Date | string | null;
  assigneeId?: string | null;
  targetDepartmentId?: string | null;
  subject?: string | null;
}

export type EscalationDecision =
  | { action: 'none'; why: 'closed' | 'no-due-date' | 'not-due' | 'already-escalated' }
  | {
      action: 'escalate';
      /** the head told; null when there is none (the request is still marked overdue) */
      toId: string | null;
      dedupeKey: string;
      /** what the request gets: the overdue mark and when it was escalated */
      changes: { overdue: true; escalatedAt: string };
    };

const ms = (value: Date | string | null | undefined) => (value ? new Date(value).getTime() : NaN);

/** Open and due: `dueAt` has come (a request due at 12:00 is overdue at 12:00). */
export function isRequestOverdue(request: Pick<EscalationRequest, 'state' | 'dueAt'>, now: Date): boolean {
  const due = ms(request.dueAt);
  return !isClosedRequest(request.state) && Number.isFinite(due) && now.getTime() >= due;
}

export function escalationKey(requestId: string): string {
  return `inbound-request-overdue:${requestId}`;
}

/**
 * Whether to escalate a request now, and to whom: the head of its target department (else of its
 * assignee's department), up the tree when there is none; never the assignee themselves, so a head's own
 * overdue request goes to the head above.
 */
export function decideEscalation(request: EscalationRequest, now: Date, org: Org): EscalationDecision {
  if (isClosedRequest(request.state)) return { action: 'none', why: 'closed' };
  if (!Number.isFinite(ms(request.dueAt))) return { action: 'none', why: 'no-due-date' };
  if (request.escalatedAt) return { action: 'none', why: 'already-escalated' };
  if (!isRequestOverdue(request, now)) return { action: 'none', why: 'not-due' };
  const departmentId = request.targetDepartmentId || org.employee(request.assigneeId)?.departmentId;
  const head = departmentHead(org, departmentId, request.assigneeId);
  return { action: 'escalate', toId: head?.id ?? null, dedupeKey: escalationKey(request.id), changes: { overdue: true, escalatedAt: now.toISOString() } };
}

/**
 * The head's notification. Plain Ukrainian: a notification is a stored record read in the Ukrainian panel,
 * not a reply rendered in the caller's language.
 */
export function escalationNotification(
  request: EscalationRequest,
  names: { assignee?: string | null },
  timeZone: string,
): { kind: 'inbound-request'; title: string; body: string } {
  const subject = request.subject && request.subject.trim() ? request.subject.trim() : 'без теми';
  const due = formatDateTime(ms(request.dueAt), timeZone);
  const who = names.assignee ? `Виконавець: ${names.assignee}.` : 'Виконавця не призначено.';
  return { kind: 'inbound-request', title: `Прострочене звернення: ${subject}`, body: `Термін виконання минув ${due}. ${who}` };
}
