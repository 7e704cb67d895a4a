import { errors } from '@strapi/utils';

const REPORT_KEY = /^[a-z][a-z0-9-]{0,63}$/;

/** The report key in the path; anything else is a report nobody has. */
export function reportKeyParam(ctx: any): string {
  const value = ctx.params?.key;
  if (typeof value !== 'string' || !REPORT_KEY.test(value)) throw new errors.NotFoundError('Звіт не знайдено');
  return value;
}

/** Headers of a file answer: a download with its name, never cached. */
export function sendFile(ctx: any, fileName: string, mime: string, body: unknown) {
  ctx.type = mime;
  ctx.set('Content-Disposition', `attachment; filename*=UTF-8''${encodeURIComponent(fileName)}`);
  ctx.set('Cache-Control', 'private, no-store');
  ctx.body = body;
}
