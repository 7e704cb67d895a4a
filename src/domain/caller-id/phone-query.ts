import { failWith } from '../messages/render';
import { ok, Result } from '../result';
import { normalizePhone } from '../identifiers/phone';

export interface PhoneQuery {
  /** The number in E.164, as the document middlewares store phones. */
  e164: string;
  /** Spellings to look for: E.164 first, then forms rows written around the middlewares may hold. */
  variants: string[];
}

/**
 * Reads the `phone` a telephony system sends for caller ID, in any usual form
 * (0671234567, +380 67 123 45 67, 380671234567, ...).
 */
export function readPhoneQuery(input: unknown): Result<PhoneQuery> {
  if (input === undefined || input === null || (typeof input === 'string' && input.trim() === '')) return failWith('required');
  if (typeof input === 'string' && input.length > 40) return failWith('phone.invalid');
  const phone = normalizePhone(input);
  if (!phone.ok) return phone as Result<never>; // the failure as it is, with its message code
  const e164 = phone.value;
  const digits = e164.slice(1);
  const variants = [e164, digits];
  if (digits.startsWith('380')) variants.push(`0${digits.slice(3)}`);
  return ok({ e164, variants });
}
