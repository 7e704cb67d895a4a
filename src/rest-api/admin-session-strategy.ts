import type { Core } from '@strapi/strapi';

/**
 * An auth strategy for admin-only pages opened outside the admin panel's fetch client (the
 * OpenAPI documentation): the admin access token is read from `Authorization: Bearer ...` or, for
 * a browser tab, from the admin panel's access cookie (admin.auth.cookie.name, `jwtToken` by default;
 * the browser sends it to /documentation only when admin.auth.cookie.path is '/').
 * Checks mirror Strapi's own admin strategy: a valid token, a live session, an active user.
 */
const DEFAULT_COOKIE = 'jwtToken';

function readToken(ctx: any, cookieName: string): string | null {
  const header: string | undefined = ctx.request.header.authorization;
  if (header) {
    const [scheme, token, ...rest] = header.trim().split(/\s+/);
    return scheme.toLowerCase() === 'bearer' && token && rest.length === 0 ? token : null;
  }
  return ctx.cookies.get(cookieName, { signed: false }) || null;
}

function userIdOf(raw: unknown): string | number {
  const n = Number(raw);
  return Number.isFinite(n) && String(n) === String(raw) ? n : String(raw);
}

export const adminSessionStrategy = {
  name: 'vitrylo-admin-session',

  async authenticate(ctx: any) {
    const strapi: Core.Strapi = (global as any).strapi;
    const token = readToken(ctx, (strapi.config.get('admin.auth.cookie.name') as string) || DEFAULT_COOKIE);
    const sessionManager = (strapi as any).sessionManager;
    if (!token || !sessionManager) return { authenticated: false };

    const admin = sessionManager('admin');
    const result = admin.validateAccessToken(token);
    if (!result.isValid || !(await admin.isSessionActive(result.payload.sessionId))) return { authenticated: false };

    const user = await strapi.db.query('admin::user').findOne({ where: { id: userIdOf(result.payload.userId) }, populate: ['roles'] });
    if (!user || user.isActive !== true) return { authenticated: false };

    const ability = await strapi.service('admin::permission').engine.generateUserAbility(user);
    ctx.state.userAbility = ability; // read by the admin::hasPermissions policy
    ctx.state.user = user;
    return { authenticated: true, credentials: user, ability };
  },
};
