import { failWith } from '../messages/render';
import { ok, Result } from '../result';

/**
 * An e-mail address as a lookup key: trimmed, without a "mailto:" or angle brackets around it, in lower
 * case. The local part is case-sensitive in theory and in no mailbox a Ukrainian business uses, and people
 * type "Ivan.Petrenko@Firma.ua" as often as the lower-case form; comparing lower case is what finds them.
 * The shape is the WHATWG one (as browsers check type=email) with a dot in the domain, at most 254 characters.
 */
const EMAIL =
  /^[a-z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)+$/;
const MAX = 254;

export function normalizeEmail(input: unknown): Result<string> {
  if (typeof input !== 'string') return failWith('email.invalid');
  let text = input.trim();
  if (/^mailto:/i.test(text)) text = text.slice(7).trim();
  if (text.startsWith('<') && text.endsWith('>')) text = text.slice(1, -1).trim();
  text = text.toLowerCase();
  if (text.length > MAX || !EMAIL.test(text)) return failWith('email.invalid');
  return ok(text);
}
