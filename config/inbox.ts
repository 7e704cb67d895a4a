import { DEFAULT_REMINDER_TIME } from '../src/domain/chronicle';
import { DEFAULT_SLA_TEXT } from '../src/domain/inbox';

/**
 * Inbound requests, reminders and escalation (issue 10), checked at startup by src/inbox/settings.ts:
 * - `sla`: how long a request of each urgency may wait (`critical=1h; high=4h; normal=8h; low=24h`, working
 *   time by default, `critical=2h calendar` for round-the-clock), which sets its `dueAt`;
 * - `reminderTime`: when each employee gets the day's planned and overdue contacts (HH:MM, business zone);
 * - `defaultDepartment`: the department (name or documentId) a request goes to when no rule matches and the
 *   caller has no manager or department; empty: such a request stays unassigned and flagged.
 */
export default ({ env }) => ({
  sla: env('VITRYLO_SLA', DEFAULT_SLA_TEXT),
  reminderTime: env('VITRYLO_REMINDER_TIME', DEFAULT_REMINDER_TIME),
  defaultDepartment: env('VITRYLO_DEFAULT_DEPARTMENT', ''),
});
