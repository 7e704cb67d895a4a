import type { Core } from '@strapi/strapi';
import { UID } from '../access/uids';
import { refreshAccessColumnsOf } from '../access/access-columns-sync';

export interface DemoLogin {
  email: string;
  /** code of an admin role, e.g. 'vitrylo-sales-manager' */
  roleCode: string;
  /** e-mail of the employee card this login acts as */
  employeeEmail: string;
}

export interface DemoLoginResult {
  email: string;
  created: boolean;
  /** the employee card is linked to this login (now or before) */
  linked: boolean;
  warning?: string;
}

/** First name and last name for the admin panel from an employee's full name ("Прізвище Ім'я По батькові" or "Ім'я Прізвище"). */
export function splitFullName(fullName: string | null | undefined, fallback: string): { firstname: string; lastname: string | null } {
  const words = String(fullName ?? '').trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return { firstname: fallback, lastname: null };
  if (words.length === 3) return { firstname: `${words[1]} ${words[2]}`, lastname: words[0] };
  if (words.length === 1) return { firstname: words[0], lastname: null };
  return { firstname: words[0], lastname: words.slice(1).join(' ') };
}

/**
 * Creates the demo admin logins that are missing: active, Ukrainian interface, the given role, linked to
 * the employee card found by e-mail (employee.adminUser). An existing login keeps its password and roles;
 * only a missing employee link is added.
 */
export async function ensureDemoLogins(
  strapi: Core.Strapi,
  { password, logins }: { password: string; logins: readonly DemoLogin[] },
): Promise<DemoLoginResult[]> {
  const results: DemoLoginResult[] = [];
  for (const login of logins) {
    const email = login.email.trim().toLowerCase();
    const employee: any = await strapi.db.query(UID.employee as any).findOne({
      where: { email: { $eqi: login.employeeEmail.trim() } },
      populate: { adminUser: { select: ['id'] } },
    });
    let user: any = await strapi.db.query('admin::user').findOne({ where: { email } });
    let created = false;
    let warning: string | undefined;
    if (!user) {
      const role: any = await strapi.db.query('admin::role').findOne({ where: { code: login.roleCode } });
      if (!role) {
        results.push({ email, created: false, linked: false, warning: `role ${login.roleCode} does not exist` });
        continue;
      }
      user = await (strapi.service('admin::user') as any).create({
        email,
        ...splitFullName(employee?.fullName, email.split('@')[0]),
        password,
        isActive: true,
        roles: [role.id],
        preferedLanguage: 'uk',
      });
      created = true;
    }
    let linked = false;
    if (!employee) {
      warning = `no employee with e-mail ${login.employeeEmail}`;
    } else if (employee.adminUser && employee.adminUser.id !== user.id) {
      warning = `employee ${login.employeeEmail} is already linked to another login`;
    } else {
      if (!employee.adminUser) {
        const other: any = await strapi.db.query(UID.employee as any).findOne({ where: { adminUser: { id: user.id } }, select: ['id'] });
        if (other && other.id !== employee.id) warning = `login ${email} already acts as another employee`;
        else {
          await strapi.db.query(UID.employee as any).update({ where: { id: employee.id }, data: { adminUser: user.id } });
          // a row-level write: the records this employee is responsible for now belong to the login
          await refreshAccessColumnsOf(strapi, UID.employee, [employee.id]);
        }
      }
      linked = !warning;
    }
    if (warning) strapi.log.warn(`[access] demo login ${email}: ${warning}`);
    results.push({ email, created, linked, ...(warning ? { warning } : {}) });
  }
  return results;
}
