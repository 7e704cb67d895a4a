import { corsAnswer, createCorsPolicy, normalizePath, originOf, parseOriginList } from '../../src/domain/cors';

const WEB_FORM = '/api/inbound-requests/web';

describe('originOf', () => {
  test.each([
    ['https://crm.example.ua', 'https://crm.example.ua'],
    ['https://crm.example.ua/', 'https://crm.example.ua'],
    ['HTTPS://CRM.Example.UA:443/vitrylo', 'https://crm.example.ua'],
    ['http://127.0.0.1:1337', 'http://127.0.0.1:1337'],
    [' https://example.ua ', 'https://example.ua'],
  ])('%s → %s', (value, origin) => {
    expect(originOf(value)).toBe(origin);
  });

  test.each(['', 'crm.example.ua', '/admin', 'null', 'ftp://example.ua', 'javascript:alert(1)'])('%p is no http(s) origin', (value) => {
    expect(originOf(value)).toBeNull();
  });
});

describe('parseOriginList (CORS_ORIGINS)', () => {
  test('reads a comma-separated list, normalizes, drops blanks and duplicates', () => {
    expect(parseOriginList(' https://crm.example.ua, https://Example.ua/ ,,https://crm.example.ua')).toEqual(['https://crm.example.ua', 'https://example.ua']);
  });

  test('unset or empty is an empty list', () => {
    expect(parseOriginList(undefined)).toEqual([]);
    expect(parseOriginList('')).toEqual([]);
  });

  test('refuses a wildcard, naming the variable', () => {
    expect(() => parseOriginList('https://example.ua,*')).toThrow(/^CORS_ORIGINS: "\*" is not allowed/);
  });

  test.each(['example.ua', 'https://example.ua/form', 'https://example.ua?x=1', 'ftp://example.ua', 'https://a.uahttps://b.ua'])(
    'refuses %p, naming the variable and the entry',
    (entry) => {
      expect(() => parseOriginList(entry)).toThrow(new RegExp(`^CORS_ORIGINS: "${entry.replace(/[?.*/]/g, '\\$&')}" is not an origin`));
    },
  );
});

describe('createCorsPolicy', () => {
  test("PUBLIC_URL's origin comes first, then CORS_ORIGINS", () => {
    const policy = createCorsPolicy({ publicUrl: 'https://crm.example.ua/vitrylo/', corsOrigins: 'https://example.ua,https://crm.example.ua', publicPaths: [WEB_FORM] });
    expect(policy).toEqual({ credentialedOrigins: ['https://crm.example.ua', 'https://example.ua'], publicPaths: [WEB_FORM] });
  });

  test('an empty or relative PUBLIC_URL adds nothing', () => {
    expect(createCorsPolicy({ publicUrl: '', corsOrigins: '' }).credentialedOrigins).toEqual([]);
    expect(createCorsPolicy({ publicUrl: '/crm' }).credentialedOrigins).toEqual([]);
  });
});

describe('corsAnswer', () => {
  const policy = createCorsPolicy({ publicUrl: 'https://crm.example.ua', corsOrigins: 'https://example.ua', publicPaths: [WEB_FORM] });

  test('a configured origin is answered with credentials, echoing the origin', () => {
    expect(corsAnswer(policy, { origin: 'https://crm.example.ua', path: '/admin/login' })).toEqual({ allowOrigin: 'https://crm.example.ua', credentials: true });
    expect(corsAnswer(policy, { origin: 'https://example.ua', path: '/api/counterparties' })).toEqual({ allowOrigin: 'https://example.ua', credentials: true });
  });

  test.each(['https://evil.example', 'http://crm.example.ua', 'https://crm.example.ua:8443', 'https://sub.crm.example.ua', 'https://crm.example.ua.evil.example', 'null'])(
    'any other origin (%s) gets no CORS answer',
    (origin) => {
      expect(corsAnswer(policy, { origin, path: '/admin/login' })).toBeNull();
      expect(corsAnswer(policy, { origin, path: '/api/counterparties' })).toBeNull();
    },
  );

  test('a request without Origin is not a CORS request', () => {
    expect(corsAnswer(policy, { origin: '', path: '/admin/login' })).toBeNull();
    expect(corsAnswer(policy, { path: WEB_FORM })).toBeNull();
  });

  test.each([WEB_FORM, `${WEB_FORM}/`, '/api/Inbound-Requests/WEB', '/api/inbound%2Drequests/web'])('the public path %s answers any origin with "*" and no credentials', (path) => {
    for (const origin of ['https://evil.example', 'https://crm.example.ua', 'null']) {
      expect(corsAnswer(policy, { origin, path })).toEqual({ allowOrigin: '*', credentials: false });
    }
  });

  test('other paths under the public one are not public', () => {
    expect(corsAnswer(policy, { origin: 'https://evil.example', path: `${WEB_FORM}/x` })).toBeNull();
    expect(corsAnswer(policy, { origin: 'https://evil.example', path: '/api/inbound-requests' })).toBeNull();
  });

  test('with nothing configured, no origin is allowed with credentials', () => {
    const closed = createCorsPolicy({});
    expect(corsAnswer(closed, { origin: 'https://crm.example.ua', path: '/admin/login' })).toBeNull();
  });
});

describe('normalizePath', () => {
  test('lower case, decoded, without trailing slashes', () => {
    expect(normalizePath('/API/Inbound-Requests/web//')).toBe('/api/inbound-requests/web');
    expect(normalizePath('/')).toBe('/');
    expect(normalizePath('/%E0%A4%A')).toBe('/%e0%a4%a');
  });
});
