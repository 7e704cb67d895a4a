/** Boots the compiled Vitrylo app from a command-line script (demo, seed, imports). */
const path = require('path');
const { spawnSync } = require('child_process');
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

/**
 * Builds the admin panel for production and returns the exit status. Strapi builds React, Redux and
 * styled-components in their development modes unless NODE_ENV is production while it builds (loading its
 * configuration sets NODE_ENV to development when it is unset): a panel whose every screen runs the libraries'
 * development checks, two to three times slower (the counterparty card: docs/benchmarks.md, 2026-12-03 b).
 */
function buildPanel(extraArgs = []) {
  const build = spawnSync(process.execPath, [path.join(appDir, 'node_modules/@strapi/strapi/bin/strapi.js'), 'build', ...extraArgs], {
    cwd: appDir,
    stdio: 'inherit',
    env: { ...process.env, STRAPI_TELEMETRY_DISABLED: 'true', NODE_ENV: 'production' },
  });
  return build.status ?? 1;
}

function numberArgument(args, name, fallback) {
  const index = args.indexOf(name);
  if (index === -1) return fallback;
  const value = Number(args[index + 1]);
  if (!Number.isInteger(value) || value < 1) throw new Error(`${name} needs a whole number of at least 1`);
  return value;
}

module.exports = { appDir, distDir, prepareEnvironment, compile, loadApp, buildPanel, numberArgument };
