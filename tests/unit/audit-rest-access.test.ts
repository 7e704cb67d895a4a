import { mayReadAuditTrailOverRest } from '../../src/domain/audit';

const token = (type: string, strategy = 'content-api-token') => ({ strategy: { name: strategy }, credentials: { id: 1, type } });

describe('mayReadAuditTrailOverRest', () => {
  test('a custom API token may (Strapi checks its audit-entry permission itself)', () => {
    expect(mayReadAuditTrailOverRest(token('custom'))).toBe(true);
    expect(mayReadAuditTrailOverRest(token('custom', 'api-token'))).toBe(true);
  });

  test('read-only and full-access tokens may not: they never chose the audit trail', () => {
    expect(mayReadAuditTrailOverRest(token('read-only'))).toBe(false);
    expect(mayReadAuditTrailOverRest(token('full-access'))).toBe(false);
  });

  test('REST end users, admin tokens and anonymous callers may not', () => {
    expect(mayReadAuditTrailOverRest({ strategy: { name: 'users-permissions' }, credentials: { type: 'custom' } })).toBe(false);
    expect(mayReadAuditTrailOverRest(token('custom', 'admin-token'))).toBe(false);
    expect(mayReadAuditTrailOverRest({ strategy: { name: 'content-api-token' }, credentials: null })).toBe(false);
    expect(mayReadAuditTrailOverRest(null)).toBe(false);
    expect(mayReadAuditTrailOverRest(undefined)).toBe(false);
  });
});
