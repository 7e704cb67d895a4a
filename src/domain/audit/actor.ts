/**
 * Who made a change, read from the request a write happens in (Koa `ctx`, or nothing for cron jobs,
 * scripts and bootstrap code). Pure: it only looks at the shapes Strapi 5 puts on `ctx.state`.
 *
 * Strapi 5.54 auth strategies: 'admin' (admin panel JWT), 'admin-token' (admin API token owned by an admin
 * user), 'content-api-token' (REST API token; 'api-token' in earlier releases), 'users-permissions'
 * (end users of the REST API). The actor types of the log are admin, api-token and system: REST end users
 * and anonymous requests (the public web form) are logged as system with a name that says what they were.
 */

export type ActorType = 'admin' | 'api-token' | 'system';

export interface AuditActor {
  actorType: ActorType;
  /** admin::user id (admin panel users, and the owner of an admin token). */
  actorAdminUserId: number | string | null;
  /** Snapshot of who it was (name and e-mail, token name), kept when the user is deleted. */
  actorName: string | null;
  apiTokenName: string | null;
}

export interface RequestLike {
  state?: {
    user?: Record<string, any> | null;
    auth?: { strategy?: { name?: string } | null; credentials?: Record<string, any> | null } | null;
    isAuthenticatedAdmin?: boolean;
  };
  method?: string;
  path?: string;
}

export const SYSTEM_ACTOR: AuditActor = { actorType: 'system', actorAdminUserId: null, actorName: null, apiTokenName: null };

const TOKEN_STRATEGIES = new Set(['content-api-token', 'api-token']);

/** "Іван Петренко (ivan@vitrylo.ua)", or whichever of the parts the user has. */
export function adminUserName(user: Record<string, any> | null | undefined): string | null {
  if (!user) return null;
  const name = [user.firstname, user.lastname].filter((part) => typeof part === 'string' && part.trim()).join(' ').trim();
  const login = user.email || user.username || null;
  if (name && login) return `${name} (${login})`;
  return name || login || (user.id !== undefined ? `admin #${user.id}` : null);
}

export function actorFromRequest(request: RequestLike | null | undefined): AuditActor {
  if (!request) return SYSTEM_ACTOR;
  const state = request.state ?? {};
  const strategy = state.auth?.strategy?.name;
  const credentials = state.auth?.credentials ?? null;
  const user = state.user ?? null;

  if (strategy && TOKEN_STRATEGIES.has(strategy)) {
    const tokenName = credentials?.name ?? (credentials?.id !== undefined ? `token #${credentials.id}` : 'API token');
    return { actorType: 'api-token', actorAdminUserId: null, actorName: tokenName, apiTokenName: tokenName };
  }
  if (strategy === 'admin-token') {
    const tokenName = credentials?.name ?? 'admin token';
    return { actorType: 'api-token', actorAdminUserId: user?.id ?? null, actorName: adminUserName(user) ?? tokenName, apiTokenName: tokenName };
  }
  if ((strategy === 'admin' || (!strategy && state.isAuthenticatedAdmin)) && user) {
    return { actorType: 'admin', actorAdminUserId: user.id ?? null, actorName: adminUserName(user), apiTokenName: null };
  }
  if (strategy === 'users-permissions' && user) {
    return { ...SYSTEM_ACTOR, actorName: `users-permissions: ${user.email || user.username || `#${user.id}`}` };
  }
  const where = [request.method, request.path].filter(Boolean).join(' ');
  return { ...SYSTEM_ACTOR, actorName: where ? `public request ${where}` : 'public request' };
}
