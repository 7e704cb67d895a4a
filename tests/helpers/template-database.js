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

/** Boots the compiled app once in a child process (a boot in Jest's own process would take its listeners). */
function bootOnce(env) {
  const script = `
    const { createStrapi } = require('@strapi/strapi');
    createStrapi({ appDir: ${JSON.stringify(appDir)}, distDir: ${JSON.stringify(path.join(appDir, 'dist'))}, autoReload: false, serveAdminPanel: false })
      .load().then((strapi) => strapi.destroy()).then(() => process.exit(0), (error) => { console.error(error); process.exit(1); });`;
  const random = () => crypto.randomBytes(16).toString('base64');
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
      STRAPI_TELEMETRY_DISABLED: 'true',
      CRON_ENABLED: 'false',
      NODE_ENV: 'test',
      LOG_LEVEL: 'warn',
    },
  });
  if (result.status !== 0) throw new Error(`booting the template database failed with exit code ${result.status}`);
}

async function prepareTemplate() {
  if (process.env[ENV_KEY]) return; // another project of this run made it
  const name = `vitrylo_template_${process.pid}_${crypto.randomBytes(3).toString('hex')}`;
  if (baseUrl().startsWith('postgres')) {
    await withAdminClient((client) => client.query(`CREATE DATABASE "${name}"`));
    const url = new URL(baseUrl());
    url.pathname = `/${name}`;
    bootOnce({ DATABASE_URL: url.toString(), DATABASE_CLIENT: '' });
    process.env[ENV_KEY] = name;
    return;
  }
  const file = path.resolve(appDir, '.tmp', `${name}.db`);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  bootOnce({ DATABASE_URL: '', DATABASE_CLIENT: 'sqlite', DATABASE_FILENAME: file });
  process.env[ENV_KEY] = file;
}

async function dropTemplate() {
  const template = process.env[ENV_KEY];
  if (!template) return;
  delete process.env[ENV_KEY];
  if (baseUrl().startsWith('postgres')) {
    await withAdminClient((client) => client.query(`DROP DATABASE IF EXISTS "${template}" WITH (FORCE)`));
    return;
  }
  for (const suffix of ['', '-wal', '-shm', '-journal']) fs.rmSync(template + suffix, { force: true });
}

module.exports = { prepareTemplate, dropTemplate, ENV_KEY };
