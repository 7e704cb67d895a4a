import type { Core } from '@strapi/strapi';

export interface AdminLogin {
  email: string;
  password: string;
}

/**
 * The super admin of a fresh installation (Strapi would otherwise ask for one in the browser), linked to
 * an employee so that ownership rules know who they are. An existing account is left as it is.
 */
export async function ensureSuperAdmin(strapi: Core.Strapi, login: AdminLogin, employeeEmail: string): Promise<boolean> {
  const users = strapi.db.query('admin::user');
  let user = await users.findOne({ where: { email: login.email.toLowerCase() } });
  const created = !user;
  if (!user) {
    const superAdminRole = await strapi.service('admin::role').getSuperAdmin();
    user = await strapi.service('admin::user').create({
      email: login.email,
      firstname: 'Адміністратор',
      lastname: 'Вітрило',
      password: login.password,
      isActive: true,
      preferedLanguage: 'uk',
      roles: [superAdminRole.id],
    });
  }
  await linkEmployee(strapi, employeeEmail, user.id);
  return created;
}

export async function linkEmployee(strapi: Core.Strapi, employeeEmail: string, adminUserId: number): Promise<void> {
  const employees = strapi.documents('api::employee.employee');
  const employee: any = await employees.findFirst({ filters: { email: employeeEmail }, populate: ['adminUser'] });
  if (employee && !employee.adminUser) {
    await employees.update({ documentId: employee.documentId, data: { adminUser: adminUserId } as any });
  }
}
