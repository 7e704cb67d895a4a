import type { FieldIssue } from '../errors';
import { issue } from '../messages/render';
import { validateNextContact } from './next-contact';

/**
 * Completing a planned contact: it becomes done, with what came of it, at the moment it really happened
 * (`at`, now by default in the glue): the chronicle shows when a contact took place, so a call planned for
 * Monday and made on Wednesday reads Wednesday. The next contact may be planned in the same step; when it
 * is not, the panel offers to (`offerNext`), and saving it goes through planNextContact like any save.
 */
export interface PlannedContact {
  id: string;
  state?: string | null;
}

export interface CompletionInput {
  result: unknown;
  at: Date;
  nextContactAt?: Date | string | null;
  nextContactNote?: string | null;
}

export interface CompletionChanges {
  state: 'done';
  result: string;
  occurredAt: string;
  nextContactAt: string | null;
  nextContactNote: string | null;
}

export type CompletionResult =
  | { ok: true; value: CompletionChanges; offerNext: boolean; issues?: undefined }
  | { ok: false; issues: FieldIssue[]; value?: undefined; offerNext?: undefined };

export const RESULT_MAX = 5000;

export function completePlanned(planned: PlannedContact, input: CompletionInput): CompletionResult {
  const issues: FieldIssue[] = [];
  if ((planned.state ?? '') !== 'planned') issues.push(issue('state', 'interaction.notPlanned'));
  const result = typeof input.result === 'string' ? input.result.trim() : '';
  if (!result) issues.push(issue('result', 'required'));
  else if (result.length > RESULT_MAX) issues.push(issue('result', 'text.tooLong', { max: RESULT_MAX }));
  const occurredAt = input.at.toISOString();
  issues.push(...validateNextContact({ occurredAt, nextContactAt: input.nextContactAt }));
  if (issues.length > 0) return { ok: false, issues };

  const nextContactAt = input.nextContactAt ? new Date(input.nextContactAt).toISOString() : null;
  const note = input.nextContactNote?.trim() || null;
  return {
    ok: true,
    value: { state: 'done', result, occurredAt, nextContactAt, nextContactNote: nextContactAt ? note : null },
    offerNext: nextContactAt === null,
  };
}
