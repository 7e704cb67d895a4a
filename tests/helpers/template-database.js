/**
 * Creating Vitrylo's schema (some 150 tables with their links and indexes) is about half of a suite's boot.
 * The run's global setup boots the app once on a template database; every suite then gets a copy of it
 * (CREATE DATABASE … TEMPLATE on PostgreSQL, a file copy on SQLite), still a database of its own, whose
 * boot finds the schema in place. The template holds only what a first boot writes: no users, no data.
 */
const fs = require('fs');
const path = require('path');
const crypto = require('crypto');
const { spawnSync } = require('child_process');

const appDir = path.resolve(__dirname, '../..');
const ENV_KEY = 'VITRYLO_TEST_TEMPLATE';
/** The browser tests' template: the schema and the demo company. */
const DEMO_ENV_KEY = 'VITRYLO_TEST_DEMO_TEMPLATE';

function baseUrl() {
  return process.env.VITRYLO_TEST_BASE_URL ?? process.env.DATABASE_URL ?? '';
}

async function withAdminClient(fn) {
  const { Client } = require('pg');
  const client = new Client({ connectionString: baseUrl() });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/**
 * Boots the compiled app once in a child process (a boot in Jest's own process would take its listeners);
 * with `demo`, seeds the demo company into it (the browser tests' template).
 */
function bootOnce(env, demo) {
  const seed = demo ? `.then(async (strapi) => { await require(${JSON.stringify(path.join(appDir, 'dist', 'src', 'seed'))}).setupDemo(strapi, ${JSON.stringify(demo)}); return strapi; })` : '';
  const script = `
    const { createStrapi } = require('@strapi/strapi');
    createStrapi({ appDir: ${JSON.stringify(appDir)}, distDir: ${JSON.stringify(path.join(appDir, 'dist'))}, autoReload: false, serveAdminPanel: false })
      .load()${seed}.then((strapi) => strapi.destroy()).then(() => process.exit(0), (error) => { console.error(error); process.exit(1); });`;
  const random = () => crypto.randomBytes(16).toString('base64');
  // the run's shared secrets when it has them (the browser tests: the template's API tokens must stay readable)
  const shared = process.env.VITRYLO_TEST_SECRETS ? JSON.parse(process.env.VITRYLO_TEST_SECRETS) : {};
  const result = spawnSync(process.execPath, ['-e', script], {
    cwd: appDir,
    stdio: 'inherit',
    env: {
      ...process.env,
      ...env,
      APP_KEYS: `${random()},${random()}`,
      API_TOKEN_SALT: random(),
      ADMIN_JWT_SECRET: random(),
      TRANSFER_TOKEN_SALT: random(),
      JWT_SECRET: random(),
      ENCRYPTION_KEY: random(),
      ...shared,
      STRAPI_TELEMETRY_DISABLED: 'true',
      CRON_ENABLED: 'false',
      NODE_ENV: 'test',
      LOG_LEVEL: 'warn',
    },
  });
  if (result.status !== 0) throw new Error(`booting the template database failed with exit code ${result.status}`);
}

/** `options.demo`: the setupDemo options to seed the template with (the browser tests all start from the demo company). */
async function prepareTemplate(options = {}) {
  const envKey = options.demo ? DEMO_ENV_KEY : ENV_KEY;
  if (process.env[envKey]) return; // another project of this run made it
  const name = `vitrylo_template_${process.pid}_${crypto.randomBytes(3).toString('hex')}`;
  if (baseUrl().startsWith('postgres')) {
    await withAdminClient((client) => client.query(`CREATE DATABASE "${name}"`));
    const url = new URL(baseUrl());
    url.pathname = `/${name}`;
    bootOnce({ DATABASE_URL: url.toString(), DATABASE_CLIENT: '' }, options.demo);
    process.env[envKey] = name;
    return;
  }
  const file = path.resolve(appDir, '.tmp', `${name}.db`);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  bootOnce({ DATABASE_URL: '', DATABASE_CLIENT: 'sqlite', DATABASE_FILENAME: file }, options.demo);
  process.env[envKey] = file;
}

async function dropTemplate() {
  for (const envKey of [ENV_KEY, DEMO_ENV_KEY]) await dropTemplateOf(envKey);
}

async function dropTemplateOf(envKey) {
  const template = process.env[envKey];
  if (!template) return;
  delete process.env[envKey];
  if (baseUrl().startsWith('postgres')) {
    await withAdminClient((client) => client.query(`DROP DATABASE IF EXISTS "${template}" WITH (FORCE)`));
    return;
  }
  for (const suffix of ['', '-wal', '-shm', '-journal']) fs.rmSync(template + suffix, { force: true });
}

module.exports = { prepareTemplate, dropTemplate, ENV_KEY, DEMO_ENV_KEY };
