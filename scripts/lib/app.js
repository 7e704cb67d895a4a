/** Boots the compiled Vitrylo app from a command-line script (demo, seed, imports). */
const path = require('path');
const { ensureEnvFile } = require('./ensure-env');

const appDir = path.resolve(__dirname, '../..');
const distDir = path.join(appDir, 'dist');

const DEMO_DEFAULTS = {
  ADMIN_EMAIL: 'admin@vitrylo.demo',
  ADMIN_PASSWORD: 'Vitrylo-Admin-2026',
  DEMO_PASSWORD: 'Vitrylo-Demo-2026',
};

function prepareEnvironment() {
  process.chdir(appDir);
  ensureEnvFile(appDir);
  process.env.STRAPI_TELEMETRY_DISABLED = 'true';
  // With a webhook on entry events, a demo seed leaves thousands of the Document Service's post-commit reads
  // queued for the pool (src/database/entry-events-when-heard.ts); the last of them may wait minutes.
  process.env.DATABASE_CONNECTION_TIMEOUT = process.env.DATABASE_CONNECTION_TIMEOUT || '600000';
  for (const [name, value] of Object.entries(DEMO_DEFAULTS)) process.env[name] = process.env[name] || value;
}

async function compile() {
  const { compileStrapi } = require('@strapi/strapi');
  await compileStrapi({ appDir });
}

async function loadApp() {
  const { createStrapi } = require('@strapi/strapi');
  return createStrapi({ appDir, distDir }).load();
}

function numberArgument(args, name, fallback) {
  const index = args.indexOf(name);
  if (index === -1) return fallback;
  const value = Number(args[index + 1]);
  if (!Number.isInteger(value) || value < 1) throw new Error(`${name} needs a whole number of at least 1`);
  return value;
}

module.exports = { appDir, distDir, prepareEnvironment, compile, loadApp, numberArgument };
