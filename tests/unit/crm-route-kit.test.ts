import { z } from '@strapi/utils';
import { buildRoute, defineRoute } from '../../src/plugins/crm/server/kit/route';
import { CRM_ACTIONS } from '../../src/plugins/crm/server/kit/actions';
import { ROLES } from '../../src/access/roles';

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
  await expect(call({ from: '2026-11-01', populate: '*' })).rejects.toMatchObject({ name: 'ValidationError', message: 'query.populate: not accepted here' });
  await expect(call({ from: 'yesterday' })).rejects.toMatchObject({ name: 'ValidationError', message: expect.stringMatching(/^query\.from: /) });
});

test('every CRM action goes to known roles', () => {
  const codes = new Set(ROLES.map((r) => r.code));
  for (const action of CRM_ACTIONS) for (const role of action.roles) expect(codes.has(role)).toBe(true);
});
