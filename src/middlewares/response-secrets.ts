import type { Core } from '@strapi/strapi';
import { scrubSecrets } from '../domain/security/scrub-secrets';

const isJsonBody = (body: unknown) =>
  typeof body === 'object' && body !== null && !Buffer.isBuffer(body) && typeof (body as { pipe?: unknown }).pipe !== 'function';

/** Outermost middleware: every JSON response leaves without credentials (see src/domain/security/scrub-secrets.ts). */
export default (_config: unknown, { strapi }: { strapi: Core.Strapi }) =>
  async (ctx: any, next: () => Promise<unknown>) => {
    await next();
    if (!isJsonBody(ctx.body)) return;
    const removed = scrubSecrets(ctx.body);
    if (removed > 0) strapi.log.warn(`[security] ${removed} secret field(s) removed from the response to ${ctx.method} ${ctx.path}`);
  };
