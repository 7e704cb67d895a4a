export default [
  // Outermost: no response carries a password hash, reset token or API token hash, whatever answered.
  'global::response-secrets',
  'strapi::logger',
  'strapi::errors',
  'strapi::security',
  'strapi::cors',
  'strapi::poweredBy',
  'strapi::query',
  // Rate limit and size limit of the public website form, before the body is read.
  'global::web-form-guard',
  'strapi::body',
  'strapi::session',
  'strapi::favicon',
  'strapi::public',
];
