import type { Core } from '@strapi/strapi';
import { businessDayAt, businessMonthAt, BusinessDay, BusinessMonth } from '../../../../domain/workspace';
import { businessTime } from '../../../../time/business-time';

/** The business zone, and today and this month in it, at the moment of the request. */
export interface Now {
  now: Date;
  timeZone: string;
  day: BusinessDay;
  month: BusinessMonth;
}

export function businessNow(strapi: Core.Strapi, now = new Date()): Now {
  const { timeZone } = businessTime(strapi);
  return { now, timeZone, day: businessDayAt(now, timeZone), month: businessMonthAt(now, timeZone) };
}
