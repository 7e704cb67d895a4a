/**
 * Caller ID for telephony: GET /api/counterparties/lookup?phone=... Needs an API token whose
 * permissions include api::counterparty.counterparty.lookup (custom) or a full-access one.
 * Loaded before the core router, so "lookup" is not taken for a documentId.
 * Rate-limited per token (config/caller-id.ts): a token must not be usable to enumerate phone numbers.
 */
export default {
  routes: [
    {
      method: 'GET',
      path: '/counterparties/lookup',
      handler: 'api::counterparty.counterparty.lookup',
      config: { middlewares: ['api::counterparty.lookup-rate-limit'] },
    },
  ],
};
