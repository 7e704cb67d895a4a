import { suiteWithSuperAdmin } from '../helpers/suite';
import { cm } from '../helpers/admin';

const URL = '/api/inbound-requests/web';
const INBOUND = 'api::inbound-request.inbound-request';
const LEAD_SOURCE = 'api::lead-source.lead-source';

const suite = suiteWithSuperAdmin();
beforeEach(() => suite.app.strapi.service('api::inbound-request.web-form-rate-limit').reset());

const post = (body: unknown, url = URL) => suite.app.http.post(url).send(body as object);
const count = () => suite.app.strapi.db.query(INBOUND).count();
const stored = (documentId: string) =>
  suite.app.strapi.documents(INBOUND as any).findOne({ documentId, populate: ['leadSource', 'assignee', 'counterparty', 'registeredBy'] }) as Promise<any>;
const form = { name: 'Олена Коваль', phone: '067 123 45 67', email: 'olena@example.com', consent: true };

describe('accepted submissions', () => {
  test('201 with only a reference; the stored request has channel web, status new, receivedAt now and the mapped fields', async () => {
    const before = Date.now();
    const res = await post({ ...form, organisation: 'ТОВ "Світанок"', subject: 'Запит ціни', message: 'Потрібно 200 шт.' });
    expect(res.status).toBe(201);
    expect(Object.keys(res.body)).toEqual(['data']);
    expect(Object.keys(res.body.data)).toEqual(['reference']);
    const record = await stored(res.body.data.reference);
    expect(record).toMatchObject({
      channel: 'web',
      state: 'new',
      callerName: 'Олена Коваль',
      callerPhone: '+380671234567',
      callerEmail: 'olena@example.com',
      organizationName: 'ТОВ "Світанок"',
      subject: 'Запит ціни',
      message: 'Потрібно 200 шт.',
      consent: true,
      leadSource: null,
    });
    expect(new Date(record.receivedAt).getTime()).toBeGreaterThanOrEqual(before - 1000);
    expect(new Date(record.receivedAt).getTime()).toBeLessThanOrEqual(Date.now() + 1000);
  });

  test('fields outside the whitelist are ignored and never stored', async () => {
    const employee = await suite.app.strapi.documents('api::employee.employee' as any).create({ data: { fullName: 'Менеджер' } as any });
    const company = await suite.app.strapi.documents('api::counterparty.counterparty' as any).create({ data: { name: 'Чужа', kind: 'client' } as any });
    const res = await post({
      ...form,
      status: 'done',
      state: 'done',
      channel: 'phone',
      urgency: 'critical',
      receivedAt: '2001-01-01T00:00:00.000Z',
      assignee: employee.documentId,
      registeredBy: employee.documentId,
      counterparty: company.documentId,
      callerName: 'Підміна',
      consent: true,
      id: 999,
      documentId: 'forged',
    });
    expect(res.status).toBe(201);
    const record = await stored(res.body.data.reference);
    expect(record.documentId).toBe(res.body.data.reference);
    expect(record).toMatchObject({ state: 'new', channel: 'web', urgency: 'normal', callerName: 'Олена Коваль', assignee: null, registeredBy: null, counterparty: null });
    expect(new Date(record.receivedAt).getFullYear()).toBeGreaterThan(2020);
  });

  test('the Strapi envelope { data: {...} } is accepted', async () => {
    const res = await post({ data: { ...form, subject: 'envelope' } });
    expect(res.status).toBe(201);
    expect((await stored(res.body.data.reference)).subject).toBe('envelope');
  });

  test('a lead source is found by name, code or documentId; an unknown one is ignored', async () => {
    const source = await suite.app.strapi.documents(LEAD_SOURCE as any).create({ data: { name: 'Виставка Агро', code: 'expo-agro', channel: 'exhibition' } as any });
    for (const leadSource of ['Виставка Агро', 'виставка агро', 'EXPO-AGRO', source.documentId]) {
      const res = await post({ ...form, leadSource });
      expect(res.status).toBe(201);
      expect((await stored(res.body.data.reference)).leadSource?.documentId).toBe(source.documentId);
    }
    const res = await post({ ...form, leadSource: 'no such source' });
    expect(res.status).toBe(201);
    expect((await stored(res.body.data.reference)).leadSource).toBeNull();
  });

  test('an url-encoded form (a plain HTML <form>) is accepted, its checkbox "on" counting as consent', async () => {
    const res = await suite.app.http.post(URL).type('form').send('name=Petro&email=petro%40example.com&consent=on');
    expect(res.status).toBe(201);
    expect(await stored(res.body.data.reference)).toMatchObject({ callerName: 'Petro', callerEmail: 'petro@example.com' });
  });

  test('HTML and script in the message are stored as plain text and returned verbatim by the admin API', async () => {
    const message = '<script>alert("x")</script><img src=x onerror=alert(1)> <b>жирний</b> &amp; &lt;';
    const subject = '<i>Тема</i>';
    const res = await post({ ...form, subject, message });
    expect(res.status).toBe(201);
    const record = await stored(res.body.data.reference);
    expect(record.message).toBe(message);
    expect(record.subject).toBe(subject);
    const viaAdmin = await suite.admin.get(cm(INBOUND, res.body.data.reference));
    expect(viaAdmin.status).toBe(200);
    expect(viaAdmin.body.data.message).toBe(message);
    expect(viaAdmin.body.data.subject).toBe(subject);
  });
});

describe('honeypot', () => {
  test('a filled "website" field answers 201 like an accepted one but stores nothing', async () => {
    const before = await count();
    const res = await post({ ...form, website: 'http://spam.example' });
    expect(res.status).toBe(201);
    expect(res.body.data.reference).toMatch(/^[a-z][a-z0-9]{23}$/);
    expect(await count()).toBe(before);
    expect(await suite.app.strapi.db.query(INBOUND).findOne({ where: { documentId: res.body.data.reference } })).toBeNull();
  });

  test('even an otherwise invalid bot submission gets 201', async () => {
    const res = await post({ website: 'x', phone: 'garbage' });
    expect(res.status).toBe(201);
  });
});

describe('refused submissions store nothing', () => {
  async function refused(body: unknown, status: number, field?: string) {
    const before = await count();
    const res = await post(body);
    expect(res.status).toBe(status);
    if (field) {
      expect(res.body.error.name).toBe('ValidationError');
      expect(res.body.error.details.errors.map((e: any) => e.path.join('.'))).toContain(field);
      expect(res.body.error.message).toMatch(new RegExp(`(^|; )${field}: `));
    }
    expect(await count()).toBe(before);
    return res;
  }

  test('validation errors are 400 and name the field', async () => {
    await refused({ ...form, phone: '12345' }, 400, 'phone');
    await refused({ ...form, email: 'not an email' }, 400, 'email');
    await refused({ ...form, consent: false }, 400, 'consent');
    await refused({ name: 'Без контактів', consent: true }, 400, 'phone');
    await refused({ ...form, name: 'x'.repeat(201) }, 400, 'name');
    await refused({ ...form, message: 'x'.repeat(5001) }, 400, 'message');
    await refused({ ...form, subject: { $ne: null } }, 400, 'subject');
    await refused({ ...form, organisation: 'NUL\u0000byte' }, 400, 'organisation');
  });

  test('several problems are reported together', async () => {
    const res = await refused({ phone: 'x', email: 'y' }, 400);
    expect(res.body.error.message).toMatch(/phone: .*; email: .*; consent: потрібна згода на обробку персональних даних/);
  });

  test('malformed JSON is 400', async () => {
    const res = await suite.app.http.post(URL).set('Content-Type', 'application/json').send('{"name": "Олена", "phone": ');
    expect(res.status).toBe(400);
  });

  test('a JSON array or an empty body is 400', async () => {
    await refused([form], 400, 'body');
    const res = await suite.app.http.post(URL);
    expect(res.status).toBe(400);
  });

  test('a body over 16 KB is refused with 413 before it is read', async () => {
    const res = await refused({ ...form, message: 'я'.repeat(9000) }, 413);
    expect(res.body.error.name).toBe('PayloadTooLargeError');
  });

  test('a huge declared body is refused at once, without waiting for the bytes', async () => {
    const res = await suite.app.http.post(URL).set('Content-Type', 'application/json').set('Content-Length', String(50 * 1024 * 1024)).send('{}').catch((e: any) => e.response);
    expect(res?.status).toBe(413);
  });

  test('a streamed body without Content-Length is refused with 411, so it cannot slip past the size limit', async () => {
    const before = await count();
    const res = await new Promise<any>((resolve, reject) => {
      const req: any = suite.app.http.post(URL).set('Content-Type', 'application/json');
      req.write('{"email":"stream@example.com",');
      req.write('"consent":true}');
      req.end((err: any, response: any) => (response ? resolve(response) : reject(err)));
    });
    expect(res.status).toBe(411);
    expect(await count()).toBe(before);
  });

  test('multipart and other media types are refused with 415 (no file ever reaches the disk)', async () => {
    const before = await count();
    const res = await suite.app.http.post(URL).field('name', 'x').field('email', 'a@b.ua').field('consent', 'true').attach('file', Buffer.from('hello'), 'a.txt');
    expect(res.status).toBe(415);
    const text = await suite.app.http.post(URL).set('Content-Type', 'text/plain').send('hello');
    expect(text.status).toBe(415);
    expect(await count()).toBe(before);
  });

  test('the guard also covers the path with a trailing slash or other letter case', async () => {
    for (const url of [`${URL}/`, '/api/Inbound-Requests/WEB']) {
      const res = await post({ ...form, message: 'я'.repeat(9000) }, url);
      expect(res.status).toBe(413);
    }
  });
});

describe('rate limit', () => {
  test('10 submissions a minute per address; the 11th gets 429 with Retry-After', async () => {
    for (let i = 0; i < 10; i += 1) expect((await post({ ...form, subject: `#${i}` })).status).toBe(201);
    const before = await count();
    const res = await post(form);
    expect(res.status).toBe(429);
    expect(res.body.error.name).toBe('RateLimitError');
    const retryAfter = Number(res.headers['retry-after']);
    expect(Number.isInteger(retryAfter)).toBe(true);
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    // The sliding minute is estimated from two fixed minutes shared through the database: when all 11 hits
    // fall into one minute, the next fits once that minute has passed and 2/11 of the next.
    expect(retryAfter).toBeLessThanOrEqual(Math.ceil(60 * (1 + 2 / 11)));
    expect(await count()).toBe(before);
  });

  test('refused and invalid submissions count too, and X-Forwarded-For is not trusted without server.proxy', async () => {
    for (let i = 0; i < 10; i += 1) await post({ phone: 'bad' });
    const spoofed = await suite.app.http.post(URL).set('X-Forwarded-For', '203.0.113.7').send(form);
    expect(spoofed.status).toBe(429);
  });

  test('other routes are not limited', async () => {
    for (let i = 0; i < 11; i += 1) await post(form);
    expect([401, 403]).toContain((await suite.app.http.get('/api/counterparties')).status);
  });
});
