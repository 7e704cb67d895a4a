import { DomainValidationError, FieldIssue } from '../errors';
import { checkTimeZone } from './time-zone';
import { parseWorkingHours, WorkingHours } from './working-hours';

/**
 * The business calendar as the configuration gives it (text), checked at startup so a typo names the
 * variable instead of surfacing as a wrong date in a report weeks later.
 */
export interface BusinessTime {
  /** IANA zone of the business: dates of business events, report periods, "today" of scheduled jobs. */
  timeZone: string;
  workingHours: WorkingHours;
}

export function checkBusinessTime(
  settings: { timeZone: unknown; workingHours: unknown },
  names: { timeZone: string; workingHours: string },
): BusinessTime {
  const issues: FieldIssue[] = [];
  const timeZone = checkTimeZone(settings.timeZone);
  if (!timeZone.ok) issues.push({ field: names.timeZone, reason: timeZone.reason });
  const workingHours = parseWorkingHours(settings.workingHours);
  if (!workingHours.ok) issues.push({ field: names.workingHours, reason: workingHours.reason });
  // (a failed check has put its issue in the list; naming both lets strict compilers narrow them)
  if (issues.length > 0 || !timeZone.ok || !workingHours.ok) throw new DomainValidationError(issues);
  return { timeZone: timeZone.value, workingHours: workingHours.value };
}
