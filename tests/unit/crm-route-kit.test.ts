import { z } from '@strapi/utils';
import { buildRoute, defineRoute } from '../../src/plugins/crm/server/kit/route';
import { CRM_ACTIONS } from '../../src/plugins/crm/server/kit/actions';
import { ROLES } from '../../src/access/roles';
import { requestIssues, SchemaIssue } from '../../src/plugins/crm/server/kit/request-issues';
import { formatIssue } from '../../src/domain/messages';

const echo = defineRoute({
  method: 'GET',
  path: '/echo',
  action: 'reports.read',
  query: z.object({ from: z.string().regex(/^\d{4}-\d{2}-\d{2}$/), page: z.coerce.number().int().min(1).default(1) }).strict(),
  handler: async ({ query, user, visibility }) => ({ query, user: user.id, canRead: typeof visibility.can }),
});

const fakeStrapi: any = {};
const call = (query: Record<string, unknown>) => {
  const ctx: any = { query, request: { body: undefined }, state: { user: { id: 7 }, userAbility: {} } };
  return buildRoute('echo', echo).controller(fakeStrapi)(ctx).then(() => ctx.body);
};

test('the route carries admin authentication and the CRM permission', () => {
  const { route } = buildRoute('echo', echo);
  expect(route).toMatchObject({ method: 'GET', path: '/echo', handler: 'kit.echo' });
  expect(route.config.policies).toEqual(['admin::isAuthenticatedAdmin', { name: 'admin::hasPermissions', config: { actions: ['plugin::crm.reports.read'] } }]);
});

test('the query is validated and typed; the handler gets the user and the visibility helper', async () => {
  expect(await call({ from: '2026-11-01', page: '2' })).toEqual({ query: { from: '2026-11-01', page: 2 }, user: 7, canRead: 'function' });
});

test('unknown keys and bad values are refused naming the field', async () => {
  await expect(call({ from: '2026-11-01', populate: '*' })).rejects.toMatchObject({ name: 'ValidationError', message: 'query.populate: тут не приймається' });
  await expect(call({ from: 'yesterday' })).rejects.toMatchObject({ name: 'ValidationError', message: expect.stringMatching(/^query\.from: /) });
});

test('every CRM action goes to known roles', () => {
  const codes = new Set(ROLES.map((r) => r.code));
  for (const action of CRM_ACTIONS) for (const role of action.roles) expect(codes.has(role)).toBe(true);
});

describe('schema issues read like every other validation message', () => {
  const issuesOf = (schema: z.ZodType<unknown>, value: unknown) => {
    const result = schema.safeParse(value);
    if (result.success) throw new Error('expected a refusal');
    return result.error.issues.flatMap((schemaIssue) => requestIssues(schemaIssue as SchemaIssue, 'query', value));
  };
  const texts = (schema: z.ZodType<unknown>, value: unknown, locale: 'uk' | 'en') => issuesOf(schema, value).map((one) => formatIssue(one, locale));

  test('unknown keys, one issue each', () => {
    const schema = z.object({ page: z.number().optional() }).strict();
    expect(texts(schema, { a: 1, b: 2 }, 'uk')).toEqual(['query.a: тут не приймається', 'query.b: тут не приймається']);
    expect(texts(schema, { a: 1 }, 'en')).toEqual(['query.a: not accepted here']);
  });

  test('missing, wrong type, out of range, not one of, wrong format', () => {
    const schema = z.object({
      uid: z.string(),
      page: z.coerce.number().int().min(1).max(500),
      kind: z.enum(['xlsx', 'json']),
      date: z.iso.date(),
    });
    expect(texts(schema, { page: '0', kind: 'pdf', date: 'вчора' }, 'uk')).toEqual([
      "query.uid: обов'язкове поле",
      'query.page: має бути не менше 1',
      'query.kind: має бути одним із: xlsx, json',
      'query.date: має неправильний формат',
    ]);
    expect(texts(schema, { uid: 5, page: '900', kind: 'json', date: '2026-11-29' }, 'en')).toEqual([
      'query.uid: must be a string',
      'query.page: must be at most 500',
    ]);
  });
});
