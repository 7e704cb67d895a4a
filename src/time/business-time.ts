import type { Core } from '@strapi/strapi';
import { BusinessTime, checkBusinessTime } from '../domain/time';

const checked = new WeakMap<object, BusinessTime>();

/**
 * The business time zone and working hours of this Strapi (config/business-time.ts), checked once:
 * a wrong VITRYLO_TIME_ZONE or VITRYLO_WORKING_HOURS stops the start with a message naming it.
 */
export function businessTime(strapi: Core.Strapi): BusinessTime {
  let settings = checked.get(strapi);
  if (!settings) {
    settings = checkBusinessTime(
      { timeZone: strapi.config.get('business-time.timeZone'), workingHours: strapi.config.get('business-time.workingHours') },
      { timeZone: 'VITRYLO_TIME_ZONE', workingHours: 'VITRYLO_WORKING_HOURS' },
    );
    checked.set(strapi, settings);
  }
  return settings;
}
