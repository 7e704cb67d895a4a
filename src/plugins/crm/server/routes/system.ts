import type { Core } from '@strapi/strapi';
import { defineRoute } from '../kit/route';

async function databaseVersion(strapi: Core.Strapi): Promise<string | null> {
  const client = strapi.db.dialect.client;
  try {
    if (client === 'postgres') return ((await strapi.db.connection.raw('select version() as v')) as any).rows[0].v.split(' ').slice(0, 2).join(' ');
    if (client === 'sqlite') return `SQLite ${((await strapi.db.connection.raw('select sqlite_version() as v')) as any)[0].v}`;
  } catch {
    return null;
  }
  return null;
}

/** GET /crm/system: what runs here — Vitrylo's and Strapi's versions, Node, the database — for the "Про систему" page. */
export default defineRoute({
  method: 'GET',
  path: '/system',
  action: 'system.read',
  async handler({ strapi }) {
    return {
      data: {
        vitrylo: strapi.config.get('info.version') ?? null,
        strapi: strapi.config.get('info.strapi') ?? null,
        node: process.version,
        database: { client: strapi.db.dialect.client, version: await databaseVersion(strapi) },
        cronEnabled: Boolean(strapi.config.get('server.cron.enabled')),
      },
    };
  },
});
