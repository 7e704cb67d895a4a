/**
 * The browser tests need the real admin panel: build it (Vite, ~40 s) and compile the server once per run.
 * Then the demo company is seeded once into the run's template database; each test file starts from a copy
 * of it (its own database still) instead of seeding it again, with the run's shared secrets.
 */
const path = require('path');
const { spawnSync } = require('child_process');
const crypto = require('crypto');
const { prepareTemplate } = require('./template-database');
const { E2E_DEMO_OPTIONS } = require('./e2e-demo');

module.exports = async () => {
  const appDir = path.resolve(__dirname, '../..');
  if (process.env.E2E_SKIP_BUILD !== 'true') {
    const build = spawnSync(process.execPath, [path.join(appDir, 'node_modules/@strapi/strapi/bin/strapi.js'), 'build'], {
      cwd: appDir,
      stdio: 'inherit',
      env: { ...process.env, STRAPI_TELEMETRY_DISABLED: 'true', NODE_ENV: 'production' },
    });
    if (build.status !== 0) throw new Error(`strapi build failed with exit code ${build.status}`);
  }
  const random = () => crypto.randomBytes(16).toString('base64');
  process.env.VITRYLO_TEST_SECRETS = JSON.stringify({
    APP_KEYS: `${random()},${random()}`,
    API_TOKEN_SALT: random(),
    ADMIN_JWT_SECRET: random(),
    TRANSFER_TOKEN_SALT: random(),
    JWT_SECRET: random(),
    ENCRYPTION_KEY: random(),
  });
  await prepareTemplate({ demo: E2E_DEMO_OPTIONS });
};
