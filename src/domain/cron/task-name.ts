import { fail, ok, Result } from '../result';

/**
 * Task names are kebab-case words ('mark-overdue-invoices'): they name the audit job (cron:<name>), the
 * run record in the core store and the advisory lock, so they must stay short, plain and stable.
 */
const NAME = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;
const MAX_LENGTH = 80;

export function checkTaskName(name: unknown): Result<string> {
  if (typeof name !== 'string' || !NAME.test(name)) return fail('must be kebab-case words, e.g. mark-overdue-invoices');
  if (name.length > MAX_LENGTH) return fail(`must be at most ${MAX_LENGTH} characters`);
  return ok(name);
}
