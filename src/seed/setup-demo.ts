import type { Core } from '@strapi/strapi';
import { runAuditedJob } from '../audit';
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

/** Demo data, the super admin and one login per role; every step is idempotent. */
export async function setupDemo(strapi: Core.Strapi, options: SetupDemoOptions) {
  const seeded = await runAuditedJob(strapi, 'demo-seed', async (counts) => {
    const result = await seedDemo(strapi, { scale: options.scale, log: options.log });
    Object.assign(counts, { batches: options.scale, skipped: result.skipped });
    return result;
  });
  await ensureSuperAdmin(strapi, { email: options.adminEmail, password: options.adminPassword }, SUPER_ADMIN_EMPLOYEE);
  const logins: DemoLogin[] = [{ role: 'Super admin', email: options.adminEmail, password: options.adminPassword }];
  return { created: seeded.created, logins };
}
