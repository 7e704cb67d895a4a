import crypto from 'crypto';
import type { Core } from '@strapi/strapi';
import type { TestApp } from './strapi';

export type ApiTokenType = 'read-only' | 'full-access' | 'custom';

export interface ApiTokenClient {
  id: number;
  accessKey: string;
  get(url: string): any;
  post(url: string, body?: unknown): any;
  put(url: string, body?: unknown): any;
  del(url: string): any;
}

/** A content-API token, as Settings → API Tokens makes one (never expires). */
export async function createApiToken(app: TestApp, type: ApiTokenType, permissions: string[] = []): Promise<ApiTokenClient> {
  const strapi: Core.Strapi = app.strapi;
  const token = await strapi.service('admin::api-token').create({
    name: `test-${type}-${crypto.randomBytes(4).toString('hex')}`,
    description: '',
    kind: 'content-api',
    type,
    lifespan: null,
    ...(type === 'custom' ? { permissions } : {}),
  });
  const auth = (req: any) => req.set('Authorization', `Bearer ${token.accessKey}`);
  return {
    id: token.id,
    accessKey: token.accessKey,
    get: (url) => auth(app.http.get(url)),
    post: (url, body) => auth(app.http.post(url)).send(body as object),
    put: (url, body) => auth(app.http.put(url)).send(body as object),
    del: (url) => auth(app.http.delete(url)),
  };
}

export async function revokeApiToken(app: TestApp, id: number): Promise<void> {
  await app.strapi.service('admin::api-token').revoke(id);
}
