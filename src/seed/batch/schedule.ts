import { DEPARTMENT_NAMES } from '../demo-company';
import type { Emp } from '../shared';
import { addDays, isWeekend } from '../../domain/time';
import type { BatchContext, Cp } from './context';

const VISIT_PURPOSES = ['Презентація рішень', 'Підписання договору', 'Аудит робочих місць', 'Переговори щодо умов', 'Приймання робіт', 'Демонстрація обладнання'];
const TRIP_PURPOSES = ['Зустрічі з клієнтами регіону', 'Переговори з ключовим клієнтом', 'Виставка та зустрічі з партнерами', 'Робота в регіональному офісі'];

interface Entry {
  employee: Emp;
  start: string;
  end: string;
  kind: 'office' | 'client-visit' | 'business-trip' | 'remote' | 'vacation' | 'sick-leave' | 'day-off' | 'other';
  counterparty?: Cp;
  city?: string;
  organization?: string;
  purpose?: string;
  note?: string;
}

/**
 * Work schedule of every employee for two weeks back and two weeks ahead: office and remote days, client visits,
 * business trips, a vacation and a sick leave. Created with the first batch only (the staff is shared).
 */
export async function createSchedule(ctx: BatchContext): Promise<void> {
  const rng = ctx.rng('schedule');
  const from = addDays(ctx.today, -14);
  const days = Array.from({ length: 29 }, (_, i) => addDays(from, i));
  const workdays = days.filter((d) => !isWeekend(d));
  const entries: Entry[] = [];
  const busy = new Map<string, Set<string>>(); // employee → days taken by multi-day entries

  const block = (emp: Emp, list: string[]) => {
    const set = busy.get(emp.documentId) ?? new Set<string>();
    list.forEach((d) => set.add(d));
    busy.set(emp.documentId, set);
  };

  const staff = ctx.shared.employees;
  // One vacation (a working week), one sick leave, a few days off.
  const [vacationer, sick] = rng.sample(staff.filter((e) => e.role !== 'director'), 2);
  const vStart = rng.int(0, workdays.length - 5);
  const vDays = workdays.slice(vStart, vStart + 5);
  entries.push({ employee: vacationer, start: ctx.atIso(vDays[0], 0, 0), end: ctx.atIso(vDays[vDays.length - 1], 23, 59), kind: 'vacation', note: 'Щорічна відпустка' });
  block(vacationer, days.filter((d) => d >= vDays[0] && d <= vDays[vDays.length - 1]));
  const sStart = rng.int(0, 8);
  const sDays = workdays.slice(sStart, sStart + rng.int(2, 3));
  entries.push({ employee: sick, start: ctx.atIso(sDays[0], 0, 0), end: ctx.atIso(sDays[sDays.length - 1], 23, 59), kind: 'sick-leave', note: 'Лікарняний' });
  block(sick, sDays);

  // Business trips: regional sales people to their regions, the director to the Lviv office.
  const travellers = [...ctx.salesOf(DEPARTMENT_NAMES.salesRegions), ...staff.filter((e) => e.email.startsWith('o.kovalenko'))];
  for (const emp of rng.sample(travellers, 3)) {
    const length = rng.int(2, 3);
    const candidates = workdays.filter((d, i) => i + length <= workdays.length && !workdays.slice(i, i + length).some((x) => busy.get(emp.documentId)?.has(x)));
    if (!candidates.length) continue;
    const first = rng.pick(candidates);
    const tripDays = workdays.slice(workdays.indexOf(first), workdays.indexOf(first) + length);
    const remote = ctx.counterparties.filter((c) => c.manager.documentId === emp.documentId && c.city.name !== emp.city && c.kind === 'client');
    const target = remote.length ? rng.pick(remote) : null;
    const city = target ? target.city.name : emp.city === 'Київ' ? 'Львів' : rng.pick(['Тернопіль', 'Луцьк', 'Рівне', 'Івано-Франківськ']);
    entries.push({
      employee: emp,
      start: ctx.atIso(tripDays[0], 7, 0),
      end: ctx.atIso(tripDays[tripDays.length - 1], 20, 0),
      kind: 'business-trip',
      city,
      ...(target ? { counterparty: target, organization: target.name } : {}),
      purpose: rng.pick(TRIP_PURPOSES),
    });
    block(emp, tripDays);
  }

  for (const emp of staff) {
    const mine = ctx.counterparties.filter((c) => c.manager.documentId === emp.documentId && c.kind !== 'competitor');
    const isSales = emp.role === 'sales' || emp.role === 'sales-head';
    for (const day of workdays) {
      if (busy.get(emp.documentId)?.has(day)) continue;
      if (rng.chance(0.02)) {
        entries.push({ employee: emp, start: ctx.atIso(day, 0, 0), end: ctx.atIso(day, 23, 59), kind: 'day-off', note: 'Відгул' });
        continue;
      }
      const remoteDay = rng.chance(emp.role === 'accountant' || emp.role === 'marketer' ? 0.25 : 0.12);
      const base: Entry['kind'] = remoteDay ? 'remote' : 'office';
      if (isSales && mine.length && rng.chance(0.3)) {
        const cp = rng.pick(mine);
        const h = rng.int(10, 14);
        entries.push({ employee: emp, start: ctx.atIso(day, 9, 0), end: ctx.atIso(day, h - 1, 30), kind: base, city: emp.city });
        entries.push({
          employee: emp,
          start: ctx.atIso(day, h, 0),
          end: ctx.atIso(day, h + 2, 0),
          kind: 'client-visit',
          counterparty: cp,
          city: cp.city.name,
          organization: cp.name,
          purpose: rng.pick(VISIT_PURPOSES),
        });
        entries.push({ employee: emp, start: ctx.atIso(day, h + 2, 30), end: ctx.atIso(day, 18, 0), kind: base, city: emp.city });
      } else if (emp.role === 'marketer' && rng.chance(0.08)) {
        entries.push({ employee: emp, start: ctx.atIso(day, 10, 0), end: ctx.atIso(day, 16, 0), kind: 'other', city: emp.city, purpose: 'Зйомка відеоролика / друкарня', note: 'Поза офісом' });
      } else {
        entries.push({ employee: emp, start: ctx.atIso(day, 9, 0), end: ctx.atIso(day, 18, 0), kind: base, city: emp.city });
      }
    }
  }

  for (const e of entries) {
    await ctx.w.create('api::schedule-entry.schedule-entry', {
      employee: e.employee.documentId,
      start: e.start,
      end: e.end,
      kind: e.kind,
      ...(e.counterparty?.documentId ? { counterparty: e.counterparty.documentId } : {}),
      ...(e.city ? { city: e.city } : {}),
      ...(e.organization ? { organization: e.organization } : {}),
      ...(e.purpose ? { purpose: e.purpose } : {}),
      ...(e.note ? { note: e.note } : {}),
    });
  }
}
