import { normalizeEmail } from '../identifiers/email';
import { readCode } from '../identifiers/code-string';
import { validateEdrpou } from '../identifiers/edrpou';
import { validateRnokpp } from '../identifiers/rnokpp';
import { PhoneQuery, readPhoneQuery } from './phone-query';

/**
 * The keys an inbound request is matched to a counterparty and a contact person by (issue 10): the phone
 * (E.164 and the spellings stored rows may hold, as caller ID), the e-mail (lower case: look it up
 * case-insensitively, `$eqi`, since stored addresses are kept as typed) and the ЄДРПОУ or РНОКПП (checked,
 * check digit included, so a typo matches nobody rather than somebody else).
 */
export interface TaxpayerKey {
  kind: 'edrpou' | 'rnokpp';
  code: string;
  /** 'field' when the request carried it, 'text' when found labelled in its organisation or message */
  source: 'field' | 'text';
}

export interface CallerKeys {
  phone: PhoneQuery | null;
  email: string | null;
  taxpayerCode: TaxpayerKey | null;
  /** inputs that were given but are not valid, so matched nothing (for the log) */
  invalid: Array<'phone' | 'email' | 'taxpayerCode'>;
}

export interface CallerDetails {
  callerPhone?: unknown;
  callerEmail?: unknown;
  /** ЄДРПОУ or РНОКПП, when the form has a field for it */
  taxpayerCode?: unknown;
  organizationName?: string | null;
  message?: string | null;
}

const blank = (value: unknown) => value === undefined || value === null || (typeof value === 'string' && value.trim() === '');

/** An 8-digit ЄДРПОУ or a 10-digit РНОКПП with a valid check digit; separators typed inside are dropped. */
export function readTaxpayerCode(value: unknown): Omit<TaxpayerKey, 'source'> | null {
  const code = readCode(typeof value === 'string' ? value.replace(/[-‐–.]/g, '') : value);
  if (!code.ok) return null;
  if (code.value.length === 8 && validateEdrpou(code.value).ok) return { kind: 'edrpou', code: code.value };
  if (code.value.length === 10 && validateRnokpp(code.value).ok) return { kind: 'rnokpp', code: code.value };
  return null;
}

/**
 * A code written with its label in free text: "ТОВ «Ромашка», ЄДРПОУ 12345678", "ІПН: 1234567890".
 * Only labelled codes count: a bare 8-digit number in a message is as likely an order or an invoice number,
 * and one in eleven of those passes the check digit.
 */
const LABELLED = /(?:код\s+(?:за\s+)?)?(?:ЄДРПОУ|ЕДРПОУ|EDRPOU|РНОКПП|ІПН|ИНН)\s*(?:код)?\s*[:№#]?\s*(\d(?:[\s-]?\d){7,9})(?!\d)/giu;

export function findTaxpayerCode(text: string | null | undefined): Omit<TaxpayerKey, 'source'> | null {
  if (!text) return null;
  for (const match of text.matchAll(LABELLED)) {
    const found = readTaxpayerCode(match[1].replace(/[\s-]/g, ''));
    if (found) return found;
  }
  return null;
}

/**
 * The text without its labelled codes, for a name: "ТОВ «Ромашка» (ЄДРПОУ 12345678)" → "ТОВ «Ромашка»".
 * Only codes with a valid check digit are taken out, the ones findTaxpayerCode would find.
 */
export function withoutTaxpayerCodes(text: string): string {
  return text
    .replace(LABELLED, (whole, digits: string) => (readTaxpayerCode(digits.replace(/[\s-]/g, '')) ? '' : whole))
    .replace(/\(\s*\)|\[\s*\]/g, '')
    .replace(/\s+([,;])/g, '$1')
    .replace(/([,;])(?:\s*[,;])+/g, '$1')
    .replace(/[\s,;:–—-]+$/, '')
    .replace(/\s{2,}/g, ' ')
    .trim();
}

export function callerLookupKeys(details: CallerDetails): CallerKeys {
  const invalid: CallerKeys['invalid'] = [];
  let phone: PhoneQuery | null = null;
  if (!blank(details.callerPhone)) {
    const read = readPhoneQuery(details.callerPhone);
    if (read.ok) phone = read.value;
    else invalid.push('phone');
  }
  let email: string | null = null;
  if (!blank(details.callerEmail)) {
    const read = normalizeEmail(details.callerEmail);
    if (read.ok) email = read.value;
    else invalid.push('email');
  }
  let taxpayerCode: TaxpayerKey | null = null;
  if (!blank(details.taxpayerCode)) {
    const read = readTaxpayerCode(details.taxpayerCode);
    if (read) taxpayerCode = { ...read, source: 'field' };
    else invalid.push('taxpayerCode');
  }
  if (!taxpayerCode) {
    const found = findTaxpayerCode(details.organizationName) ?? findTaxpayerCode(details.message);
    if (found) taxpayerCode = { ...found, source: 'text' };
  }
  return { phone, email, taxpayerCode, invalid };
}

export function hasLookupKeys(keys: CallerKeys): boolean {
  return !!(keys.phone || keys.email || keys.taxpayerCode);
}
