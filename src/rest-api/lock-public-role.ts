import type { Core } from '@strapi/strapi';

/**
 * The REST API serves external systems through API tokens; anonymous callers may only post the
 * website form (a route with `auth: false`). On the first boot this takes every permission from the
 * users-permissions Public role, its default auth routes (login, register, password reset, ...)
 * included, and turns self-registration off. A marker in the core store makes it a one-time step,
 * so an administrator may later grant something to Public on purpose and keep it.
 */
const MARKER = { type: 'app', name: 'vitrylo', key: 'public-role-locked' } as const;
const ROLE = 'plugin::users-permissions.role';
const PERMISSION = 'plugin::users-permissions.permission';

export async function lockPublicRole(strapi: Core.Strapi): Promise<boolean> {
  const marker = strapi.store(MARKER);
  if (await marker.get({})) return false;

  const publicRole = await strapi.db.query(ROLE).findOne({ where: { type: 'public' }, select: ['id'] });
  if (publicRole) await strapi.db.query(PERMISSION).deleteMany({ where: { role: publicRole.id } });

  const settings = strapi.store({ type: 'plugin', name: 'users-permissions', key: 'advanced' });
  const advanced = ((await settings.get({})) as Record<string, unknown>) ?? {};
  await settings.set({ value: { ...advanced, allow_register: false } });

  await marker.set({ value: { at: new Date().toISOString() } });
  strapi.log.info('Public role: all permissions removed and registration disabled (first boot)');
  return true;
}
