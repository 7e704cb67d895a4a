import type { Core } from '@strapi/strapi';

/**
 * Strapi's own admin roles in Ukrainian. Strapi creates "Super Admin", "Editor" and "Author" on the
 * first start, and their names show on the home page, in the users list and in the profile. A role
 * still carrying Strapi's English name and description gets the Ukrainian ones; a role an
 * administrator has renamed keeps its name.
 */
export const STRAPI_ROLES: Readonly<Record<string, { english: string; name: string; description: string }>> = {
  'strapi-super-admin': { english: 'Super Admin', name: 'Суперадміністратор', description: 'Має доступ до всіх функцій і налаштувань.' },
  'strapi-editor': { english: 'Editor', name: 'Редактор', description: 'Керує всіма записами, зокрема чужими.' },
  'strapi-author': { english: 'Author', name: 'Автор', description: 'Керує записами, які створив сам.' },
};

/** The new name and description of a role, or null when it is not Strapi's or was renamed. */
export function ukrainianRoleName(role: { code?: string | null; name?: string | null }): { name: string; description: string } | null {
  const known = role.code ? STRAPI_ROLES[role.code] : undefined;
  if (!known || role.name !== known.english) return null;
  return { name: known.name, description: known.description };
}

/** Renames Strapi's roles still named in English. Call in bootstrap, after Strapi has created them. */
export async function nameStrapiRolesInUkrainian(strapi: Core.Strapi): Promise<void> {
  const roles: Array<{ id: number; code: string; name: string }> = await strapi.db.query('admin::role').findMany({
    where: { code: { $in: Object.keys(STRAPI_ROLES) } },
    select: ['id', 'code', 'name'],
  });
  for (const role of roles) {
    const renamed = ukrainianRoleName(role);
    if (renamed) await strapi.db.query('admin::role').update({ where: { id: role.id }, data: renamed });
  }
}
