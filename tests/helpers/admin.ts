import type { Core } from '@strapi/strapi';
import type { TestApp } from './strapi';

export interface AdminSession {
  token: string;
  userId: number;
  /** Calls an admin route (content-manager, /crm, ...) with this admin's JWT. */
  get(url: string): any;
  post(url: string, body?: unknown): any;
  put(url: string, body?: unknown): any;
  del(url: string): any;
}

export const TEST_PASSWORD = 'Test-Passw0rd!';

export async function createAdminUser(strapi: Core.Strapi, email: string, roleCodes: string[] = ['strapi-super-admin']) {
  const roles = await strapi.db.query('admin::role').findMany({ where: { code: { $in: roleCodes } } });
  if (roles.length !== roleCodes.length) throw new Error(`unknown admin role among ${roleCodes.join(', ')}`);
  return strapi.service('admin::user').create({
    email,
    firstname: email.split('@')[0],
    lastname: 'Test',
    password: TEST_PASSWORD,
    isActive: true,
    roles: roles.map((role: any) => role.id),
  });
}

export async function loginAdmin(app: TestApp, email: string, password = TEST_PASSWORD): Promise<AdminSession> {
  const response = await app.http.post('/admin/login').send({ email, password });
  if (response.status !== 200) throw new Error(`admin login ${email} failed: ${response.status} ${JSON.stringify(response.body)}`);
  const token: string = response.body.data.token;
  const auth = (req: any) => req.set('Authorization', `Bearer ${token}`);
  return {
    token,
    userId: response.body.data.user.id,
    get: (url) => auth(app.http.get(url)),
    post: (url, body) => auth(app.http.post(url)).send(body as object),
    put: (url, body) => auth(app.http.put(url)).send(body as object),
    del: (url) => auth(app.http.delete(url)),
  };
}

export async function createSuperAdminSession(app: TestApp, email = 'root@vitrylo.test'): Promise<AdminSession> {
  await createAdminUser(app.strapi, email);
  return loginAdmin(app, email);
}

/** Content-manager collection-type URL for a uid, optionally for one document. */
export function cm(uid: string, documentId?: string): string {
  return `/content-manager/collection-types/${uid}${documentId ? `/${documentId}` : ''}`;
}
