import { emailPluginConfig, nodemailerInstalled, smtpFromEnv } from '../src/mail/smtp-config';

/** Drops the placeholders the documentation plugin puts into every generated document. */
const withoutPlaceholders = (draft: any) => {
  delete draft.info.termsOfService;
  delete draft.info.contact;
  delete draft.externalDocs;
};

export default ({ env }) => ({
  'users-permissions': { config: { jwtSecret: env('JWT_SECRET') } },
  // Notifications by mail when SMTP_HOST is set and the nodemailer provider is installed (src/mail).
  ...(() => {
    const email = emailPluginConfig(smtpFromEnv(env), nodemailerInstalled());
    return email ? { email } : {};
  })(),
  crm: { enabled: true, resolve: './src/plugins/crm' },
  // OpenAPI documentation of the content API, for admins only (see src/extensions/documentation).
  documentation: {
    enabled: true,
    config: {
      info: {
        version: '1.0.0',
        title: 'Vitrylo CRM REST API',
        description: 'Content API for external systems. Authenticate with an API token: Authorization: Bearer <token>. See docs/api.md.',
        license: { name: 'MIT', url: 'https://opensource.org/licenses/MIT' },
      },
      'x-strapi-config': { plugins: [], mutateDocumentation: withoutPlaceholders },
    },
  },
});
