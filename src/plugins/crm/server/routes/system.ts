import type { Core } from '@strapi/strapi';
import { lastCronRuns } from '../../../../cron';
import { formatDateTime } from '../../../../domain/format';
import { businessTime } from '../../../../time/business-time';
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

/** GET /crm/system: what runs here — versions, Node, the database, the scheduled tasks and their last runs — for "Про систему". */
export default defineRoute({
  method: 'GET',
  path: '/system',
  action: 'system.read',
  async handler({ strapi }) {
    const { timeZone } = businessTime(strapi);
    const when = (iso: string | undefined) => (iso ? formatDateTime(new Date(iso), timeZone) : null);
    const tasks = (await lastCronRuns(strapi)).map((task) => ({
      name: task.name,
      description: task.description,
      rule: task.rule,
      tz: task.tz,
      lastRun: task.lastRun ? { outcome: task.lastRun.outcome, startedAt: when(task.lastRun.startedAt), error: task.lastRun.error } : null,
      lastSkipped: when(task.lastSkipped?.startedAt),
    }));
    return {
      data: {
        vitrylo: strapi.config.get('info.version') ?? null,
        strapi: strapi.config.get('info.strapi') ?? null,
        node: process.version,
        database: { client: strapi.db.dialect.client, version: await databaseVersion(strapi) },
        cronEnabled: Boolean(strapi.config.get('server.cron.enabled')),
        timeZone,
        tasks,
      },
    };
  },
});
