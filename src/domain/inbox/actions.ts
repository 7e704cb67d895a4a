import type { FieldIssue } from '../errors';
import { issue } from '../messages/render';
import { isClosedRequest } from './urgency';

/**
 * The inbox's actions on one request (issue 10): open it (marks it read), take it in progress, close it
 * with a result, forward it, turn an unknown caller into a prospect. Who may do which, and what each
 * changes; the glue has checked that the caller may see the request at all and passes who they are to it.
 */
export type RequestAction = 'read' | 'take' | 'done' | 'forward' | 'prospect';

export interface RequestActor {
  /** the caller is the request's assignee */
  isAssignee: boolean;
  /** the caller heads the request's department (or its assignee's): escalations come to them */
  isHead: boolean;
  /** the caller's role edits every inbound request (the Director, the Secretary, a super admin) */
  editsAll: boolean;
  /** the caller's role edits this request (ownership conditions included) */
  mayEdit: boolean;
}

export interface ActionRequest {
  state?: string | null;
  assigneeId?: string | null;
  readAt?: Date | string | null;
}

/**
 * - read: the assignee only: "read" says the person it is for has seen it;
 * - take: the assignee, or anyone who may edit it when nobody has it yet (a flagged request), or a role
 *   that edits every request; taking an unassigned request makes the taker its assignee;
 * - done: the assignee, or a role that edits every request;
 * - forward: the assignee, the head (an escalated request is theirs to pass on), a role that edits every request;
 * - prospect: whoever may edit the request (the assignee, the Secretary who registered it, …).
 */
export function mayActOnRequest(action: RequestAction, request: ActionRequest, actor: RequestActor): boolean {
  switch (action) {
    case 'read':
      return actor.isAssignee;
    case 'take':
      return actor.isAssignee || actor.editsAll || (!request.assigneeId && actor.mayEdit);
    case 'done':
      return actor.isAssignee || actor.editsAll;
    case 'forward':
      return actor.isAssignee || actor.isHead || actor.editsAll;
    case 'prospect':
      return actor.isAssignee || actor.mayEdit || actor.editsAll;
    default:
      return false;
  }
}

const UNREAD_STATES = ['new', 'assigned'];

/** Opening by the assignee: read now, unless read already or closed; null when nothing changes. */
export function markReadChanges(request: ActionRequest, now: Date): { readAt: string; state?: 'read' } | null {
  if (request.readAt || isClosedRequest(request.state)) return null;
  return { readAt: now.toISOString(), ...(UNREAD_STATES.includes(request.state ?? 'new') ? { state: 'read' as const } : {}) };
}

export type ActionResult<T> = { ok: true; value: T; issues?: undefined } | { ok: false; issues: FieldIssue[]; value?: undefined };

/** In progress from now (read too, if it was not); `takerId` becomes the assignee of a request nobody had. */
export function takeChanges(
  request: ActionRequest,
  now: Date,
  takerId: string,
): ActionResult<{ state: 'in-progress'; readAt?: string; assigneeId?: string }> {
  if (isClosedRequest(request.state)) return { ok: false, issues: [issue('state', 'request.closed')] };
  return {
    ok: true,
    value: {
      state: 'in-progress',
      ...(request.readAt ? {} : { readAt: now.toISOString() }),
      ...(request.assigneeId ? {} : { assigneeId: takerId }),
    },
  };
}

export const REQUEST_RESULT_MAX = 5000;

/** Done now with what came of it (required: it goes into the client's chronicle). */
export function doneChanges(
  request: ActionRequest,
  input: { result: unknown },
  now: Date,
): ActionResult<{ state: 'done'; doneAt: string; result: string; readAt?: string }> {
  const issues: FieldIssue[] = [];
  if (isClosedRequest(request.state)) issues.push(issue('state', 'request.closed'));
  const result = typeof input.result === 'string' ? input.result.trim() : '';
  if (!result) issues.push(issue('result', 'required'));
  else if (result.length > REQUEST_RESULT_MAX) issues.push(issue('result', 'text.tooLong', { max: REQUEST_RESULT_MAX }));
  if (issues.length > 0) return { ok: false, issues };
  return { ok: true, value: { state: 'done', doneAt: now.toISOString(), result, ...(request.readAt ? {} : { readAt: now.toISOString() }) } };
}
