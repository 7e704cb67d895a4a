import { issue, issueFrom } from '../messages/render';
import type { FieldIssue } from '../errors';
import { normalizePhone } from '../identifiers/phone';
import { formFields } from './envelope';
import { CONSENT_FIELD, WEB_FORM_FIELDS, WEB_FORM_TEXT_FIELDS, WebFormTextField } from './fields';

/** A checked submission: trimmed text, the phone in E.164, blanks left out. */
export interface WebFormSubmission {
  name?: string;
  phone?: string;
  email?: string;
  organisation?: string;
  subject?: string;
  message?: string;
  /** Name or documentId of a lead source, resolved (or dropped) by the caller. */
  leadSource?: string;
  consent: true;
}

export type WebFormResult =
  | { ok: true; value: WebFormSubmission; ignoredFields: string[]; issues?: undefined }
  | { ok: false; issues: FieldIssue[]; value?: undefined; ignoredFields?: undefined };

const SINGLE_LINE_FORBIDDEN = /[\u0000-\u001F\u007F]/;
const MULTILINE_FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;
/** The WHATWG e-mail shape (as browsers check type=email), with at least one dot in the domain. */
const EMAIL =
  /^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$/;
const CONSENT_YES = new Set<unknown>([true, 'true', 'on', '1', 1]);

function readText(field: WebFormTextField, raw: unknown, issues: FieldIssue[]): string | undefined {
  if (raw === undefined || raw === null) return undefined;
  if (typeof raw === 'number' && field === 'phone' && Number.isSafeInteger(raw)) raw = String(raw);
  if (typeof raw !== 'string') {
    issues.push(issue(field, 'type.string'));
    return undefined;
  }
  const rule: { max: number; multiline?: boolean } = WEB_FORM_TEXT_FIELDS[field];
  const text = raw.trim();
  if (text === '') return undefined;
  if (text.length > rule.max) {
    issues.push(issue(field, 'text.tooLong', { max: rule.max }));
    return undefined;
  }
  if ((rule.multiline ? MULTILINE_FORBIDDEN : SINGLE_LINE_FORBIDDEN).test(text)) {
    issues.push(issue(field, 'text.controlCharacters'));
    return undefined;
  }
  return text;
}

/**
 * Checks a website form body: only whitelisted fields are read (see fields.ts), each with its
 * length limit; the phone must be a valid number (stored in E.164), the e-mail well formed,
 * at least one of them given, and consent true. Issues name the form field.
 */
export function validateWebForm(body: unknown): WebFormResult {
  const fields = formFields(body);
  if (!fields) return { ok: false, issues: [issue('body', 'type.jsonObject')] };

  const issues: FieldIssue[] = [];
  const value: Partial<WebFormSubmission> = {};
  for (const field of Object.keys(WEB_FORM_TEXT_FIELDS) as WebFormTextField[]) {
    const text = readText(field, fields[field], issues);
    if (text !== undefined) value[field] = text;
  }

  if (value.phone !== undefined) {
    const phone = normalizePhone(value.phone);
    if (phone.ok) value.phone = phone.value;
    else {
      issues.push(issueFrom('phone', phone));
      delete value.phone;
    }
  }
  if (value.email !== undefined && !EMAIL.test(value.email)) {
    issues.push(issue('email', 'email.invalid'));
    delete value.email;
  }
  const phoneOrEmailGiven = ['phone', 'email'].some((f) => fields[f] !== undefined && fields[f] !== null && String(fields[f]).trim() !== '');
  if (!phoneOrEmailGiven) issues.push(issue('phone', 'form.phoneOrEmail'));
  if (!CONSENT_YES.has(fields[CONSENT_FIELD])) issues.push(issue(CONSENT_FIELD, 'form.consent'));

  if (issues.length > 0) return { ok: false, issues };
  const known = new Set(WEB_FORM_FIELDS);
  const ignoredFields = Object.keys(fields).filter((key) => !known.has(key));
  return { ok: true, value: { ...value, consent: true }, ignoredFields };
}
