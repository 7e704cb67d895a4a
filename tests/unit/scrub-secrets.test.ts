import { scrubSecrets } from '../../src/domain/security/scrub-secrets';

test('credentials go at any depth; a freshly shown plain API key stays', () => {
  const hash = 'a'.repeat(128);
  const plainKey = 'b'.repeat(256);
  const body = {
    results: [{ id: 1, employee: { adminUser: { email: 'x@y', password: '$2a$10$abc', resetPasswordToken: 't', registrationToken: null } } }],
    token: { accessKey: hash },
    created: { accessKey: plainKey },
    user: { confirmationToken: 'c', username: 'u' },
  };
  expect(scrubSecrets(body)).toBe(5);
  expect(JSON.stringify(body)).not.toMatch(/password|resetPasswordToken|registrationToken|confirmationToken/);
  expect(body.token).toEqual({});
  expect(body.created.accessKey).toBe(plainKey);
});

test('cycles and plain values are safe', () => {
  const a: any = { password: 'x' };
  a.self = a;
  expect(scrubSecrets(a)).toBe(1);
  expect(scrubSecrets('text')).toBe(0);
  expect(scrubSecrets(null)).toBe(0);
});

test('a schema describing these fields is not a secret', () => {
  const init = { contentTypes: [{ uid: 'plugin::users-permissions.user', attributes: { password: { type: 'password', private: true }, resetPasswordToken: { type: 'string' } } }] };
  expect(scrubSecrets(init)).toBe(0);
  expect(init.contentTypes[0].attributes.password).toEqual({ type: 'password', private: true });
});
