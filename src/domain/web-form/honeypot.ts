import { HONEYPOT_FIELD } from './fields';
import { formFields } from './envelope';

/** True when the hidden honeypot field carries anything but blanks: the sender is a bot. */
export function isHoneypotFilled(body: unknown): boolean {
  const fields = formFields(body);
  if (!fields) return false;
  const value = fields[HONEYPOT_FIELD];
  if (value === undefined || value === null || value === false) return false;
  return typeof value === 'string' ? value.trim() !== '' : true;
}
