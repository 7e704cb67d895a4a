import { originOf, parseOriginList } from './origins';

/**
 * Which cross-origin callers may use Vitrylo, and how.
 *
 * - The admin panel and the REST API answer with credentials (cookies, Authorization) and only to the
 *   origins an administrator configured: PUBLIC_URL's origin and CORS_ORIGINS. Every other origin gets
 *   no Access-Control-Allow-Origin at all, so a foreign page cannot read answers made with the user's session.
 * - Public paths (the website form, embedded by companies on their own sites) answer any origin, but
 *   with "*" and never with credentials: a browser then sends no cookies, and nothing private is exposed.
 */
export interface CorsPolicy {
  /** Normalized origins allowed to call with credentials. */
  credentialedOrigins: string[];
  /** Normalized paths anyone may call without credentials. */
  publicPaths: string[];
}

export interface CorsSettings {
  /** PUBLIC_URL: where users reach Vitrylo; its origin is allowed. Ignored when empty or relative. */
  publicUrl?: string;
  /** CORS_ORIGINS: more origins allowed with credentials, comma-separated. */
  corsOrigins?: string;
  /** Paths open to every origin without credentials. */
  publicPaths?: string[];
}

export interface CorsRequest {
  /** The Origin header ('' or undefined when the request is not cross-origin). */
  origin?: string;
  path: string;
}

export type CorsAnswer =
  | { allowOrigin: '*'; credentials: false }
  | { allowOrigin: string; credentials: true };

/**
 * The router matches paths case-insensitively, percent-decoded and with or without a trailing slash:
 * the public-path check must see the same path the router will route.
 */
export function normalizePath(path: string): string {
  let decoded = path;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    // keep the raw path
  }
  return decoded.toLowerCase().replace(/\/+$/, '') || '/';
}

export function createCorsPolicy(settings: CorsSettings): CorsPolicy {
  const listed = parseOriginList(settings.corsOrigins);
  const own = settings.publicUrl ? originOf(settings.publicUrl) : null;
  const credentialedOrigins = own ? [own, ...listed.filter((origin) => origin !== own)] : listed;
  return { credentialedOrigins, publicPaths: (settings.publicPaths ?? []).map(normalizePath) };
}

/** The CORS answer for one request, or null: send no CORS headers at all. */
export function corsAnswer(policy: CorsPolicy, request: CorsRequest): CorsAnswer | null {
  if (!request.origin) return null;
  if (policy.publicPaths.includes(normalizePath(request.path))) return { allowOrigin: '*', credentials: false };
  // Browsers send the origin already serialized (lower case, no default port, no path), and compare the
  // answer byte for byte: an exact match is both necessary and enough.
  if (policy.credentialedOrigins.includes(request.origin)) return { allowOrigin: request.origin, credentials: true };
  return null;
}
