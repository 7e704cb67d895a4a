/**
 * The public website form (POST /api/inbound-requests/web): body size and per-address rate limit.
 * Read by src/middlewares/web-form-guard.ts and the inbound-request web-form services.
 */
export default ({ env }) => ({
  path: '/api/inbound-requests/web',
  maxBodyBytes: env.int('WEB_FORM_MAX_BODY_BYTES', 16 * 1024),
  rateLimit: {
    max: env.int('WEB_FORM_RATE_LIMIT', 10),
    windowMs: env.int('WEB_FORM_RATE_WINDOW_MS', 60_000),
  },
});
