import type { FieldIssue } from '../errors';
import { issue } from '../messages/render';
import type { InteractionKind } from './enums';

/**
 * Planning the next contact (issue 10): saving an interaction with `nextContactAt` creates, or moves, exactly
 * one planned interaction for that moment and employee. The planned one is linked to the interaction that
 * asked for it (a relation the schema does not have yet: see the report), which is how "exactly one" holds
 * however often the interaction is saved.
 */

/** The interaction just saved, relations as documentIds. */
export interface SavedInteraction {
  id: string;
  state?: string | null;
  occurredAt?: Date | string | null;
  employeeId?: string | null;
  counterpartyId?: string | null;
  contactPersonId?: string | null;
  businessLineId?: string | null;
  stageId?: string | null;
  subject?: string | null;
  nextContactAt?: Date | string | null;
  nextContactNote?: string | null;
}

/** The planned interaction already linked to it, if any. */
export interface LinkedFollowUp {
  id: string;
  state?: string | null;
  occurredAt: Date | string;
  employeeId?: string | null;
  subject?: string | null;
}

export interface PlannedInteractionData {
  state: 'planned';
  occurredAt: string;
  kind: InteractionKind;
  direction: 'outbound';
  employeeId: string;
  counterpartyId: string | null;
  contactPersonId: string | null;
  businessLineId: string | null;
  stageId: string | null;
  subject: string;
  /** the interaction it follows up */
  followUpOfId: string;
}

export type NextContactPlan =
  | { action: 'nothing'; why: 'no-next-contact' | 'not-done' | 'no-employee' | 'unchanged' | 'follow-up-closed' }
  | { action: 'create'; data: PlannedInteractionData }
  | { action: 'move'; id: string; changes: Partial<Pick<PlannedInteractionData, 'occurredAt' | 'employeeId' | 'subject'>> };

/** A string column holds 255 characters. */
const SUBJECT_MAX = 255;
export const NEXT_CONTACT_SUBJECT = 'Наступний контакт';

const iso = (value: Date | string | null | undefined): string | null => {
  if (value === null || value === undefined || value === '') return null;
  const ms = new Date(value).getTime();
  return Number.isNaN(ms) ? null : new Date(ms).toISOString();
};

/**
 * What the planned contact is called: the note written for it, else "Наступний контакт: <this subject>".
 * Plain Ukrainian: it becomes the subject of a record, read in the Ukrainian panel.
 */
export function followUpSubject(saved: Pick<SavedInteraction, 'subject' | 'nextContactNote'>): string {
  const note = saved.nextContactNote?.trim();
  const subject = saved.subject?.trim();
  const text = note || (subject ? `${NEXT_CONTACT_SUBJECT}: ${subject}` : NEXT_CONTACT_SUBJECT);
  return text.length > SUBJECT_MAX ? `${text.slice(0, SUBJECT_MAX - 1)}…` : text;
}

/** `nextContactAt`, when given, must be a date and time after the contact itself. */
export function validateNextContact(saved: Pick<SavedInteraction, 'occurredAt' | 'nextContactAt'>): FieldIssue[] {
  if (saved.nextContactAt === null || saved.nextContactAt === undefined || saved.nextContactAt === '') return [];
  const next = iso(saved.nextContactAt);
  if (!next) return [issue('nextContactAt', 'type.dateTime')];
  const occurred = iso(saved.occurredAt);
  if (occurred && next <= occurred) return [issue('nextContactAt', 'interaction.nextAfterOccurred')];
  return [];
}

/**
 * create / move / nothing for the interaction just saved and the planned one linked to it:
 * - only a done contact plans the next one (a planned or cancelled one has not happened);
 * - no `nextContactAt`: nothing; clearing it leaves an existing planned contact alone, since deleting a
 *   record behind the user's back is worse than one they cancel themselves;
 * - no linked one yet: create it, for the same employee, client, contact person, line and stage;
 * - linked and still planned: move it to the new moment / employee / subject, or nothing when all agree;
 * - linked and already done or cancelled: nothing, so re-saving an old record does not revive its follow-up.
 * `kind` is what the planned contact will be, a call by default (the usual next step).
 */
export function planNextContact(saved: SavedInteraction, linked: LinkedFollowUp | null, kind: InteractionKind = 'call-out'): NextContactPlan {
  const when = iso(saved.nextContactAt);
  if (!when) return { action: 'nothing', why: 'no-next-contact' };
  if ((saved.state ?? 'done') !== 'done') return { action: 'nothing', why: 'not-done' };
  if (!saved.employeeId) return { action: 'nothing', why: 'no-employee' };
  const subject = followUpSubject(saved);

  if (!linked) {
    return {
      action: 'create',
      data: {
        state: 'planned',
        occurredAt: when,
        kind,
        direction: 'outbound',
        employeeId: saved.employeeId,
        counterpartyId: saved.counterpartyId ?? null,
        contactPersonId: saved.contactPersonId ?? null,
        businessLineId: saved.businessLineId ?? null,
        stageId: saved.stageId ?? null,
        subject,
        followUpOfId: saved.id,
      },
    };
  }
  if ((linked.state ?? 'planned') !== 'planned') return { action: 'nothing', why: 'follow-up-closed' };

  const changes: Partial<Pick<PlannedInteractionData, 'occurredAt' | 'employeeId' | 'subject'>> = {};
  if (iso(linked.occurredAt) !== when) changes.occurredAt = when;
  if ((linked.employeeId ?? null) !== saved.employeeId) changes.employeeId = saved.employeeId;
  if ((linked.subject ?? '') !== subject) changes.subject = subject;
  return Object.keys(changes).length > 0 ? { action: 'move', id: linked.id, changes } : { action: 'nothing', why: 'unchanged' };
}
