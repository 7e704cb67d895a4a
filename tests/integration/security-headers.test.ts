import { suiteWithSuperAdmin } from '../helpers/suite';
import { strapiInternalModule } from '../../src/database/strapi-internal-module';

/**
 * strapi::security, extended by src/server/security-once.ts, gives every response exactly the headers Strapi's own
 * strapi::security would have set on it, for each kind of request, whatever kind was asked before.
 */

const suite = suiteWithSuperAdmin();

/** the headers Strapi's security middleware sets on a request of this method and path, worked out afresh */
async function strapiHeaders(method: string, path: string): Promise<Record<string, unknown>> {
  const { security } = strapiInternalModule<any>('@strapi/core', 'middlewares', 'security.js');
  const set: Record<string, unknown> = {};
  const res = { setHeader: (name: string, value: unknown) => { set[name.toLowerCase()] = value; }, removeHeader: (name: string) => { set[name.toLowerCase()] = undefined; }, getHeader: () => undefined };
  await security({}, { strapi: suite.app.strapi })({ method, path, url: path, req: { method, url: path, headers: {} }, res }, async () => undefined);
  return set;
}

const requests: Array<[string, string]> = [
  ['GET', '/api/counterparties'],
  ['GET', '/documentation/v1.0.0'],
  ['GET', '/admin'],
  ['POST', '/admin/login'],
  ['GET', '/_health'],
  ['GET', '/documentation/openapi.json'],
  ['POST', '/documentation/v1.0.0'],
  ['GET', '/admin/content-manager/collection-types/api::counterparty.counterparty'],
];

test('each kind of request gets Strapi\'s own security headers, in any order of requests', async () => {
  const policies = new Set<unknown>();
  for (const order of [requests, [...requests].reverse()]) {
    for (const [method, path] of order) {
      const res = method === 'GET' ? await suite.app.http.get(path) : await suite.app.http.post(path).send({});
      const expected = await strapiHeaders(method, path);
      expect(Object.keys(expected).length).toBeGreaterThan(5);
      for (const [name, value] of Object.entries(expected)) {
        if (value === undefined) continue; // removed (X-Powered-By): strapi::poweredBy, later in the chain, sets its own
        const shown = Array.isArray(value) ? value.join(', ') : String(value);
        expect({ method, path, name, value: res.headers[name] }).toEqual({ method, path, name, value: shown });
      }
      policies.add(res.headers['content-security-policy']);
    }
  }
  // the documentation's page loads its script from a CDN, the rest of Vitrylo from nowhere but itself
  expect(policies.size).toBeGreaterThan(1);
});
