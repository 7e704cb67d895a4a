import * as catalog from '../catalog';
import { DEPARTMENT_NAMES, DemoRole } from '../demo-company';
import type { Rng } from '../random';
import { fill, mobilePhone, transliterate } from '../text';
import type { CounterpartyTable } from './activity';
import type { CounterpartyDraft, CounterpartyGenerator } from './counterparties';
import { DayClock, DAY_MS, HOUR_MS } from './days';
import { DocumentIds } from './document-id';
import { rowRng, streamSeed } from './row-random';
import { refId, ScaleWorld, StaffMember } from './world';

/**
 * Inbound request number r, routed as the demo's are: accounting and marketing topics to those departments,
 * a known counterparty's to its manager, the rest to a sales team; registered by a secretary unless it came
 * through the web form. Links are row ids, the counterparty and its contact slot by generator index.
 */
export interface RequestDraft {
  index: number;
  documentId: string;
  /** Counterparty index and contact slot, or null for a caller the CRM does not know. */
  counterparty: number | null;
  contactSlot: number | null;
  fields: Record<string, unknown>;
  links: {
    leadSource: number | null;
    businessLine: number | null;
    registeredBy: number | null;
    targetDepartment: number | null;
    assignee: number | null;
  };
}

type Channel = 'phone' | 'email' | 'web' | 'walk-in' | 'messenger';
type State = 'new' | 'assigned' | 'read' | 'in-progress' | 'done' | 'rejected';
type Urgency = 'low' | 'normal' | 'high' | 'critical';

/** Requests of the last two years; three in ten from the last ten days, so the inbox has fresh ones. */
export const REQUEST_HISTORY_DAYS = 2 * 365;
const CHANNELS: Array<[Channel, number]> = [['phone', 35], ['email', 25], ['web', 20], ['messenger', 12], ['walk-in', 8]];
const DUE_HOURS: Record<Urgency, number> = { low: 72, normal: 24, high: 8, critical: 4 };
const URGENT_TOPICS = new Set(['Затримка доставки', 'Не працює принтер']);
const KNOWN_KINDS = new Set(['client', 'prospect', 'partner', 'supplier'] as const);
const ROLE_OF_DEPARTMENT: Record<string, DemoRole> = { [DEPARTMENT_NAMES.accounting]: 'accountant', [DEPARTMENT_NAMES.marketing]: 'marketer' };

// Older requests are handled: a few stuck in progress are what the overdue escalation exists for.
function stateFor(rng: Rng, ageDays: number): State {
  if (ageDays > 10) return rng.weighted<State>([['done', 870], ['rejected', 125], ['in-progress', 5]]);
  return rng.weighted<State>([['new', 18], ['assigned', 18], ['read', 18], ['in-progress', 22], ['done', 18], ['rejected', 6]]);
}

export class RequestGenerator {
  readonly ids: DocumentIds;
  private readonly stream: number;
  private readonly days: DayClock;
  private readonly byRole = new Map<DemoRole, StaffMember[]>();

  constructor(
    private readonly world: ScaleWorld,
    private readonly counterparties: CounterpartyGenerator,
    private readonly table: CounterpartyTable,
  ) {
    this.ids = new DocumentIds(world.seed, 'inbound-request');
    this.stream = streamSeed(world.seed, 'inbound-request');
    this.days = new DayClock(world.now, world.timeZone);
    for (const member of world.staff) this.byRole.set(member.role, [...(this.byRole.get(member.role) ?? []), member]);
  }

  generate(index: number): RequestDraft {
    const rng = rowRng(this.stream, index);
    const now = this.world.now.getTime();
    const channel = rng.weighted(CHANNELS);
    const topic = rng.pickWeighted(catalog.REQUEST_TOPICS);
    const cpIndex = rng.chance(0.6) ? this.table.pickOf(rng, KNOWN_KINDS) : null;
    const cp: CounterpartyDraft | null = cpIndex === null ? null : this.counterparties.generate(cpIndex);
    const contactSlot = cp ? rng.int(0, cp.contacts.length - 1) : null;
    const contact = cp && contactSlot !== null ? cp.contacts[contactSlot].fields : null;
    const caller = contact ? null : catalog.randomPerson(rng);

    // spread over the history, with a few more in the last days so a small demo's inboxes are not empty
    const ageDays = rng.chance(0.02) ? rng.int(0, 10) : rng.int(0, REQUEST_HISTORY_DAYS);
    const anyHour = channel === 'web' || channel === 'email';
    let received = this.days.day(-ageDays).at + (anyHour ? rng.int(7, 22) : rng.int(9, 18)) * HOUR_MS + rng.int(0, 59) * 60_000;
    if (received > now) received = now - rng.int(5, 240) * 60_000;
    const state = stateFor(rng, (now - received) / DAY_MS);
    const urgency: Urgency = URGENT_TOPICS.has(topic.subject)
      ? rng.weighted<Urgency>([['high', 6], ['critical', 2], ['normal', 2]])
      : rng.weighted<Urgency>([['low', 15], ['normal', 62], ['high', 18], ['critical', 5]]);
    const route = this.route(rng, topic, cpIndex);
    const readAt = state === 'new' || state === 'assigned' ? null : Math.min(now, received + rng.int(5, 240) * 60_000);
    const doneAt = state === 'done' && readAt !== null ? Math.min(now, readAt + rng.int(1, 72) * HOUR_MS) : null;
    const secretaries = this.byRole.get('secretary') ?? [];
    const callerEmail = contact
      ? (contact.email as string | null)
      : channel === 'email' || channel === 'web' || rng.chance(0.3)
        ? `${transliterate(caller!.firstName).replace(/ /g, '')}.${transliterate(caller!.surname).replace(/ /g, '')}@${rng.pick(catalog.FREE_MAIL_DOMAINS)}`
        : null;

    return {
      index,
      documentId: this.ids.of(index),
      counterparty: cpIndex,
      contactSlot,
      fields: {
        receivedAt: new Date(received),
        channel,
        callerName: contact ? contact.fullName : caller!.fullName,
        callerPhone: contact ? contact.phone : mobilePhone(rng),
        callerEmail,
        organizationName: cp ? cp.fields.name : rng.chance(0.7) ? `ТОВ «${rng.pick(catalog.NAME_PREFIXES)}${rng.pick(catalog.NAME_SUFFIXES)}»` : null,
        subject: topic.subject,
        message: fill(topic.message, { qty: rng.int(2, 30) }),
        urgency,
        state,
        readAt: readAt === null ? null : new Date(readAt),
        doneAt: doneAt === null ? null : new Date(doneAt),
        dueAt: new Date(received + DUE_HOURS[urgency] * HOUR_MS),
        consent: channel === 'web' ? true : rng.chance(0.5),
      },
      links: {
        leadSource: cp ? cp.links.leadSource : refId(this.world, 'leadSource', rng.pick(catalog.LEAD_SOURCES).name),
        businessLine: refId(this.world, 'businessLine', topic.businessLine),
        registeredBy: channel !== 'web' && secretaries.length ? rng.pick(secretaries).employeeId : null,
        targetDepartment: route.department,
        assignee: state === 'new' ? null : route.assignee,
      },
    };
  }

  /** The department and employee a request goes to. */
  private route(rng: Rng, topic: catalog.RequestTopic, cp: number | null): { department: number; assignee: number } {
    const role = topic.department ? ROLE_OF_DEPARTMENT[topic.department] : undefined;
    const staff = role ? this.byRole.get(role) : undefined;
    if (staff?.length) {
      const member = rng.pick(staff);
      return { department: member.departmentId, assignee: member.employeeId };
    }
    const teams = this.world.salesTeams;
    if (cp !== null) {
      const traits = this.table.traits(cp);
      return { department: teams[traits.team].departmentId, assignee: teams[traits.team].managers[traits.manager].employeeId };
    }
    const kyiv = rng.chance(0.7);
    const team = teams.find((t) => t.servesKyiv === kyiv) ?? teams[0];
    const manager = rng.weighted(team.managers.map((m) => [m, m.head ? 1 : 3] as const));
    return { department: team.departmentId, assignee: manager.employeeId };
  }
}
