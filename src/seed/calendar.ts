import { DEFAULT_WORKING_HOURS, workingDayOnOrAfter } from '../domain/time';

/**
 * The demo company works Monday to Friday whatever VITRYLO_WORKING_HOURS says: the demo is one fixed story.
 * Its wall-clock times are read in the business time zone (BatchContext.at).
 */
export const DEMO_WEEK = DEFAULT_WORKING_HOURS;

/** The date itself on a working day, else the next Monday. */
export function nextWorkday(date: string): string {
  return workingDayOnOrAfter(date, DEMO_WEEK);
}
