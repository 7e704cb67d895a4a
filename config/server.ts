import cronTasks from './cron-tasks';

export default ({ env }) => ({
  host: env('HOST', '0.0.0.0'),
  port: env.int('PORT', 1337),
  url: env('PUBLIC_URL', ''),
  // Behind a reverse proxy: trust X-Forwarded-* (client address for rate limits), reading as many
  // addresses from the end of X-Forwarded-For as there are proxies (PROXY_COUNT).
  proxy: { koa: env.bool('IS_PROXIED', false), maxIpsCount: env.int('PROXY_COUNT', 1) },
  app: { keys: env.array('APP_KEYS') },
  logger: { updates: { enabled: false }, startup: { enabled: env.bool('STARTUP_BANNER', true) } },
  // Scheduled jobs run in every process that has them on; the kit keeps one run per task at a time.
  cron: { enabled: env.bool('CRON_ENABLED', true), tasks: cronTasks({ env }) },
});
