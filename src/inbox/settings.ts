import type { Core } from '@strapi/strapi';
import { reminderCronRule } from '../domain/chronicle';
import { DomainValidationError, FieldIssue } from '../domain/errors';
import { parseSla, SlaSettings } from '../domain/inbox';

export interface InboxSettings {
  sla: SlaSettings;
  /** the reminder task's cron rule, from VITRYLO_REMINDER_TIME */
  reminderRule: string;
  /** a department's name or documentId; '' when none is configured */
  defaultDepartment: string;
}

const checked = new WeakMap<object, InboxSettings>();

/** Checks the inbox settings (config/inbox.ts); a wrong one names its variable. */
export function checkInboxSettings(values: { sla: unknown; reminderTime: unknown; defaultDepartment: unknown }): InboxSettings {
  const issues: FieldIssue[] = [];
  const sla = parseSla(values.sla);
  if (!sla.ok) issues.push({ field: 'VITRYLO_SLA', reason: sla.reason });
  const rule = reminderCronRule(values.reminderTime);
  if (!rule.ok) issues.push({ field: 'VITRYLO_REMINDER_TIME', reason: rule.reason });
  if (issues.length > 0) throw new DomainValidationError(issues);
  return { sla: sla.value, reminderRule: rule.value, defaultDepartment: typeof values.defaultDepartment === 'string' ? values.defaultDepartment.trim() : '' };
}

/** The settings of this Strapi, checked once: a wrong VITRYLO_SLA or VITRYLO_REMINDER_TIME stops the start. */
export function inboxSettings(strapi: Core.Strapi): InboxSettings {
  let settings = checked.get(strapi);
  if (!settings) {
    settings = checkInboxSettings({
      sla: strapi.config.get('inbox.sla'),
      reminderTime: strapi.config.get('inbox.reminderTime'),
      defaultDepartment: strapi.config.get('inbox.defaultDepartment'),
    });
    checked.set(strapi, settings);
  }
  return settings;
}
