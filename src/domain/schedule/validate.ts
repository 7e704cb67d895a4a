import type { FieldIssue } from '../errors';
import { issue } from '../messages/render';
import { instantMs } from './entry';
import { isScheduleKind, KIND_REQUIRED_FIELDS, SCHEDULE_KINDS, scheduleKindCaption } from './kinds';

/**
 * An entry as it is about to be saved, with the schema's field names (so an issue's field is the API path
 * and the glue captions it from the meta). On update the glue passes the record as it will be: the stored
 * values merged with the changes. Relations are anything non-blank (a documentId, an id, a connect shape).
 */
export interface ScheduleEntryDraft {
  employee?: unknown;
  start?: unknown;
  end?: unknown;
  kind?: unknown;
  counterparty?: unknown;
  city?: unknown;
  organization?: unknown;
  purpose?: unknown;
  note?: unknown;
}

const blank = (value: unknown) =>
  value === undefined || value === null || (typeof value === 'string' && value.trim() === '') || (Array.isArray(value) && value.length === 0);

/**
 * The problems of one entry on its own: employee, start, end and kind present, start and end real
 * instants, end after start, the kind one of the schema's and the fields that kind needs filled in.
 * Overlaps with the employee's other entries are checked by findOverlap, which needs the other entries.
 */
export function validateScheduleEntry(draft: ScheduleEntryDraft): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (blank(draft.employee)) issues.push(issue('employee', 'required'));

  const times: Record<'start' | 'end', number> = { start: NaN, end: NaN };
  for (const field of ['start', 'end'] as const) {
    if (blank(draft[field])) issues.push(issue(field, 'required'));
    else if (Number.isNaN((times[field] = instantMs(draft[field])))) issues.push(issue(field, 'type.dateTime'));
  }
  if (!Number.isNaN(times.start) && !Number.isNaN(times.end) && times.end <= times.start) issues.push(issue('end', 'schedule.endAfterStart'));

  if (blank(draft.kind)) issues.push(issue('kind', 'required'));
  else if (!isScheduleKind(draft.kind)) issues.push(issue('kind', 'request.oneOf', { values: SCHEDULE_KINDS.join(', ') }));
  else {
    for (const field of KIND_REQUIRED_FIELDS[draft.kind]) {
      if (blank(draft[field as keyof ScheduleEntryDraft])) {
        issues.push(issue(field, 'schedule.requiredForKind', { kind: draft.kind, label: scheduleKindCaption(draft.kind) }));
      }
    }
  }
  return issues;
}
