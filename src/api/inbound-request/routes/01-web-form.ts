/**
 * The public website form. `auth: false`: no API token and no users-permissions role is needed;
 * size and rate limits come from the global web-form-guard middleware. Loaded before the core router.
 */
export default {
  routes: [
    {
      method: 'POST',
      path: '/inbound-requests/web',
      handler: 'api::inbound-request.web-form.submit',
      config: { auth: false },
    },
  ],
};
