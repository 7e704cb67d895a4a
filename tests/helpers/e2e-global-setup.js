/**
 * The browser tests need the real admin panel: build it (Vite, ~40 s) and compile the server once per run.
 * Then the demo company is seeded once into the run's template database; each test file starts from a copy
 * of it (its own database still) instead of seeding it again, with the run's shared secrets.
 */
const crypto = require('crypto');
const { buildPanel } = require('../../scripts/lib/app');
const { prepareTemplate } = require('./template-database');
const { E2E_DEMO_OPTIONS } = require('./e2e-demo');

module.exports = async () => {
  if (process.env.E2E_SKIP_BUILD !== 'true') {
    const status = buildPanel();
    if (status !== 0) throw new Error(`strapi build failed with exit code ${status}`);
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
