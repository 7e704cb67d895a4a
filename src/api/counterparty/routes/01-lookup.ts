/**
 * Caller ID for telephony: GET /api/counterparties/lookup?phone=... Needs an API token whose
 * permissions include api::counterparty.counterparty.lookup (custom) or a full-access one.
 * Loaded before the core router, so "lookup" is not taken for a documentId.
 */
export default {
  routes: [
    {
      method: 'GET',
      path: '/counterparties/lookup',
      handler: 'api::counterparty.counterparty.lookup',
    },
  ],
};
