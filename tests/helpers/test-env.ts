import crypto from 'crypto';

/** Secrets for a throw-away test instance: random per process, never read from .env. */
export function setTestSecrets(): void {
  const random = () => crypto.randomBytes(16).toString('base64');
  process.env.APP_KEYS = `${random()},${random()}`;
  process.env.API_TOKEN_SALT = random();
  process.env.ADMIN_JWT_SECRET = random();
  process.env.TRANSFER_TOKEN_SALT = random();
  process.env.JWT_SECRET = random();
  process.env.ENCRYPTION_KEY = random();
  process.env.STRAPI_TELEMETRY_DISABLED = 'true';
  process.env.STARTUP_BANNER = 'false';
  process.env.CRON_ENABLED = 'false';
  process.env.NODE_ENV = 'test';
}
