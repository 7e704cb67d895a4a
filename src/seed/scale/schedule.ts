import type { Rng } from '../random';
import type { CounterpartyTable } from './activity';
import type { CounterpartyGenerator } from './counterparties';
import { DayClock, DAY_MS, HOUR_MS } from './days';
import { DocumentIds } from './document-id';
import { SCHEDULE_ENTRIES_PER_EMPLOYEE } from './plan';
import { rowRng, streamSeed } from './row-random';
import type { ScaleWorld, StaffMember } from './world';

/**
 * Schedule entry number e: where an employee was on one working day (office, remote, a client visit, a
 * business trip, leave). Entries go round the staff, and each employee's go back in time spaced so that the
 * default 200 per employee cover the past year's working days; more reach further back. So entry e is the
 * same whatever the target, and a larger target adds older entries.
 */
export interface ScheduleDraft {
  index: number;
  documentId: string;
  employee: number;
  /** Counterparty index of a client visit or trip, or null. */
  counterparty: number | null;
  fields: Record<string, unknown>;
}

type Kind = 'office' | 'client-visit' | 'business-trip' | 'remote' | 'vacation' | 'sick-leave' | 'day-off' | 'other';

const VISIT_PURPOSES = ['Презентація рішень', 'Підписання договору', 'Аудит робочих місць', 'Переговори щодо умов', 'Приймання робіт', 'Демонстрація обладнання'];
const TRIP_PURPOSES = ['Зустрічі з клієнтами регіону', 'Переговори з ключовим клієнтом', 'Виставка та зустрічі з партнерами', 'Робота в регіональному офісі'];
const TRIP_CITIES = ['Тернопіль', 'Луцьк', 'Рівне', 'Івано-Франківськ', 'Одеса', 'Дніпро'];
const LEAVE: Partial<Record<Kind, string>> = { vacation: 'Щорічна відпустка', 'sick-leave': 'Лікарняний', 'day-off': 'Відгул' };
/**
 * The demo's own schedule covers two weeks back and ahead (src/seed/batch/schedule.ts); one employee's entries
 * may not overlap, so the bulk entries begin before that window: 11 working days back reach past 14 days.
 */
const BEFORE_DEMO_WORKDAYS = 11;
/** Monday to Friday, 52 weeks and a day. */
const WORKDAYS_PER_YEAR = 261;
/** Draws of a counterparty until one of the employee's own turns up (about one in eight is). */
const OWN_CLIENT_TRIES = 40;
const VISITED_KINDS = new Set(['client', 'prospect', 'partner', 'supplier'] as const);

function kindFor(rng: Rng, member: StaffMember): Kind {
  const leave = rng.weighted<Kind | null>([['vacation', 3], ['sick-leave', 1.5], ['day-off', 2], [null, 93.5]]);
  if (leave) return leave;
  switch (member.role) {
    case 'sales':
    case 'sales-head':
      return rng.weighted<Kind>([['client-visit', 30], ['business-trip', 4], ['remote', 10], ['office', 56]]);
    case 'marketer':
      return rng.weighted<Kind>([['other', 8], ['remote', 25], ['office', 67]]);
    case 'accountant':
      return rng.chance(0.25) ? 'remote' : 'office';
    case 'director':
      return rng.weighted<Kind>([['business-trip', 3], ['remote', 8], ['office', 89]]);
    default:
      return rng.chance(0.12) ? 'remote' : 'office';
  }
}

export class ScheduleGenerator {
  readonly ids: DocumentIds;
  private readonly stream: number;
  private readonly days: DayClock;

  constructor(
    private readonly world: ScaleWorld,
    private readonly counterparties: CounterpartyGenerator,
    /** null when there are no counterparties yet: visits and trips then go to nobody in particular. */
    private readonly table: CounterpartyTable | null,
  ) {
    if (world.staff.length === 0) throw new Error('scale seed: no demo employees to make a schedule for');
    this.ids = new DocumentIds(world.seed, 'schedule-entry');
    this.stream = streamSeed(world.seed, 'schedule-entry');
    this.days = new DayClock(world.now, world.timeZone);
  }

  generate(index: number): ScheduleDraft {
    const rng = rowRng(this.stream, index);
    const staff = this.world.staff;
    const member = staff[index % staff.length];
    const round = Math.floor(index / staff.length);
    const { at: midnight } = this.days.workdaysBack(BEFORE_DEMO_WORKDAYS + Math.floor((round * WORKDAYS_PER_YEAR) / SCHEDULE_ENTRIES_PER_EMPLOYEE));
    let kind = kindFor(rng, member);
    const visits = kind === 'client-visit' || kind === 'business-trip';
    const counterparty = visits ? this.ownCounterparty(rng, member) : null;
    // A visit is to someone: without a counterparty of one's own it is a day in the office.
    if (kind === 'client-visit' && counterparty === null) kind = 'office';
    const at = (hours: number, minutes = 0) => new Date(midnight + hours * HOUR_MS + minutes * 60_000);
    const fields: Record<string, unknown> = {
      start: at(9),
      end: at(18),
      kind,
      city: member.city,
      organization: null,
      purpose: null,
      note: LEAVE[kind] ?? null,
    };

    if (LEAVE[kind]) {
      Object.assign(fields, { start: at(0), end: at(23, 59), city: null });
    } else if (kind === 'client-visit' || kind === 'business-trip') {
      const cp = counterparty === null ? null : this.counterparties.generate(counterparty);
      const hour = rng.int(10, 14);
      const length = rng.int(1, 3);
      Object.assign(fields, kind === 'client-visit'
        ? { start: at(hour), end: at(hour + 2), purpose: rng.pick(VISIT_PURPOSES) }
        : { start: at(7), end: new Date(at(20).getTime() + (length - 1) * DAY_MS), purpose: rng.pick(TRIP_PURPOSES) });
      fields.city = cp ? cp.address.city : member.city === 'Київ' ? 'Львів' : rng.pick(TRIP_CITIES);
      fields.organization = cp ? cp.fields.name : null;
    } else if (kind === 'other') {
      Object.assign(fields, { start: at(10), end: at(16), purpose: 'Зйомка відеоролика / друкарня', note: 'Поза офісом' });
    }

    return { index, documentId: this.ids.of(index), employee: member.employeeId, counterparty, fields };
  }

  /** One of the counterparties this employee manages (by activity), or null when none turns up. */
  private ownCounterparty(rng: Rng, member: StaffMember): number | null {
    if (!this.table) return null;
    const teams = this.world.salesTeams;
    for (let n = 0; n < OWN_CLIENT_TRIES; n += 1) {
      const i = this.table.pickOf(rng, VISITED_KINDS, 1);
      if (i === null) continue;
      const traits = this.table.traits(i);
      if (teams[traits.team].managers[traits.manager].employeeId === member.employeeId) return i;
    }
    return null;
  }
}
