import { suiteWithSuperAdmin } from '../helpers/suite';
import { cm } from '../helpers/admin';
import { makeEdrpou, makeRnokpp, makeUaIban } from '../../src/domain/identifiers';

const COUNTERPARTY = 'api::counterparty.counterparty';
const CONTACT = 'api::contact-person.contact-person';
const INVOICE = 'api::invoice.invoice';

const suite = suiteWithSuperAdmin();

const count = (uid: string) => suite.app.strapi.db.query(uid as any).count();

/**
 * A write refused with 400 and nothing saved: `path` is the machine path the admin panel puts the message
 * under; `message`, when given, is what the person reads (Ukrainian, with field captions).
 */
async function refused(uid: string, data: Record<string, unknown>, path: string, message?: string | RegExp) {
  const before = await count(uid);
  const res = await suite.admin.post(cm(uid), data);
  expect(res.status).toBe(400);
  const errors: Array<{ path: string[]; message: string }> = res.body.error.details.errors;
  const entry = errors.find((e) => e.path.join('.') === path);
  expect(entry).toBeDefined();
  if (typeof message === 'string') expect(entry!.message).toBe(message);
  else if (message) expect(entry!.message).toMatch(message);
  expect(await count(uid)).toBe(before);
  return res;
}

describe('counterparty identifiers', () => {
  test('ЄДРПОУ 14360571 is refused with the field and the reason; 14360570 is accepted', async () => {
    await refused(COUNTERPARTY, { name: 'ПриватБанк (хибний код)', kind: 'client', edrpou: '14360571' }, 'edrpou', 'ЄДРПОУ: контрольна цифра не збігається');
    const res = await suite.admin.post(cm(COUNTERPARTY), { name: 'ПриватБанк', kind: 'client', edrpou: '14360570' });
    expect(res.status).toBe(201);
    expect(res.body.data.edrpou).toBe('14360570');
  });

  test('ЄДРПОУ of the wrong length and with letters are refused', async () => {
    await refused(COUNTERPARTY, { name: 'Коротко', kind: 'client', edrpou: '1436057' }, 'edrpou', 'ЄДРПОУ: має складатися з 8 цифр');
    await refused(COUNTERPARTY, { name: 'Літери', kind: 'client', edrpou: '1436O570' }, 'edrpou');
  });

  test('РНОКПП check digit is enforced', async () => {
    const good = makeRnokpp('318471069');
    const bad = good.slice(0, 9) + String((Number(good[9]) + 1) % 10);
    await refused(COUNTERPARTY, { name: 'ФОП Хибний', kind: 'client', rnokpp: bad }, 'rnokpp', 'РНОКПП (ІПН): контрольна цифра не збігається');
    const res = await suite.admin.post(cm(COUNTERPARTY), { name: 'ФОП Коваль', kind: 'client', rnokpp: good });
    expect(res.status).toBe(201);
  });

  test('an ЄДРПОУ already used by another counterparty is refused, empty codes may repeat', async () => {
    const code = makeEdrpou('3300012');
    expect((await suite.admin.post(cm(COUNTERPARTY), { name: 'Перший', kind: 'client', edrpou: code })).status).toBe(201);
    await refused(COUNTERPARTY, { name: 'Другий', kind: 'client', edrpou: code }, 'edrpou', 'ЄДРПОУ: уже належить контрагенту «Перший»');
    expect((await suite.admin.post(cm(COUNTERPARTY), { name: 'Без коду 1', kind: 'prospect' })).status).toBe(201);
    expect((await suite.admin.post(cm(COUNTERPARTY), { name: 'Без коду 2', kind: 'prospect', edrpou: '' })).status).toBe(201);
  });

  test('updating a counterparty keeps its own code and refuses a bad one without changing the record', async () => {
    const code = makeEdrpou('2100034');
    const created = await suite.admin.post(cm(COUNTERPARTY), { name: 'Оновлюваний', kind: 'client', edrpou: code });
    const id = created.body.data.documentId;
    expect((await suite.admin.put(cm(COUNTERPARTY, id), { name: 'Оновлений', edrpou: code })).status).toBe(200);
    const res = await suite.admin.put(cm(COUNTERPARTY, id), { name: 'Зіпсований', edrpou: '12345679' });
    expect(res.status).toBe(400);
    expect(res.body.error.message).toBe('ЄДРПОУ: контрольна цифра не збігається');
    expect(res.body.error.details.errors).toEqual([{ path: ['edrpou'], message: 'ЄДРПОУ: контрольна цифра не збігається', name: 'ValidationError' }]);
    const stored = await suite.app.strapi.documents(COUNTERPARTY as any).findOne({ documentId: id });
    expect(stored).toMatchObject({ name: 'Оновлений', edrpou: code });
  });

  test('bank accounts: IBAN mod-97, UA length, МФО matching the IBAN', async () => {
    const iban = makeUaIban('305299', '0000026007233566001');
    const brokenCheck = iban.slice(0, 2) + (iban.slice(2, 4) === '99' ? '98' : '99') + iban.slice(4);
    await refused(COUNTERPARTY, { name: 'Банк 1', kind: 'supplier', bankAccounts: [{ iban: brokenCheck }] }, 'bankAccounts.0.iban', 'Банківські рахунки › 1 › IBAN: контрольні цифри не збігаються');
    await refused(COUNTERPARTY, { name: 'Банк 2', kind: 'supplier', bankAccounts: [{ iban: iban.slice(0, 28) }] }, 'bankAccounts.0.iban', 'Банківські рахунки › 1 › IBAN: для країни UA має містити 29 символів');
    await refused(
      COUNTERPARTY,
      { name: 'Банк 3', kind: 'supplier', bankAccounts: [{ iban, mfo: '305299' }, { iban, mfo: '300465' }] },
      'bankAccounts.1.mfo',
      'Банківські рахунки › 2 › МФО: не збігається з кодом банку в IBAN',
    );
    const spaced = iban.replace(/(.{4})/g, '$1 ').trim().toLowerCase();
    const res = await suite.admin.post(cm(COUNTERPARTY), { name: 'Банк 4', kind: 'supplier', bankAccounts: [{ iban: spaced, mfo: '305299', bankName: 'ПриватБанк' }] });
    expect(res.status).toBe(201);
    const stored: any = await suite.app.strapi.documents(COUNTERPARTY as any).findOne({ documentId: res.body.data.documentId, populate: ['bankAccounts'] });
    expect(stored.bankAccounts[0].iban).toBe(iban);
  });

  test('phones are stored in E.164 and garbage is refused', async () => {
    const res = await suite.admin.post(cm(COUNTERPARTY), { name: 'Телефон', kind: 'client', phone: '(067) 123-45-67' });
    expect(res.status).toBe(201);
    expect(res.body.data.phone).toBe('+380671234567');
    await refused(COUNTERPARTY, { name: 'Поганий телефон', kind: 'client', phone: 'дзвоніть вдень' }, 'phone');
  });

  test('foreign IBANs are checked by mod-97 too', async () => {
    const res = await suite.admin.post(cm(COUNTERPARTY), { name: 'Partner GmbH', kind: 'partner', bankAccounts: [{ iban: 'DE89 3704 0044 0532 0130 00', currency: 'EUR' }] });
    expect(res.status).toBe(201);
    await refused(COUNTERPARTY, { name: 'Bad GmbH', kind: 'partner', bankAccounts: [{ iban: 'DE88370400440532013000' }] }, 'bankAccounts.0.iban');
  });

  test('a VAT payer number (ІПН) must be 12 digits', async () => {
    await refused(COUNTERPARTY, { name: 'Платник ПДВ', kind: 'client', vatNumber: '12345' }, 'vatNumber', /: має складатися з 12 цифр$/);
    expect((await suite.admin.post(cm(COUNTERPARTY), { name: 'Платник ПДВ', kind: 'client', vatNumber: '143605704022' })).status).toBe(201);
  });
});

describe('the language of messages', () => {
  const wrong = { name: 'Хибний ЄДРПОУ', kind: 'client', edrpou: '14360571' };

  test('a wrong ЄДРПОУ through the content manager answers in Ukrainian by default', async () => {
    const res = await suite.admin.post(cm(COUNTERPARTY), wrong).set('Accept-Language', 'uk-UA,uk;q=0.9,en;q=0.8');
    expect(res.status).toBe(400);
    expect(res.body.error).toMatchObject({
      name: 'ValidationError',
      message: 'ЄДРПОУ: контрольна цифра не збігається',
      details: { errors: [{ path: ['edrpou'], message: 'ЄДРПОУ: контрольна цифра не збігається' }] },
    });
  });

  test('with Accept-Language: en the same refusal is in English, under the same path', async () => {
    const res = await suite.admin.post(cm(COUNTERPARTY), wrong).set('Accept-Language', 'en');
    expect(res.status).toBe(400);
    expect(res.body.error).toMatchObject({
      name: 'ValidationError',
      message: 'edrpou: check digit does not match',
      details: { errors: [{ path: ['edrpou'], message: 'edrpou: check digit does not match' }] },
    });
  });
});

describe('phones of employees and callers', () => {
  test('an employee phone and an inbound request caller phone are validated and normalized', async () => {
    await refused('api::employee.employee', { fullName: 'Нова Працівниця', phone: '+38 (0' }, 'phone');
    const employee = await suite.admin.post(cm('api::employee.employee'), { fullName: 'Нова Працівниця', phone: '050 111 22 33' });
    expect(employee.body.data.phone).toBe('+380501112233');
    const request = 'api::inbound-request.inbound-request';
    await refused(request, { receivedAt: '2026-03-01T09:00:00.000Z', channel: 'phone', callerPhone: 'abc' }, 'callerPhone');
    const created = await suite.admin.post(cm(request), { receivedAt: '2026-03-01T09:00:00.000Z', channel: 'phone', callerPhone: '0671234567' });
    expect(created.body.data.callerPhone).toBe('+380671234567');
  });
});

describe('contact persons', () => {
  test('a contact person phone is validated and normalized', async () => {
    await refused(CONTACT, { fullName: 'Іван Петренко', phone: '12' }, 'phone');
    const res = await suite.admin.post(cm(CONTACT), { fullName: 'Іван Петренко', phone: '380 50 765 43 21' });
    expect(res.status).toBe(201);
    expect(res.body.data.phone).toBe('+380507654321');
  });
});

describe('invoice numbers', () => {
  test('a number is unique within the year of the invoice date, and may repeat in another year', async () => {
    const client = await suite.admin.post(cm(COUNTERPARTY), { name: 'Покупець', kind: 'client' });
    const counterparty = client.body.data.documentId;
    const invoice = (number: string, date: string) => ({ number, date, counterparty, lines: [] });
    expect((await suite.admin.post(cm(INVOICE), invoice('Р-1', '2025-03-01'))).status).toBe(201);
    await refused(INVOICE, invoice('Р-1', '2025-12-31'), 'number', 'Номер: у 2025 році вже використовується іншим рахунком');
    expect((await suite.admin.post(cm(INVOICE), invoice('Р-1', '2026-01-01'))).status).toBe(201);
  });
});
