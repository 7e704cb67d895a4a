import { startStrapi, TestApp } from '../helpers/strapi';

/** With server.proxy on (IS_PROXIED=true), the client address comes from X-Forwarded-For. */
const URL = '/api/inbound-requests/web';
const form = { name: 'Proxy test', email: 'proxy@example.com', consent: true };

let app: TestApp;
beforeAll(async () => {
  process.env.IS_PROXIED = 'true';
  app = await startStrapi();
});
afterAll(async () => {
  delete process.env.IS_PROXIED;
  await app?.stop();
});

const from = (ip: string) => app.http.post(URL).set('X-Forwarded-For', ip).send(form);

test('each forwarded client address has its own budget of 10 a minute', async () => {
  for (let i = 0; i < 10; i += 1) expect((await from('198.51.100.1')).status).toBe(201);
  const limited = await from('198.51.100.1');
  expect(limited.status).toBe(429);
  expect(Number(limited.headers['retry-after'])).toBeGreaterThanOrEqual(1);
  expect((await from('198.51.100.2')).status).toBe(201);
});

test('only the address the proxy appended counts, not what the client put before it', async () => {
  for (let i = 0; i < 10; i += 1) expect((await from(`10.0.0.${i}, 198.51.100.3`)).status).toBe(201);
  expect((await from('10.9.9.9, 198.51.100.3')).status).toBe(429);
});
