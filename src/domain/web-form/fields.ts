/**
 * The fields a public website form may send, and their limits. Anything else in the body
 * (status, assignee, counterparty, channel, ...) is ignored and never stored.
 */
export interface TextFieldRule {
  /** Most characters accepted after trimming. */
  max: number;
  /** Multi-line text keeps tabs and line breaks; single-line fields refuse every control character. */
  multiline?: boolean;
}

export const WEB_FORM_TEXT_FIELDS = {
  name: { max: 200 },
  phone: { max: 40 },
  email: { max: 254 },
  organisation: { max: 200 },
  subject: { max: 200 },
  message: { max: 5000, multiline: true },
  leadSource: { max: 100 },
} as const satisfies Record<string, TextFieldRule>;

export type WebFormTextField = keyof typeof WEB_FORM_TEXT_FIELDS;

/** Hidden field real visitors never fill in; bots that fill every input give themselves away. */
export const HONEYPOT_FIELD = 'website';

export const CONSENT_FIELD = 'consent';

/** Every field name the form understands. */
export const WEB_FORM_FIELDS: readonly string[] = [...Object.keys(WEB_FORM_TEXT_FIELDS), CONSENT_FIELD, HONEYPOT_FIELD];
