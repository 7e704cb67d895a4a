import type { Core } from '@strapi/strapi';
import { runAuditedJob } from '../audit';
import { ROLE_CODE } from '../access';
import { ensureDemoLogins } from './demo-logins';
import { seedDemo } from './seed-demo';
import { ensureSuperAdmin } from './super-admin';

export interface SetupDemoOptions {
  scale: number;
  adminEmail: string;
  adminPassword: string;
  demoPassword: string;
  log?: (message: string) => void;
}

export interface DemoLogin {
  role: string;
  email: string;
  password: string;
}

/** The employee the super admin works as. */
const SUPER_ADMIN_EMPLOYEE = 'o.kovalenko@vitrylo.com.ua';

/** One login per role; the two sales managers work in different departments (Київ and regions). */
const ROLE_LOGINS = [
  { role: 'Director', email: 'director@vitrylo.demo', roleCode: ROLE_CODE.director, employeeEmail: 'i.melnyk@vitrylo.com.ua' },
  { role: 'Sales manager', email: 'manager@vitrylo.demo', roleCode: ROLE_CODE.salesManager, employeeEmail: 'o.bondarenko@vitrylo.com.ua' },
  { role: 'Sales manager', email: 'manager2@vitrylo.demo', roleCode: ROLE_CODE.salesManager, employeeEmail: 'k.ivanytska@vitrylo.com.ua' },
  { role: 'Secretary', email: 'secretary@vitrylo.demo', roleCode: ROLE_CODE.secretary, employeeEmail: 's.stetsiuk@vitrylo.com.ua' },
  { role: 'Marketer', email: 'marketer@vitrylo.demo', roleCode: ROLE_CODE.marketer, employeeEmail: 'a.rudenko@vitrylo.com.ua' },
  { role: 'Accountant', email: 'accountant@vitrylo.demo', roleCode: ROLE_CODE.accountant, employeeEmail: 'o.marchenko@vitrylo.com.ua' },
];

/** Demo data, the super admin and one login per role; every step is idempotent. */
export async function setupDemo(strapi: Core.Strapi, options: SetupDemoOptions) {
  const seeded = await runAuditedJob(strapi, 'demo-seed', async (counts) => {
    const result = await seedDemo(strapi, { scale: options.scale, log: options.log });
    Object.assign(counts, { batches: options.scale, skipped: result.skipped });
    return result;
  });
  await ensureSuperAdmin(strapi, { email: options.adminEmail, password: options.adminPassword }, SUPER_ADMIN_EMPLOYEE);
  const results = await ensureDemoLogins(strapi, { password: options.demoPassword, logins: ROLE_LOGINS });
  for (const result of results) if (result.warning) options.log?.(`demo login ${result.email}: ${result.warning}`);
  const logins: DemoLogin[] = [
    { role: 'Super admin', email: options.adminEmail, password: options.adminPassword },
    ...ROLE_LOGINS.map(({ role, email }) => ({ role, email, password: options.demoPassword })),
  ];
  return { created: seeded.created, logins };
}
