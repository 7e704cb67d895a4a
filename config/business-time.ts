import { DEFAULT_TIME_ZONE, DEFAULT_WORKING_HOURS_TEXT } from '../src/domain/time';

/**
 * The business calendar: the time zone of dates of business events, report periods and scheduled jobs,
 * and the working hours (format in src/domain/time/working-hours.ts). Checked at startup and read through
 * src/time/business-time.ts.
 */
export default ({ env }) => ({
  timeZone: env('VITRYLO_TIME_ZONE', DEFAULT_TIME_ZONE),
  workingHours: env('VITRYLO_WORKING_HOURS', DEFAULT_WORKING_HOURS_TEXT),
});
