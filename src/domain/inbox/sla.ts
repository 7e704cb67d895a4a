import { fail, ok, Result } from '../result';
import type { BusinessTime } from '../time/settings';
import { DEFAULT_URGENCY, readUrgency, Urgency, URGENCIES } from './urgency';
import { addWorkingTime } from './working-time';

/**
 * Service levels: how long a request of each urgency may wait for its answer, which sets its `dueAt`.
 *
 * The clock is **working time** by default: it runs only within the business's working hours (in the
 * business zone) and stops at night, at weekends and on days off. A request received at 17:55 on Friday
 * and one received at 09:05 on Monday then get the same real time to be answered, and no request falls
 * due at 03:00 on a Sunday only to escalate to a head who is off as well. A deployment that keeps a
 * round-the-clock duty may put one urgency on the **calendar** clock (elapsed real time, night and
 * weekend included): `critical=2h calendar`.
 *
 * Configured as text (VITRYLO_SLA, say): groups separated by ';' or ',', each `urgency=<number><h|m>`
 * and optionally `working` or `calendar`; urgencies left out keep their defaults. Days are not accepted:
 * a "working day" and a calendar day are different lengths, and a number of hours says exactly what is meant.
 */
export type SlaClock = 'working' | 'calendar';

export interface SlaTarget {
  minutes: number;
  clock: SlaClock;
}

export type SlaSettings = Readonly<Record<Urgency, SlaTarget>>;

export const DEFAULT_SLA_TEXT = 'critical=1h; high=4h; normal=8h; low=24h';

/** critical 1 h, high 4 h, normal 8 h (about a working day), low 24 h (about three), all in working time. */
export const DEFAULT_SLA: SlaSettings = Object.freeze({
  critical: { minutes: 60, clock: 'working' },
  high: { minutes: 240, clock: 'working' },
  normal: { minutes: 480, clock: 'working' },
  low: { minutes: 1440, clock: 'working' },
});

/** One year of minutes: a longer target is a typo. */
const MAX_MINUTES = 366 * 24 * 60;
const GROUP = /^([a-z-]+)\s*=\s*(\d+(?:[.,]\d+)?)\s*(h|m)\s*(working|calendar)?$/i;

export function parseSla(text: unknown): Result<SlaSettings> {
  if (typeof text !== 'string' || text.trim() === '') return fail(`must describe the service levels, e.g. "${DEFAULT_SLA_TEXT}"`);
  const settings: Record<string, SlaTarget> = {};
  // ',' also separates groups, except inside a decimal comma ('1,5h')
  for (const group of text.split(/[;,](?!\d)/).map((g) => g.trim()).filter(Boolean)) {
    const match = GROUP.exec(group);
    if (!match) return fail(`"${group}" must be an urgency and a time, e.g. "high=4h" or "critical=30m calendar"`);
    const urgency = match[1].toLowerCase();
    if (!(URGENCIES as readonly string[]).includes(urgency)) return fail(`"${match[1]}" is not an urgency (${URGENCIES.join(', ')})`);
    if (settings[urgency]) return fail(`"${urgency}" is given twice`);
    const amount = Number(match[2].replace(',', '.'));
    const minutes = Math.round(match[3].toLowerCase() === 'h' ? amount * 60 : amount);
    if (minutes <= 0 || minutes > MAX_MINUTES) return fail(`"${group}": the time must be more than 0 and at most a year`);
    settings[urgency] = { minutes, clock: (match[4]?.toLowerCase() as SlaClock) || 'working' };
  }
  return ok(Object.fromEntries(URGENCIES.map((u) => [u, settings[u] ?? DEFAULT_SLA[u]])) as SlaSettings);
}


/** When a request received at `receivedAt` falls due; a missing or unknown urgency counts as normal. */
export function dueAtFor(receivedAt: Date, urgency: unknown, sla: SlaSettings, time: BusinessTime): Date {
  const target = sla[readUrgency(urgency)] ?? sla[DEFAULT_URGENCY];
  if (target.clock === 'calendar') return new Date(receivedAt.getTime() + target.minutes * 60_000);
  return addWorkingTime(receivedAt, target.minutes, time.workingHours, time.timeZone);
}
