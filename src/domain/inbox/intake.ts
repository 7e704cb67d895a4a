import type { InteractionKind } from '../chronicle/enums';
import { formatDateTime } from '../format/dates';

/**
 * What a new inbound request brings with it once it is matched and routed (issue 10): the inbound entry
 * of the client's chronicle, linked to the request, and the notification of its assignee. The texts are
 * plain Ukrainian: they become stored records read in the Ukrainian panel.
 */

/** A request as these rules read it, relations as documentIds. */
export interface IntakeRequest {
  channel?: string | null;
  receivedAt: Date | string;
  subject?: string | null;
  message?: string | null;
  callerName?: string | null;
  callerPhone?: string | null;
  callerEmail?: string | null;
  organizationName?: string | null;
  urgency?: string | null;
  dueAt?: Date | string | null;
  counterpartyId?: string | null;
  contactPersonId?: string | null;
  businessLineId?: string | null;
  assigneeId?: string | null;
  registeredById?: string | null;
}

const CHANNEL_KINDS: Readonly<Record<string, InteractionKind>> = {
  phone: 'call-in',
  email: 'email',
  messenger: 'messenger',
  'walk-in': 'visit',
  web: 'other',
};

/** The chronicle's kind of contact for a request's channel: a call for the phone, a visit for walk-in, … */
export function interactionKindOfChannel(channel: string | null | undefined): InteractionKind {
  return CHANNEL_KINDS[channel ?? ''] ?? 'other';
}

const SUBJECT_MAX = 255;
const cut = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);
const clean = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

/** 'Олена Коваль, ТОВ «Світанок», +380671234567, olena@example.com': who wrote or called, as far as known. */
export function callerLine(request: Pick<IntakeRequest, 'callerName' | 'organizationName' | 'callerPhone' | 'callerEmail'>): string {
  return [request.callerName, request.organizationName, request.callerPhone, request.callerEmail].map(clean).filter(Boolean).join(', ');
}

export interface InboundInteractionData {
  kind: InteractionKind;
  direction: 'inbound';
  state: 'done';
  occurredAt: string;
  subject: string;
  content: string | null;
  employeeId: string | null;
  counterpartyId: string | null;
  contactPersonId: string | null;
  businessLineId: string | null;
}

/**
 * The chronicle entry of a request: the contact happened when the request came in; it is the assignee's
 * (else the person who registered it), the client's and its contact person's; its content is the message
 * with who sent it. An unknown caller's entry has no counterparty until they are made a prospect.
 */
export function inboundInteractionData(request: IntakeRequest): InboundInteractionData {
  const subject = clean(request.subject);
  const from = callerLine(request);
  const message = (request.message ?? '').trim();
  const content = [message, from ? `Від: ${from}` : ''].filter(Boolean).join('\n\n');
  return {
    kind: interactionKindOfChannel(request.channel),
    direction: 'inbound',
    state: 'done',
    occurredAt: new Date(request.receivedAt).toISOString(),
    subject: cut(subject ? `Звернення: ${subject}` : 'Вхідне звернення', SUBJECT_MAX),
    content: content || null,
    employeeId: request.assigneeId ?? request.registeredById ?? null,
    counterpartyId: request.counterpartyId ?? null,
    contactPersonId: request.contactPersonId ?? null,
    businessLineId: request.businessLineId ?? null,
  };
}

export interface RequestNotification {
  kind: 'inbound-request';
  title: string;
  body: string;
}

const URGENCY_WORDS: Readonly<Record<string, string>> = { low: 'низька', normal: 'звичайна', high: 'висока', critical: 'критична' };

function details(request: IntakeRequest, timeZone: string): string[] {
  const from = callerLine(request);
  const due = request.dueAt ? formatDateTime(new Date(request.dueAt), timeZone) : null;
  return [
    from ? `Від: ${from}.` : '',
    `Терміновість: ${URGENCY_WORDS[request.urgency ?? ''] ?? URGENCY_WORDS.normal}.`,
    due ? `Виконати до ${due}.` : '',
  ].filter(Boolean);
}

const titleSubject = (request: IntakeRequest) => cut(clean(request.subject) || 'без теми', 200);

/** The assignee's notification of a new request, saying why it came to them. */
export function assignmentNotification(request: IntakeRequest, reason: string | null, timeZone: string): RequestNotification {
  return {
    kind: 'inbound-request',
    title: `Нове звернення: ${titleSubject(request)}`,
    body: [...details(request, timeZone), reason ? `Чому вам: ${reason}.` : ''].filter(Boolean).join('\n'),
  };
}

/** The new assignee's notification of a forwarded request, with who forwarded it and why. */
export function forwardNotification(request: IntakeRequest, forward: { byName: string | null; reason: string }, timeZone: string): RequestNotification {
  return {
    kind: 'inbound-request',
    title: `Переадресоване звернення: ${titleSubject(request)}`,
    body: [...(forward.byName ? [`Хто переадресував: ${forward.byName}.`] : []), `Причина: ${forward.reason}`, ...details(request, timeZone)].join('\n'),
  };
}
