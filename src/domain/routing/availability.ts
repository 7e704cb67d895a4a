import { whereaboutsAt } from '../schedule/whereabouts';
import { isWithinWorkingHours, nextWorkingMoment } from '../time/working-hours';
import type { RoutingContext, RoutingEmployee } from './types';

/** Why someone cannot take a request: not employed, a schedule absence, or outside working hours with no entry. */
export type Absence = 'inactive' | 'vacation' | 'sick-leave' | 'business-trip' | 'day-off' | 'off-hours';

export interface Availability {
  available: boolean;
  absence: Absence | null;
}

/**
 * The instant availability is judged at: `now` within working hours, else the next opening. A request
 * the website posts at 23:00 on Friday is answered on Monday morning, so it should go to whoever works on
 * Monday, not to the department head because nobody is in at night; and a manager who starts a vacation on
 * Monday should not get it. Someone with an entry that puts them at work right now (a Saturday shift) still
 * counts at `now`.
 */
export function availabilityInstant(context: Pick<RoutingContext, 'now' | 'time'>): Date {
  const { now, time } = context;
  return isWithinWorkingHours(now, time.workingHours, time.timeZone) ? now : nextWorkingMoment(now, time.workingHours, time.timeZone);
}

export function availabilityOf(employee: RoutingEmployee | null, context: RoutingContext, checkedAt: Date): Availability {
  if (!employee || employee.active === false) return { available: false, absence: 'inactive' };
  const own = context.schedule.filter((e) => e.employeeId === employee.id);
  const now = whereaboutsAt(employee.id, own, context.now, context.time);
  if (now.atWork) return { available: true, absence: null };
  const then = checkedAt.getTime() === context.now.getTime() ? now : whereaboutsAt(employee.id, own, checkedAt, context.time);
  if (then.atWork) return { available: true, absence: null };
  return { available: false, absence: then.source === 'entry' ? (then.kind as Absence) : 'off-hours' };
}
