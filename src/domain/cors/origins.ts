import { DomainValidationError } from '../errors';

/**
 * Origins as browsers send them in the Origin header: scheme://host[:port], lower case, without a
 * default port or a trailing slash. Configured values are brought to that form so that
 * "HTTPS://CRM.example.ua:443/" still matches what the browser sends.
 */

/** The origin of an absolute http(s) URL, or null for anything else. */
export function originOf(value: string): string | null {
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  return url.origin;
}

/**
 * CORS_ORIGINS, a comma-separated list such as "https://crm.example.ua,https://example.ua".
 * Strict: a wildcard or a URL with a path is refused at startup, because a mistake here either opens
 * the admin session to every site or silently allows nothing.
 */
export function parseOriginList(value: string | undefined, variable = 'CORS_ORIGINS'): string[] {
  const origins: string[] = [];
  for (const entry of (value ?? '').split(',').map((part) => part.trim()).filter(Boolean)) {
    if (entry === '*') {
      throw new DomainValidationError([{ field: variable, reason: '"*" is not allowed: list the origins that may call Vitrylo with credentials' }]);
    }
    const origin = originOf(entry);
    const path = origin === null ? '' : new URL(entry).pathname;
    if (origin === null || (path !== '' && path !== '/') || entry.includes('?') || entry.includes('#')) {
      throw new DomainValidationError([{ field: variable, reason: `"${entry}" is not an origin such as https://crm.example.ua (scheme, host and port only)` }]);
    }
    if (!origins.includes(origin)) origins.push(origin);
  }
  return origins;
}
