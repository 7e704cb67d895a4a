import * as catalog from '../catalog';
import { DEPARTMENT_NAMES } from '../demo-company';
import type { Rng } from '../random';
import type { Emp } from '../shared';
import { fill, mobilePhone, transliterate } from '../text';
import { addDays } from '../../domain/time';
import type { BatchContext, Contact, Cp } from './context';

export const REQUESTS_PER_BATCH = 120;

type Channel = 'phone' | 'email' | 'web' | 'walk-in' | 'messenger';
type Status = 'new' | 'assigned' | 'read' | 'in-progress' | 'done' | 'rejected';

const CHANNELS: Array<[Channel, number]> = [['phone', 35], ['email', 25], ['web', 20], ['messenger', 12], ['walk-in', 8]];
const DUE_HOURS = { low: 72, normal: 24, high: 8, critical: 4 } as const;
const HOUR = 3_600_000;

function statusFor(rng: Rng, ageDays: number): Status {
  if (ageDays > 10) return rng.weighted<Status>([['done', 80], ['rejected', 12], ['in-progress', 8]]);
  return rng.weighted<Status>([['new', 18], ['assigned', 18], ['read', 18], ['in-progress', 22], ['done', 18], ['rejected', 6]]);
}

function interactionKind(channel: Channel): 'call-in' | 'email' | 'messenger' | 'meeting' | 'call-out' {
  switch (channel) {
    case 'phone':
      return 'call-in';
    case 'email':
      return 'email';
    case 'messenger':
      return 'messenger';
    case 'walk-in':
      return 'meeting';
    default:
      return 'call-out'; // a web form is answered by a call back
  }
}

/** Inbound requests over all channels and statuses, routed to a department and an assignee; some answered by an interaction. */
export async function createRequests(ctx: BatchContext): Promise<void> {
  const rng = ctx.rng('requests');
  const known = ctx.counterparties.filter((c) => (c.kind === 'client' || c.kind === 'prospect' || c.kind === 'partner' || c.kind === 'supplier') && !c.refusal);
  const secretaries = ctx.employeesWith('secretary');
  const accountants = ctx.employeesWith('accountant');
  const marketers = ctx.employeesWith('marketer');
  const softwareManager = ctx.employeeByEmail('d.tkachenko@vitrylo.com.ua');
  const nowMs = ctx.now.getTime();

  for (let i = 0; i < REQUESTS_PER_BATCH; i += 1) {
    const channel = rng.weighted(CHANNELS);
    const topic = rng.pickWeighted(catalog.REQUEST_TOPICS);
    const cp: Cp | null = rng.chance(0.6) ? rng.pick(known) : null;
    const contact: Contact | null = cp && cp.contacts.length ? rng.pick(cp.contacts) : null;
    const caller = contact ? contact.person : catalog.randomPerson(rng);
    const ageDays = rng.chance(0.3) ? rng.int(0, 10) : rng.int(0, 365);
    const day = addDays(ctx.today, -ageDays);
    const anyHour = channel === 'web' || channel === 'email';
    let received = ctx.at(day, anyHour ? rng.int(7, 22) : rng.int(9, 18), rng.int(0, 59)).getTime();
    if (received > nowMs) received = nowMs - rng.int(5, 240) * 60_000;
    const age = (nowMs - received) / 86_400_000;
    const status = statusFor(rng, age);
    const urgency = topic.subject === 'Затримка доставки' || topic.subject === 'Не працює принтер'
      ? rng.weighted([['high', 6], ['critical', 2], ['normal', 2]] as const)
      : rng.weighted([['low', 15], ['normal', 62], ['high', 18], ['critical', 5]] as const);

    // Routing: accounting and marketing topics by department, known counterparties to their manager, the rest by region / line.
    let department: string;
    let assignee: Emp | null;
    if (topic.department === DEPARTMENT_NAMES.accounting) {
      department = topic.department;
      assignee = rng.pick(accountants);
    } else if (topic.department === DEPARTMENT_NAMES.marketing) {
      department = topic.department;
      assignee = rng.pick(marketers);
    } else if (cp) {
      department = cp.manager.department;
      assignee = cp.manager;
    } else if (topic.businessLine === 'Програмне забезпечення') {
      department = softwareManager.department;
      assignee = softwareManager;
    } else {
      department = rng.chance(0.7) ? DEPARTMENT_NAMES.salesKyiv : DEPARTMENT_NAMES.salesRegions;
      assignee = rng.pick(ctx.salesOf(department));
    }
    if (status === 'new') assignee = null;

    const readAt = status === 'new' || status === 'assigned' ? null : Math.min(nowMs, received + rng.int(5, 240) * 60_000);
    const doneAt = (status === 'done' || status === 'rejected') && readAt !== null ? Math.min(nowMs, readAt + rng.int(1, 72) * HOUR) : null;
    const qty = rng.int(2, 30);
    const orgName = cp ? cp.name : rng.chance(0.7) ? `ТОВ «${rng.pick(catalog.NAME_PREFIXES)}${rng.pick(catalog.NAME_SUFFIXES)}»` : null;
    const callerPhone = contact ? contact.phone : mobilePhone(rng);
    const callerEmail = contact?.email
      ?? (channel === 'email' || channel === 'web' || rng.chance(0.3)
        ? `${transliterate(caller.firstName).replace(/ /g, '')}.${transliterate(caller.surname).replace(/ /g, '')}@${rng.pick(catalog.FREE_MAIL_DOMAINS)}`
        : null);

    let interactionId: string | null = null;
    if (cp && assignee && readAt !== null && (status === 'done' || status === 'in-progress') && rng.chance(0.6)) {
      const at = Math.min(nowMs, readAt + rng.int(10, 120) * 60_000);
      const kind = interactionKind(channel);
      const stage = cp.kind === 'prospect' ? 1 : cp.kind === 'client' ? rng.pick([1, 2, 5, 6]) : null;
      const interaction = await ctx.w.create('api::interaction.interaction', {
        counterparty: cp.documentId,
        ...(contact?.documentId ? { contactPerson: contact.documentId } : {}),
        employee: assignee.documentId,
        occurredAt: new Date(at).toISOString(),
        kind,
        direction: kind === 'call-out' ? 'outbound' : 'inbound',
        ...(stage !== null ? { stage: ctx.ref('stage', catalog.INTERACTION_STAGES[stage].name) } : {}),
        ...(topic.businessLine ? { businessLine: ctx.ref('businessLine', topic.businessLine) } : {}),
        subject: `Звернення: ${topic.subject}`,
        content: `${fill(topic.message, { qty })}\nВідповідь: ${rng.pick(topic.answers)}.`,
        result: status === 'done' ? 'Звернення опрацьовано' : 'В роботі',
        state: 'done',
      });
      interactionId = interaction.documentId;
    }

    const doc = await ctx.w.create('api::inbound-request.inbound-request', {
      receivedAt: new Date(received).toISOString(),
      channel,
      callerName: caller.fullName,
      callerPhone,
      ...(callerEmail ? { callerEmail } : {}),
      ...(orgName ? { organizationName: orgName } : {}),
      ...(cp ? { counterparty: cp.documentId } : {}),
      ...(contact?.documentId ? { contactPerson: contact.documentId } : {}),
      subject: topic.subject,
      message: fill(topic.message, { qty }),
      ...(cp?.leadSource ? { leadSource: ctx.ref('leadSource', cp.leadSource) } : !cp ? { leadSource: ctx.ref('leadSource', rng.pick(catalog.LEAD_SOURCES).name) } : {}),
      ...(topic.businessLine ? { businessLine: ctx.ref('businessLine', topic.businessLine) } : {}),
      urgency,
      ...(channel !== 'web' ? { registeredBy: rng.pick(secretaries).documentId } : {}),
      targetDepartment: ctx.shared.departments.get(department),
      ...(assignee ? { assignee: assignee.documentId } : {}),
      state: status,
      ...(readAt !== null ? { readAt: new Date(readAt).toISOString() } : {}),
      ...(doneAt !== null && status === 'done' ? { doneAt: new Date(doneAt).toISOString() } : {}),
      dueAt: new Date(received + DUE_HOURS[urgency] * HOUR).toISOString(),
      ...(interactionId ? { interaction: interactionId } : {}),
      consent: channel === 'web' ? true : rng.chance(0.5),
    });
    ctx.requests.push({ documentId: doc.documentId, subject: topic.subject, assignee, receivedAt: new Date(received).toISOString(), status });
  }
}
