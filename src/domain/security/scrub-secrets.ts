/**
 * The last line against leaked credentials: whatever route answers, no response carries an admin user's
 * password hash, reset or registration token, a users-permissions confirmation token, or an API token's
 * stored hash. Strapi sanitizes these on its own paths; a populate through a relation picker showed that
 * one missed path is enough to take over the super admin. Every JSON body is walked and these keys go.
 */

const SECRET_KEYS = new Set(['password', 'resetPasswordToken', 'registrationToken', 'confirmationToken']);
/** An API token's stored key is an HMAC-SHA512 in hex (128 characters); the plain key shown once at creation is longer. */
const STORED_TOKEN_HASH = /^[0-9a-f]{128}$/i;

/** A value, not a schema's description of the field (`attributes.password: { type: 'password' }` in /content-manager/init). */
const isValue = (value: unknown) => value === null || typeof value !== 'object';

const isSecret = (key: string, value: unknown) =>
  (SECRET_KEYS.has(key) && isValue(value)) || (key === 'accessKey' && typeof value === 'string' && STORED_TOKEN_HASH.test(value));

/** Removes secrets in place, at any depth; returns how many it removed. */
export function scrubSecrets(value: unknown, seen: Set<object> = new Set()): number {
  if (typeof value !== 'object' || value === null || seen.has(value)) return 0;
  seen.add(value);
  let removed = 0;
  if (Array.isArray(value)) {
    for (const item of value) removed += scrubSecrets(item, seen);
    return removed;
  }
  const record = value as Record<string, unknown>;
  for (const key of Object.keys(record)) {
    if (isSecret(key, record[key])) {
      delete record[key];
      removed += 1;
    } else {
      removed += scrubSecrets(record[key], seen);
    }
  }
  return removed;
}
