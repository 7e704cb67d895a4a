import { isHoneypotFilled, matchLeadSource, toInboundRequest, validateWebForm } from '../../src/domain/web-form';

const base = { name: 'Олена Коваль', phone: '067 123 45 67', consent: true };

describe('validateWebForm', () => {
  test('accepts whitelisted fields, trims text, normalizes the phone to E.164', () => {
    const r = validateWebForm({
      ...base,
      name: '  Олена Коваль ',
      email: 'olena@example.com.ua',
      organisation: 'ТОВ "Ромашка"',
      subject: 'Ціна',
      message: 'Рядок 1\nРядок 2\tз табуляцією',
      leadSource: 'Виставка',
    });
    expect(r.ok).toBe(true);
    expect(r.value).toEqual({
      name: 'Олена Коваль',
      phone: '+380671234567',
      email: 'olena@example.com.ua',
      organisation: 'ТОВ "Ромашка"',
      subject: 'Ціна',
      message: 'Рядок 1\nРядок 2\tз табуляцією',
      leadSource: 'Виставка',
      consent: true,
    });
    expect(r.ignoredFields).toEqual([]);
  });

  test('anything outside the whitelist is left out and reported as ignored', () => {
    const r = validateWebForm({ ...base, status: 'done', assignee: 1, counterparty: 'x', channel: 'phone', receivedAt: '2000-01-01' });
    expect(r.ok).toBe(true);
    expect(Object.keys(r.value!).sort()).toEqual(['consent', 'name', 'phone']);
    expect(r.ignoredFields!.sort()).toEqual(['assignee', 'channel', 'counterparty', 'receivedAt', 'status']);
  });

  test('the Strapi envelope { data: {...} } is accepted too', () => {
    expect(validateWebForm({ data: base }).value?.phone).toBe('+380671234567');
  });

  test('an e-mail alone is enough; neither phone nor e-mail is an issue on phone', () => {
    expect(validateWebForm({ email: 'a@b.ua', consent: true }).ok).toBe(true);
    expect(validateWebForm({ name: 'X', consent: true }).issues).toEqual([{ field: 'phone', reason: 'a phone or an e-mail is required', code: 'form.phoneOrEmail' }]);
    expect(validateWebForm({ phone: '  ', email: '', consent: true }).issues?.[0].field).toBe('phone');
  });

  test('consent must be true (a checkbox "on" counts)', () => {
    expect(validateWebForm({ ...base, consent: false }).issues).toMatchObject([{ field: 'consent', code: 'form.consent' }]);
    expect(validateWebForm({ phone: base.phone }).issues).toMatchObject([{ field: 'consent', code: 'form.consent' }]);
    expect(validateWebForm({ ...base, consent: 'on' }).ok).toBe(true);
    expect(validateWebForm({ ...base, consent: 'yes please' }).ok).toBe(false);
  });

  test('bad phone, bad e-mail, wrong types, too long and control characters name their fields', () => {
    const r = validateWebForm({
      name: 'a'.repeat(201),
      phone: 'дзвоніть',
      email: 'not-an-email',
      subject: ['array'],
      organisation: 'ТОВ\u0000',
      message: 'x'.repeat(5001),
      consent: true,
    });
    expect(r.ok).toBe(false);
    const byField = Object.fromEntries(r.issues!.map((i) => [i.field, i.reason]));
    expect(byField).toEqual({
      name: 'must be at most 200 characters',
      phone: expect.stringMatching(/phone number/),
      email: 'must be an e-mail address',
      subject: 'must be a string',
      organisation: 'must not contain control characters',
      message: 'must be at most 5000 characters',
    });
  });

  test('e-mails without a dotted domain or with spaces are refused', () => {
    for (const email of ['a@b', 'a b@c.ua', '<a@b.ua>', 'a@@b.ua']) {
      expect(validateWebForm({ email, consent: true }).ok).toBe(false);
    }
  });

  test('a message keeps HTML as plain text', () => {
    const message = '<script>alert(1)</script><b>bold</b> &amp; "quotes"';
    expect(validateWebForm({ ...base, message }).value?.message).toBe(message);
  });

  test('bodies that are not objects are refused', () => {
    for (const body of [null, 'text', 42, [base]]) {
      expect(validateWebForm(body).issues).toMatchObject([{ field: 'body', reason: 'must be a JSON object' }]);
    }
  });
});

describe('honeypot', () => {
  test('a filled "website" field marks a bot; blank or missing does not', () => {
    expect(isHoneypotFilled({ ...base, website: 'http://spam.example' })).toBe(true);
    expect(isHoneypotFilled({ data: { ...base, website: 'x' } })).toBe(true);
    expect(isHoneypotFilled({ ...base, website: '   ' })).toBe(false);
    expect(isHoneypotFilled({ ...base, website: '' })).toBe(false);
    expect(isHoneypotFilled(base)).toBe(false);
    expect(isHoneypotFilled('junk')).toBe(false);
  });
});

describe('toInboundRequest', () => {
  test('maps the form to inbound-request fields with channel web, status new and the receive time', () => {
    const at = new Date('2025-05-01T10:00:00Z');
    const submission = validateWebForm({ ...base, email: 'a@b.ua', organisation: 'Org', subject: 'S', message: 'M' }).value!;
    expect(toInboundRequest(submission, at, 'lead123')).toEqual({
      channel: 'web',
      state: 'new',
      receivedAt: '2025-05-01T10:00:00.000Z',
      consent: true,
      callerName: 'Олена Коваль',
      callerPhone: '+380671234567',
      callerEmail: 'a@b.ua',
      organizationName: 'Org',
      subject: 'S',
      message: 'M',
      leadSource: 'lead123',
    });
    expect(toInboundRequest({ phone: '+380671234567', consent: true }, at)).not.toHaveProperty('leadSource');
  });
});

describe('matchLeadSource', () => {
  const sources = [
    { documentId: 'abc', name: 'Виставка Агро', code: 'expo-agro' },
    { documentId: 'def', name: 'Google Ads', code: null },
  ];
  test('by documentId, code or name, letter case ignored (Cyrillic too)', () => {
    expect(matchLeadSource('abc', sources)?.documentId).toBe('abc');
    expect(matchLeadSource('EXPO-AGRO', sources)?.documentId).toBe('abc');
    expect(matchLeadSource(' виставка агро ', sources)?.documentId).toBe('abc');
    expect(matchLeadSource('google ads', sources)?.documentId).toBe('def');
  });
  test('unknown or blank gives null', () => {
    expect(matchLeadSource('radio', sources)).toBeNull();
    expect(matchLeadSource('', sources)).toBeNull();
    expect(matchLeadSource(undefined, sources)).toBeNull();
  });
});
