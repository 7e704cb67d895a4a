import type { Core } from '@strapi/strapi';
import { compiledStatement } from '../database/compiled-statement';
import { GenerationCache } from '../domain/security/generation-cache';
import { ACCESS_GENERATION_TABLE, readAccessGeneration, setRequestGeneration } from './access-generation';

/**
 * Strapi builds who a caller is from the database at every request: for a panel login its session, its
 * user with roles, every permission of those roles with each ownership condition evaluated (five queries
 * and the ability's building), for an API token the token with its permissions and owner (four queries).
 * On two cores that was a large part of every list's cost. Here the result is kept per login and per token
 * for as long as the access generation stays where it was (src/access/access-generation.ts: any change of
 * a user, role, permission, token, employee card or department moves it on, in every process), and a
 * request reads the generation with its session in one query. What is kept is exactly what Strapi's own
 * strategies built: a request that finds nothing kept runs them and the result is kept for the next.
 *
 * Never kept: a session (each request still asks the database whether it is alive: a logout or a revoked
 * session ends at once), a token Strapi would update (an API token's last use, written at most hourly, or
 * an expired one), routes with strategies of their own.
 */
const LOGINS_KEPT = 2_000;
const TOKENS_KEPT = 2_000;
const VERIFIED_KEPT = 10_000;
const LAST_USED_REFRESH_MS = 60 * 60 * 1000;

interface AdminIdentity {
  strategy: unknown;
  user: any;
  ability: unknown;
}

interface TokenIdentity {
  strategy: unknown;
  apiToken: any;
  ability: unknown;
}

interface AccessPayload {
  userId: string | number;
  sessionId: string;
  exp?: number;
}

export function cacheAuthentication(strapi: Core.Strapi): void {
  const auth: any = strapi.get('auth');
  const strapiAuthenticate = auth.authenticate.bind(auth);
  const logins = new GenerationCache<AdminIdentity>(LOGINS_KEPT);
  const tokens = new GenerationCache<TokenIdentity>(TOKENS_KEPT);
  const verified = new Map<string, AccessPayload>();
  /** an API token's HMAC, the key it is stored under: worked out once per token */
  const hashes = new Map<string, string>();
  const sessionAndGeneration = sessionAndGenerationReader(strapi);

  /** Strapi's check of an access token's signature and type, remembered per token until it expires. */
  const accessPayload = (token: string): AccessPayload | null => {
    const known = verified.get(token);
    if (known) {
      if (isUnexpired(known)) return known;
      verified.delete(token);
    }
    const result = (strapi as any).sessionManager?.('admin').validateAccessToken(token);
    if (!result?.isValid || !result.payload?.sessionId) return null;
    if (verified.size >= VERIFIED_KEPT) verified.delete(verified.keys().next().value as string);
    verified.set(token, result.payload);
    return result.payload;
  };

  const authenticateLogin = async (ctx: any, next: () => Promise<unknown>, token: string) => {
    const payload = accessPayload(token);
    if (!payload) return strapiAuthenticate(ctx, next);
    const { live, generation } = await sessionAndGeneration(payload.sessionId);
    // a session ended, expired or of another origin: Strapi answers it (and removes an expired one)
    if (!live) return strapiAuthenticate(ctx, next);
    setRequestGeneration(ctx.state, generation);
    const key = String(payload.userId);
    const kept = logins.get(key, generation);
    if (kept) {
      const user = copyUser(kept.user);
      Object.assign(ctx.state, { user, userAbility: kept.ability, session: { id: payload.sessionId }, isAuthenticated: true });
      ctx.state.auth = { strategy: kept.strategy, credentials: user, ability: kept.ability };
      return next();
    }
    return strapiAuthenticate(ctx, () => {
      const { auth: result, user, userAbility } = ctx.state;
      if (result?.strategy?.name === 'admin' && user && String(user.id) === key) logins.set(key, generation, { strategy: result.strategy, user: copyUser(user), ability: userAbility });
      return next();
    });
  };

  const authenticateToken = async (ctx: any, next: () => Promise<unknown>, token: string) => {
    const service: any = strapi.service('admin::api-token-content-api');
    if (typeof service?.hash !== 'function') return strapiAuthenticate(ctx, next);
    let key = hashes.get(token);
    if (key === undefined) {
      key = String(service.hash(token));
      if (hashes.size >= VERIFIED_KEPT) hashes.delete(hashes.keys().next().value as string);
      hashes.set(token, key);
    }
    const generation = await readAccessGeneration(strapi);
    setRequestGeneration(ctx.state, generation);
    const kept = tokens.get(key, generation);
    if (kept && !needsStrapi(kept.apiToken)) {
      ctx.state.isAuthenticated = true;
      ctx.state.auth = { strategy: kept.strategy, credentials: { ...kept.apiToken }, ability: kept.ability };
      return next();
    }
    return strapiAuthenticate(ctx, () => {
      const result = ctx.state.auth;
      if (result?.strategy?.name === 'content-api-token' && result.credentials) tokens.set(key, generation, { strategy: result.strategy, apiToken: { ...result.credentials }, ability: result.ability });
      return next();
    });
  };

  auth.authenticate = async (ctx: any, next: () => Promise<unknown>) => {
    const route = ctx.state?.route;
    const config = route?.config?.auth;
    const token = bearerToken(ctx);
    // routes that name their own strategies, or none, and callers without a bearer token: Strapi's way
    if (config === false || config?.strategies || token === null) return strapiAuthenticate(ctx, next);
    if (route?.info?.type === 'admin') return authenticateLogin(ctx, next, token);
    if (route?.info?.type === 'content-api') return authenticateToken(ctx, next, token);
    return strapiAuthenticate(ctx, next);
  };
}

function bearerToken(ctx: any): string | null {
  const header: unknown = ctx.request?.header?.authorization;
  if (typeof header !== 'string') return null;
  const parts = header.split(/\s+/);
  return parts.length === 2 && parts[0].toLowerCase() === 'bearer' && parts[1] !== '' ? parts[1] : null;
}

const isUnexpired = (payload: AccessPayload) => typeof payload.exp === 'number' && payload.exp * 1000 > Date.now();

/**
 * The same checks as Strapi's isSessionActive (exists, this origin, not expired), with the access generation, in
 * one read at every panel request: its SQL built once, a prepared statement on PostgreSQL (keyed by one row's key,
 * whatever the session).
 */
function sessionAndGenerationReader(strapi: Core.Strapi): (sessionId: string) => Promise<{ live: boolean; generation: string }> {
  const session: any = strapi.db.metadata.get('admin::session' as any);
  const column = (name: string): string => session.attributes[name].columnName;
  const read = compiledStatement(
    strapi,
    (sessionId: string) =>
      strapi.db
        .connection({ g: ACCESS_GENERATION_TABLE })
        .leftJoin({ s: session.tableName }, `s.${column('sessionId')}`, strapi.db.connection.raw('?', [sessionId]))
        .where('g.id', 1)
        .first({ generation: 'g.generation', origin: `s.${column('origin')}`, expiresAt: `s.${column('expiresAt')}` }),
    { prepared: true },
  );
  return async (sessionId) => {
    const [row] = await read(sessionId);
    if (!row) return { live: false, generation: '' };
    const expiresAt = instantOf(row.expiresAt);
    return { live: row.origin === 'admin' && expiresAt !== null && expiresAt > Date.now(), generation: String(row.generation) };
  };
}

/** A stored datetime as milliseconds: a Date (PostgreSQL), milliseconds or an ISO text (SQLite); null when unreadable. */
function instantOf(value: unknown): number | null {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.getTime();
  if (typeof value === 'number') return value;
  if (typeof value === 'string' && value !== '') {
    const ms = /^\d+$/.test(value) ? Number(value) : Date.parse(value);
    return Number.isNaN(ms) ? null : ms;
  }
  return null;
}

/** A token Strapi would refuse (expired) or write to (its last use is an hour old) goes through Strapi. */
function needsStrapi(apiToken: any): boolean {
  const expiresAt = apiToken.expiresAt === null || apiToken.expiresAt === undefined ? null : instantOf(apiToken.expiresAt);
  if (expiresAt !== null && expiresAt <= Date.now()) return true;
  const lastUsedAt = apiToken.lastUsedAt === null || apiToken.lastUsedAt === undefined ? null : instantOf(apiToken.lastUsedAt);
  return lastUsedAt === null || Date.now() - lastUsedAt >= LAST_USED_REFRESH_MS;
}

/** Each request gets its own user object: code down the line may write to it. */
function copyUser(user: any): any {
  return { ...user, roles: Array.isArray(user.roles) ? user.roles.map((role: any) => ({ ...role })) : user.roles };
}
