import crypto from 'crypto';

/** Secrets for a throw-away test instance, never read from .env: random per process, or the run's (VITRYLO_TEST_SECRETS). */
export function setTestSecrets(): void {
  Object.assign(process.env, process.env.VITRYLO_TEST_SECRETS ? JSON.parse(process.env.VITRYLO_TEST_SECRETS) : randomTestSecrets());
  process.env.STRAPI_TELEMETRY_DISABLED = 'true';
  process.env.STARTUP_BANNER = 'false';
  process.env.CRON_ENABLED = 'false';
  process.env.NODE_ENV = 'test';
}

/** One set of the secrets a Strapi needs. */
export function randomTestSecrets(): Record<string, string> {
  const random = () => crypto.randomBytes(16).toString('base64');
  return {
    APP_KEYS: `${random()},${random()}`,
    API_TOKEN_SALT: random(),
    ADMIN_JWT_SECRET: random(),
    TRANSFER_TOKEN_SALT: random(),
    JWT_SECRET: random(),
    ENCRYPTION_KEY: random(),
  };
}
