export default ({ env }) => ({
  // cookie.path '/' lets a browser tab send the admin session to /documentation (rebuild the admin after a change).
  auth: { secret: env('ADMIN_JWT_SECRET'), cookie: { path: env('ADMIN_AUTH_COOKIE_PATH', '/admin') } },
  apiToken: { salt: env('API_TOKEN_SALT') },
  transfer: { token: { salt: env('TRANSFER_TOKEN_SALT') } },
  secrets: { encryptionKey: env('ENCRYPTION_KEY') },
  // no satisfaction survey, no Enterprise upsell, no "learn more" links to Strapi's English documentation
  flags: { nps: false, promoteEE: false, docLinks: false },
  // Strapi AI (translations, media captions) and the website preview are not part of Vitrylo: off, so the
  // panel shows neither and the server answers their questions with "off" (see src/admin/branding).
  ai: { enabled: false },
  preview: { enabled: false },
  autoOpen: false,
  watchIgnoreFiles: ['**/tests/**', '**/.tmp/**', '**/scripts/**'],
});
