import { checkRateLimitSettings, clientKey } from '../../src/domain/rate-limit';

describe('clientKey', () => {
  const token = (id: number | string) => ({ strategy: { name: 'content-api-token' }, credentials: { id } });

  test('an API token is counted by its id, wherever it calls from', () => {
    expect(clientKey({ state: { auth: token(7) }, ip: '198.51.100.1' })).toBe('content-api-token:7');
    expect(clientKey({ state: { auth: token(7) }, ip: '198.51.100.2' })).toBe('content-api-token:7');
  });

  test('different tokens behind one address have their own keys', () => {
    expect(clientKey({ state: { auth: token(1) }, ip: '10.0.0.1' })).not.toBe(clientKey({ state: { auth: token(2) }, ip: '10.0.0.1' }));
  });

  test('a token and a REST user with the same id do not share a key', () => {
    const user = { strategy: { name: 'users-permissions' }, credentials: { id: 7 } };
    expect(clientKey({ state: { auth: user } })).toBe('users-permissions:7');
    expect(clientKey({ state: { auth: user } })).not.toBe(clientKey({ state: { auth: token(7) } }));
  });

  test('without an authenticated caller the client address counts', () => {
    expect(clientKey({ state: {}, ip: '203.0.113.9' })).toBe('address:203.0.113.9');
    expect(clientKey({ state: { auth: { strategy: { name: 'x' }, credentials: null } }, ip: '203.0.113.9' })).toBe('address:203.0.113.9');
    expect(clientKey({})).toBe('address:unknown');
  });
});

describe('checkRateLimitSettings', () => {
  const names = { max: 'LOOKUP_RATE_LIMIT', windowMs: 'LOOKUP_RATE_WINDOW_MS' };

  test('returns good settings', () => {
    expect(checkRateLimitSettings({ max: 60, windowMs: 60_000 }, names)).toEqual({ max: 60, windowMs: 60_000 });
  });

  test('names the variable of a bad value', () => {
    expect(() => checkRateLimitSettings({ max: NaN, windowMs: 60_000 }, names)).toThrow(/^LOOKUP_RATE_LIMIT: must be a whole number/);
    expect(() => checkRateLimitSettings({ max: 60, windowMs: 0 }, names)).toThrow(/^LOOKUP_RATE_WINDOW_MS: must be a whole number/);
    expect(() => checkRateLimitSettings({ max: 0.5, windowMs: -1 }, names)).toThrow(/^LOOKUP_RATE_LIMIT: .*; LOOKUP_RATE_WINDOW_MS: /);
  });
});
