/**
 * Caller ID for telephony (GET /api/counterparties/lookup): how many lookups one API token may make,
 * so a leaked or misused token cannot walk through phone numbers to map the client base.
 * Read by src/api/counterparty/services/lookup-rate-limiter.ts.
 */
export default ({ env }) => ({
  rateLimit: {
    max: env.int('LOOKUP_RATE_LIMIT', 60),
    windowMs: env.int('LOOKUP_RATE_WINDOW_MS', 60_000),
  },
});
