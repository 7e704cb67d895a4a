import { errors } from '@strapi/utils';

/** documentIds (and numeric ids): anything else in the path is a record nobody has. */
const ID = /^[A-Za-z0-9_-]{1,64}$/;

export function documentIdParam(ctx: any): string {
  const value = ctx.params?.documentId;
  if (typeof value !== 'string' || !ID.test(value)) throw new errors.NotFoundError('Not Found');
  return value;
}
