import type { FieldIssue } from '../errors';
import { normalizeEmail } from '../identifiers/email';
import { normalizePhone } from '../identifiers/phone';
import { DEFAULT_URGENCY, URGENCIES, Urgency } from '../inbox/urgency';
import { issue, issueFrom } from '../messages/render';

/**
 * The Secretary's quick form "Нове звернення" (issue 10): who called, about what, how urgent, how they
 * heard of us. Received now; what happens next (matching, routing, chronicle, notification) is the intake's,
 * as for every channel. The form says who: a name, an organisation, a phone or an e-mail, at least one;
 * and what: a subject. A phone and an e-mail are checked here so the form can say which field is wrong.
 */
export const QUICK_CHANNELS = ['phone', 'walk-in', 'email', 'messenger'] as const;
export type QuickChannel = (typeof QUICK_CHANNELS)[number];

export interface QuickRequestInput {
  callerName?: string | null;
  callerPhone?: string | null;
  callerEmail?: string | null;
  organizationName?: string | null;
  subject?: string | null;
  message?: string | null;
  urgency?: string | null;
  channel?: string | null;
}

export interface QuickRequestData {
  channel: QuickChannel;
  callerName: string | null;
  callerPhone: string | null;
  callerEmail: string | null;
  organizationName: string | null;
  subject: string;
  message: string | null;
  urgency: Urgency;
}

export type QuickRequestResult = { ok: true; value: QuickRequestData; issues?: undefined } | { ok: false; issues: FieldIssue[]; value?: undefined };

const text = (value: string | null | undefined) => {
  const trimmed = (value ?? '').trim();
  return trimmed === '' ? null : trimmed;
};
const line = (value: string | null | undefined) => text(value)?.replace(/\s+/g, ' ') ?? null;

export function validateQuickRequest(input: QuickRequestInput): QuickRequestResult {
  const issues: FieldIssue[] = [];
  const callerName = line(input.callerName);
  const organizationName = line(input.organizationName);
  const subject = line(input.subject);

  let callerPhone: string | null = null;
  if (text(input.callerPhone)) {
    const phone = normalizePhone(text(input.callerPhone));
    if (phone.ok) callerPhone = phone.value;
    else issues.push(issueFrom('callerPhone', phone));
  }
  let callerEmail: string | null = null;
  if (text(input.callerEmail)) {
    const email = normalizeEmail(text(input.callerEmail));
    if (email.ok) callerEmail = email.value;
    else issues.push(issueFrom('callerEmail', email));
  }
  const gaveContact = callerName || organizationName || text(input.callerPhone) || text(input.callerEmail);
  if (!gaveContact) issues.push(issue('callerName', 'request.whoIsCalling'));
  if (!subject) issues.push(issue('subject', 'required'));

  const urgency = text(input.urgency) ?? DEFAULT_URGENCY;
  if (!(URGENCIES as readonly string[]).includes(urgency)) issues.push(issue('urgency', 'request.oneOf', { values: URGENCIES.join(', ') }));
  const channel = text(input.channel) ?? 'phone';
  if (!(QUICK_CHANNELS as readonly string[]).includes(channel)) issues.push(issue('channel', 'request.oneOf', { values: QUICK_CHANNELS.join(', ') }));

  if (issues.length > 0) return { ok: false, issues };
  return {
    ok: true,
    value: {
      channel: channel as QuickChannel,
      callerName,
      callerPhone,
      callerEmail,
      organizationName,
      subject: subject!,
      message: text(input.message),
      urgency: urgency as Urgency,
    },
  };
}
