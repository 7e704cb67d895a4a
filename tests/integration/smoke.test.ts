import { startStrapi, TestApp } from '../helpers/strapi';
import { createSuperAdminSession } from '../helpers/admin';

let app: TestApp;
beforeAll(async () => { app = await startStrapi(); });
afterAll(async () => { await app?.stop(); });

test('health and admin login', async () => {
  await app.http.get('/_health').expect(204);
  const admin = await createSuperAdminSession(app);
  const res = await admin.get('/content-manager/content-types');
  expect(res.status).toBe(200);
});
