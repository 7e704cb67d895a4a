import { pickContact, readPhoneQuery, toCallerCard } from '../../src/domain/caller-id';

describe('readPhoneQuery', () => {
  test.each(['0671234567', '+380 67 123 45 67', '380671234567', '(067) 123-45-67'])('%s → E.164 with the stored spellings', (input) => {
    const q = readPhoneQuery(input);
    expect(q.ok).toBe(true);
    expect(q.value).toEqual({ e164: '+380671234567', variants: ['+380671234567', '380671234567', '0671234567'] });
  });

  test('foreign numbers have no national variant', () => {
    expect(readPhoneQuery('+48 22 123 45 67').value).toEqual({ e164: '+48221234567', variants: ['+48221234567', '48221234567'] });
  });

  test('missing, blank, garbage, too long or not a string is refused', () => {
    expect(readPhoneQuery(undefined)).toMatchObject({ ok: false, reason: 'is required' });
    expect(readPhoneQuery('  ')).toMatchObject({ ok: false, reason: 'is required' });
    expect(readPhoneQuery('abc').ok).toBe(false);
    expect(readPhoneQuery('1'.repeat(41)).ok).toBe(false);
    expect(readPhoneQuery(['0671234567', '0671234568']).ok).toBe(false);
    expect(readPhoneQuery({ $ne: '' }).ok).toBe(false);
  });
});

describe('pickContact', () => {
  test('prefers a contact of a counterparty, then the primary one, then the latest updated', () => {
    const loose = { id: 1, isPrimary: true, updatedAt: '2025-03-01', counterparty: null };
    const old = { id: 2, isPrimary: false, updatedAt: '2025-01-01', counterparty: {} };
    const fresh = { id: 3, isPrimary: false, updatedAt: '2025-02-01', counterparty: {} };
    const primary = { id: 4, isPrimary: true, updatedAt: '2024-01-01', counterparty: {} };
    expect(pickContact([loose, old, fresh])?.id).toBe(3);
    expect(pickContact([loose, old, fresh, primary])?.id).toBe(4);
    expect(pickContact([loose])?.id).toBe(1);
    expect(pickContact([])).toBeNull();
  });
});

describe('toCallerCard', () => {
  test('shapes the rows, at most 3 interactions, with the employee name', () => {
    const card = toCallerCard({
      phone: '+380671234567',
      contactPerson: { documentId: 'c1', fullName: 'Іван Петренко', position: 'Директор' },
      counterparty: { documentId: 'k1', name: 'ТОВ Ромашка', kind: 'client', state: 'active', manager: { fullName: 'Марія', phone: '+380501112233' } },
      interactions: [
        { occurredAt: '2025-05-04T10:00:00.000Z', kind: 'call-in', subject: 'Ціна', employee: { fullName: 'Марія' } },
        { occurredAt: new Date('2025-05-03T10:00:00Z'), kind: 'meeting', subject: null, employee: null },
        { occurredAt: '2025-05-02T10:00:00.000Z', kind: 'email' },
        { occurredAt: '2025-05-01T10:00:00.000Z', kind: 'visit' },
      ],
    });
    expect(card).toEqual({
      phone: '+380671234567',
      matchedBy: 'contact-person',
      counterparty: { documentId: 'k1', name: 'ТОВ Ромашка', kind: 'client', state: 'active' },
      contactPerson: { documentId: 'c1', fullName: 'Іван Петренко', position: 'Директор' },
      manager: { fullName: 'Марія', phone: '+380501112233' },
      lastInteractions: [
        { occurredAt: '2025-05-04T10:00:00.000Z', kind: 'call-in', subject: 'Ціна', employeeName: 'Марія' },
        { occurredAt: '2025-05-03T10:00:00.000Z', kind: 'meeting', subject: null, employeeName: null },
        { occurredAt: '2025-05-02T10:00:00.000Z', kind: 'email', subject: null, employeeName: null },
      ],
    });
  });

  test('a counterparty matched by its own number has no contact person; no manager gives null', () => {
    const card = toCallerCard({ phone: '+380441234567', counterparty: { documentId: 'k', name: 'Банк' } });
    expect(card).toMatchObject({ matchedBy: 'counterparty', contactPerson: null, manager: null, lastInteractions: [] });
  });
});
