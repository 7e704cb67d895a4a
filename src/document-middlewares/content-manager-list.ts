import type { Core } from '@strapi/strapi';

const LIST_ROUTE = /^\/content-manager\/collection-types\/([^/]+)\/?$/;

/** True inside the panel's list request (GET /content-manager/collection-types/:model) for that model. */
export function isContentManagerListRequest(strapi: Core.Strapi, uid: string): boolean {
  const request = (strapi as any).requestContext?.get?.()?.request;
  if (!request || request.method !== 'GET') return false;
  const match = LIST_ROUTE.exec(request.path);
  return Boolean(match) && decodeURIComponent(match![1]) === uid;
}
