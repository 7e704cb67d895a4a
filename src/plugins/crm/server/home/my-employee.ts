import type { Core } from '@strapi/strapi';
import type { EmployeeRef } from '../../../../domain/workspace';

const EMPLOYEE_UID = 'api::employee.employee';

/**
 * The employee card of the logged-in admin user ("me" of every "my …" figure), or null when the login is
 * not linked to one: such a login owns nothing, and its home page says so instead of showing zeros.
 */
export async function myEmployee(strapi: Core.Strapi, adminUserId: number | string): Promise<EmployeeRef | null> {
  const card: any = await strapi.db.query(EMPLOYEE_UID as any).findOne({
    where: { adminUser: { id: adminUserId } },
    select: ['id', 'fullName'],
    orderBy: [{ id: 'asc' }],
  });
  return card ? { id: card.id, fullName: card.fullName ?? '' } : null;
}
