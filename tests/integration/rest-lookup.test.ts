import { startStrapi, TestApp } from '../helpers/strapi';
import { ApiTokenClient, createApiToken } from '../helpers/api-token';

const LOOKUP = '/api/counterparties/lookup';
const doc = (uid: string) => (app.strapi.documents(uid as any) as any);

// A low limit, set before Strapi boots, so the rate-limit tests need few calls; reset before each test.
const LIMIT = 5;
process.env.LOOKUP_RATE_LIMIT = String(LIMIT);

let app: TestApp;
let telephony: ApiTokenClient;
let company: any;
let contact: any;
let manager: any;

beforeAll(async () => {
  app = await startStrapi();
  telephony = await createApiToken(app, 'custom', ['api::counterparty.counterparty.lookup']);

  manager = await doc('api::employee.employee').create({ data: { fullName: 'Марія Іваненко', phone: '050 111 22 33' } });
  const colleague = await doc('api::employee.employee').create({ data: { fullName: 'Петро Сидоренко' } });
  company = await doc('api::counterparty.counterparty').create({
    data: { name: 'ТОВ "Ромашка"', kind: 'client', phone: '044 234 56 78', manager: manager.documentId },
  });
  contact = await doc('api::contact-person.contact-person').create({
    data: { fullName: 'Іван Петренко', position: 'Директор', phone: '+380 67 123 45 67', counterparty: company.documentId },
  });
  const day = (n: number) => new Date(Date.UTC(2025, 0, n, 9)).toISOString();
  const interactions = [
    { occurredAt: day(1), kind: 'call-in', subject: 'Найстаріший', employee: colleague.documentId },
    { occurredAt: day(5), kind: 'meeting', subject: 'Зустріч', employee: manager.documentId },
    { occurredAt: day(10), kind: 'email', subject: 'Лист', employee: null },
    { occurredAt: day(20), kind: 'call-out', subject: 'Останній дзвінок', employee: manager.documentId },
    { occurredAt: new Date(Date.now() + 7 * 86400000).toISOString(), kind: 'visit', subject: 'Запланований візит', state: 'planned' },
  ];
  for (const data of interactions) await doc('api::interaction.interaction').create({ data: { ...data, counterparty: company.documentId } });
});
afterAll(async () => {
  delete process.env.LOOKUP_RATE_LIMIT;
  await app?.stop();
});
beforeEach(() => app.strapi.service('api::counterparty.lookup-rate-limiter').reset());

const lookup = (phone?: string) => telephony.get(phone === undefined ? LOOKUP : `${LOOKUP}?phone=${encodeURIComponent(phone)}`);

describe('caller ID lookup', () => {
  test.each(['0671234567', '+380 67 123 45 67', '380671234567'])('a contact person is found by %s', async (phone) => {
    const res = await lookup(phone);
    expect(res.status).toBe(200);
    expect(res.body.data).toEqual({
      phone: '+380671234567',
      matchedBy: 'contact-person',
      counterparty: { documentId: company.documentId, name: 'ТОВ "Ромашка"', kind: 'client', state: 'active' },
      contactPerson: { documentId: contact.documentId, fullName: 'Іван Петренко', position: 'Директор' },
      manager: { fullName: 'Марія Іваненко', phone: '+380501112233' },
      lastInteractions: [
        { occurredAt: '2025-01-20T09:00:00.000Z', kind: 'call-out', subject: 'Останній дзвінок', employeeName: 'Марія Іваненко' },
        { occurredAt: '2025-01-10T09:00:00.000Z', kind: 'email', subject: 'Лист', employeeName: null },
        { occurredAt: '2025-01-05T09:00:00.000Z', kind: 'meeting', subject: 'Зустріч', employeeName: 'Марія Іваненко' },
      ],
    });
  });

  test('of several contact persons on one number, one of a counterparty and the primary one answers', async () => {
    const other = await doc('api::counterparty.counterparty').create({ data: { name: 'ТОВ "Волошка"', kind: 'prospect' } });
    const shared = '+380 93 765 43 21';
    await doc('api::contact-person.contact-person').create({ data: { fullName: 'Без компанії', phone: shared } });
    await doc('api::contact-person.contact-person').create({ data: { fullName: 'Секретар', phone: shared, counterparty: company.documentId, isPrimary: false } });
    const primary = await doc('api::contact-person.contact-person').create({ data: { fullName: 'Головний', phone: shared, counterparty: other.documentId, isPrimary: true } });
    const res = await lookup('0937654321');
    expect(res.status).toBe(200);
    expect(res.body.data).toMatchObject({
      matchedBy: 'contact-person',
      contactPerson: { documentId: primary.documentId, fullName: 'Головний' },
      counterparty: { documentId: other.documentId, name: 'ТОВ "Волошка"', kind: 'prospect' },
      manager: null,
      lastInteractions: [],
    });
  });

  test('the counterparty is found by its own number, without a contact person', async () => {
    const res = await lookup('0442345678');
    expect(res.status).toBe(200);
    expect(res.body.data).toMatchObject({ matchedBy: 'counterparty', contactPerson: null, counterparty: { name: 'ТОВ "Ромашка"' } });
    expect(res.body.data.lastInteractions).toHaveLength(3);
  });

  test('a number nobody has is 404', async () => {
    const res = await lookup('0930000000');
    expect(res.status).toBe(404);
    expect(res.body.error.name).toBe('NotFoundError');
  });

  test.each([undefined, '', 'abc', '12345', '+380 67 123', `${'1'.repeat(50)}`])('a missing or garbage phone (%p) is 400 naming phone', async (phone) => {
    const res = await lookup(phone);
    expect(res.status).toBe(400);
    expect(res.body.error.message).toMatch(/^phone: /);
  });

  test('repeated or operator-shaped query values are 400, never passed to the database', async () => {
    expect((await telephony.get(`${LOOKUP}?phone=0671234567&phone=0442345678`)).status).toBe(400);
    expect((await telephony.get(`${LOOKUP}?phone[$ne]=x`)).status).toBe(400);
  });

  test('"lookup" is not taken for a documentId by the core findOne route', async () => {
    const full = await createApiToken(app, 'full-access');
    const res = await full.get(`${LOOKUP}?phone=0671234567`);
    expect(res.status).toBe(200);
    expect(res.body.data.matchedBy).toBe('contact-person');
  });
});

test('the phone columns a lookup reads are indexed, so a lookup stays an index probe at a million clients', async () => {
  const inspector = (app.strapi.db as any).dialect.schemaInspector;
  for (const table of ['counterparties', 'contact_persons']) {
    const indexes: any[] = await inspector.getIndexes(table);
    expect(indexes.map((index) => index.columns.join(','))).toContain('phone');
  }
});

describe('rate limit per token', () => {
  test(`${LIMIT} lookups a minute, hits, misses and bad numbers alike; then 429 with Retry-After`, async () => {
    for (const phone of ['0671234567', '0930000000', 'abc', '0442345678', '0671234567']) {
      expect([200, 400, 404]).toContain((await lookup(phone)).status);
    }
    const res = await lookup('0671234567');
    expect(res.status).toBe(429);
    expect(res.body).toEqual({
      data: null,
      error: { status: 429, name: 'RateLimitError', message: expect.stringMatching(/^Too many caller-ID lookups/), details: { retryAfterSeconds: expect.any(Number) } },
    });
    const retryAfter = Number(res.headers['retry-after']);
    expect(Number.isInteger(retryAfter)).toBe(true);
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    // The sliding minute is estimated from two fixed minutes shared through the database: when all LIMIT + 1
    // hits fall into one minute, the next fits once that minute has passed and 2 / (LIMIT + 1) of the next.
    expect(retryAfter).toBeLessThanOrEqual(Math.ceil(60 * (1 + 2 / (LIMIT + 1))));
    expect(res.body.error.details.retryAfterSeconds).toBe(retryAfter);
  });

  test('each token has its own budget, whatever address it calls from', async () => {
    const other = await createApiToken(app, 'custom', ['api::counterparty.counterparty.lookup']);
    for (let i = 0; i < LIMIT; i += 1) expect((await lookup('0671234567')).status).toBe(200);
    expect((await telephony.get(`${LOOKUP}?phone=0671234567`).set('X-Forwarded-For', '198.51.100.77')).status).toBe(429);
    expect((await other.get(`${LOOKUP}?phone=0671234567`)).status).toBe(200);
  });

  test('only the lookup is limited, and a refused token is not counted', async () => {
    const full = await createApiToken(app, 'full-access');
    for (let i = 0; i < LIMIT; i += 1) expect((await full.get(`${LOOKUP}?phone=0671234567`)).status).toBe(200);
    expect((await full.get(`${LOOKUP}?phone=0671234567`)).status).toBe(429);
    expect((await full.get('/api/counterparties')).status).toBe(200);

    const readOnly = await createApiToken(app, 'read-only');
    for (let i = 0; i < LIMIT + 1; i += 1) expect((await readOnly.get(`${LOOKUP}?phone=0671234567`)).status).toBe(403);
    expect((await app.strapi.service('api::counterparty.lookup-rate-limiter').hit(`content-api-token:${readOnly.id}`)).remaining).toBe(LIMIT - 1);
  });
});
