import { createCorsPolicy } from '../src/domain/cors';
import { credentialedCorsConfig } from '../src/rest-api/credentialed-cors';
import webForm from './web-form';

export default ({ env }) => {
  // Who may call Vitrylo from another site: see src/domain/cors/allowed-origin.ts.
  const corsPolicy = createCorsPolicy({
    publicUrl: env('PUBLIC_URL', ''),
    corsOrigins: env('CORS_ORIGINS', ''),
    publicPaths: [webForm({ env }).path],
  });

  return [
    // Outermost: no response carries a password hash, reset token or API token hash, whatever answered.
    'global::response-secrets',
    // The sign-in screens show the server's error text as it is: in the panel's language (src/domain/messages/sign-in.ts).
    'global::sign-in-messages',
    'strapi::logger',
    'strapi::errors',
    'strapi::security',
    // Admin panel and REST API: with credentials, only PUBLIC_URL's origin and CORS_ORIGINS.
    { name: 'strapi::cors', config: credentialedCorsConfig(corsPolicy) },
    // The website form: any origin, "*" and no credentials.
    { name: 'global::public-cors', config: { policy: corsPolicy } },
    'strapi::poweredBy',
    'strapi::query',
    // Rate limit and size limit of the public website form, before the body is read.
    'global::web-form-guard',
    'strapi::body',
    'strapi::session',
    // Vitrylo's sail at /favicon.ico (scripts/branding/make-favicon.ts); without a file koa-favicon answers 500.
    { name: 'strapi::favicon', config: { path: 'public/favicon.ico' } },
    'strapi::public',
  ];
};
