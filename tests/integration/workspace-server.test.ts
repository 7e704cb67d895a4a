import { startStrapi, TestApp } from '../helpers/strapi';
import { createAdminUser } from '../helpers/admin';

/**
 * The server side of the Ukrainian workspace: the favicon, the sign-in screens' messages in the panel's
 * language, and Strapi's own roles named in Ukrainian.
 */
let app: TestApp;
beforeAll(async () => {
  app = await startStrapi();
  await createAdminUser(app.strapi, 'staff@vitrylo.test');
});
afterAll(async () => {
  await app?.stop();
});

test('/favicon.ico is Vitrylo’s icon, not a 500', async () => {
  const res = await app.http.get('/favicon.ico').buffer(true);
  expect(res.status).toBe(200);
  expect(res.headers['content-type']).toMatch(/icon/);
  expect(Buffer.from(res.body).readUInt16LE(2)).toBe(1);
});

test('a wrong password is told in the panel’s language', async () => {
  const uk = await app.http.post('/admin/login').set('Accept-Language', 'uk').send({ email: 'staff@vitrylo.test', password: 'Wrong-Passw0rd' });
  expect(uk.status).toBe(400);
  expect(uk.body.error.message).toBe('Неправильна електронна пошта або пароль.');
  const en = await app.http.post('/admin/login').set('Accept-Language', 'en').send({ email: 'nobody@vitrylo.test', password: 'Wrong-Passw0rd' });
  expect(en.body.error.message).toBe('Invalid credentials');
});

test('Strapi’s own roles carry Ukrainian names', async () => {
  const superAdmin: any = await app.strapi.db.query('admin::role').findOne({ where: { code: 'strapi-super-admin' } });
  expect(superAdmin.name).toBe('Суперадміністратор');
});
