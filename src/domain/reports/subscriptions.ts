import type { FieldIssue } from '../errors';
import { normalizeEmail } from '../identifiers/email';
import { issue } from '../messages/render';
import { addDays, addMonths, LocalDate } from '../time/local-date';
import { DateSpan, startOfPeriod } from '../time/periods';

/**
 * Report subscriptions (issue 12, item 6): a report with its parameters, a schedule and recipients, mailed
 * as an .xlsx when it is due. Pure: the period words, the due check, the checks of what is saved.
 */

/** Period words a subscription may give instead of dates; resolved on the business zone's calendar when it runs. */
export const RELATIVE_PERIODS = ['previous-month', 'current-month', 'previous-week', 'previous-day', 'current-year'] as const;
export type RelativePeriod = (typeof RELATIVE_PERIODS)[number];

export function isRelativePeriod(value: unknown): value is RelativePeriod {
  return typeof value === 'string' && (RELATIVE_PERIODS as readonly string[]).includes(value);
}

/**
 * The dates a period word stands for on `today` (a local date in the business zone). Current periods run
 * to today (a report up to date); weeks start on Monday.
 */
export function resolveRelativePeriod(word: RelativePeriod, today: LocalDate): DateSpan {
  switch (word) {
    case 'previous-month': {
      const thisMonth = startOfPeriod('month', today);
      return { from: addMonths(thisMonth, -1), to: addDays(thisMonth, -1) };
    }
    case 'current-month':
      return { from: startOfPeriod('month', today), to: today };
    case 'previous-week': {
      const thisWeek = startOfPeriod('week', today);
      return { from: addDays(thisWeek, -7), to: addDays(thisWeek, -1) };
    }
    case 'previous-day': {
      const yesterday = addDays(today, -1);
      return { from: yesterday, to: yesterday };
    }
    case 'current-year':
      return { from: startOfPeriod('year', today), to: today };
    default:
      throw new RangeError(`unknown period word "${word}"`);
  }
}

/** The stored parameters with every period word replaced by its dates on `today`; the rest as stored. */
export function resolveSubscriptionParameters(parameters: Record<string, unknown> | null | undefined, today: LocalDate): Record<string, unknown> {
  const resolved: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(parameters ?? {})) resolved[key] = isRelativePeriod(value) ? resolveRelativePeriod(value, today) : value;
  return resolved;
}

/** At most this many recipients per subscription. */
export const MAX_RECIPIENTS = 50;

/**
 * Recipients as typed: addresses separated by commas, semicolons, spaces or new lines. Each is checked and
 * normalized (lower case), repeats dropped; a bad one is named by its position ('recipients[2]').
 */
export function parseRecipients(text: unknown): { addresses: string[]; issues: FieldIssue[] } {
  if (typeof text !== 'string' || text.trim() === '') return { addresses: [], issues: [issue('recipients', 'required')] };
  const parts = text.split(/[\s,;]+/).filter((part) => part !== '');
  const addresses: string[] = [];
  const issues: FieldIssue[] = [];
  parts.forEach((part, index) => {
    const email = normalizeEmail(part);
    if (!email.ok) issues.push(issue(`recipients[${index}]`, 'subscription.recipient', { value: part.slice(0, 100) }));
    else if (!addresses.includes(email.value)) addresses.push(email.value);
  });
  if (issues.length === 0 && addresses.length > MAX_RECIPIENTS) issues.push(issue('recipients', 'subscription.tooManyRecipients', { max: MAX_RECIPIENTS }));
  return { addresses, issues };
}

type Validate = (expression: string) => boolean;

/** node-cron's own check (it also takes seconds); a subscription's schedule has exactly five fields. */
const nodeCronValidate: Validate = (expression) => require('node-cron').validate(expression);

/** A cron expression of five fields (minute hour day-of-month month day-of-week) that node-cron accepts. */
export function checkSchedule(expression: unknown, validate: Validate = nodeCronValidate): FieldIssue[] {
  if (typeof expression !== 'string' || expression.trim() === '') return [issue('schedule', 'required')];
  const text = expression.trim();
  if (text.split(/\s+/).length !== 5 || !validate(text) || !croner(text, 'UTC')) return [issue('schedule', 'subscription.cron')];
  return [];
}

/** croner (Strapi's own scheduler) reading the expression in the zone; null when it cannot. */
function croner(expression: string, timeZone: string): { nextRun(after: Date): Date | null } | null {
  try {
    const { Cron } = require('croner');
    return new Cron(expression, { timezone: timeZone, paused: true });
  } catch {
    return null;
  }
}

export interface DueCheck {
  /** five-field cron expression, read on the wall clock of `timeZone` */
  schedule: string;
  timeZone: string;
  /** when it last ran; null if never */
  lastRunAt: Date | string | null;
  /** when the subscription was last saved (or created): a first run needs a scheduled moment after it */
  since: Date | string;
  now: Date;
}

/**
 * Whether a run is due: a scheduled moment lies after the last run (never run: after the subscription was
 * saved) and not after now. Moments missed while nothing ran (the server down) make one run, not several.
 * DST is croner's: a moment that does not exist on the day clocks go forward (03:30 in Kyiv on the last
 * Sunday of March) runs an hour later on the wall clock; one that happens twice when they go back runs once.
 */
export function isRunDue(check: DueCheck): boolean {
  const cron = croner(check.schedule.trim(), check.timeZone);
  if (!cron) return false;
  const base = new Date(check.lastRunAt ?? check.since);
  if (Number.isNaN(base.getTime())) return false;
  const next = cron.nextRun(base);
  return next !== null && next.getTime() <= check.now.getTime();
}

/** «Звіт «Обсяг і структура продажів» за жовтень 2026» */
export function subscriptionSubject(title: string, periodText: string | null): string {
  return `Звіт «${title}»${periodText ? ` за ${periodText}` : ''}`;
}
