import { startStrapi, TestApp } from './strapi';
import { AdminSession, createSuperAdminSession } from './admin';

export interface SuperAdminSuite {
  app: TestApp;
  admin: AdminSession;
}

/**
 * Boots one Strapi on a fresh database for the calling test file, logs a super admin in, and stops it
 * all after the file. The returned object is filled in `beforeAll`: read its fields inside tests.
 */
export function suiteWithSuperAdmin(): SuperAdminSuite {
  const suite = {} as SuperAdminSuite;
  beforeAll(async () => {
    suite.app = await startStrapi();
    suite.admin = await createSuperAdminSession(suite.app);
  });
  afterAll(async () => {
    await suite.app?.stop();
  });
  return suite;
}
