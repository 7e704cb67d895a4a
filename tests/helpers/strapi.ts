import path from 'path';
import request from 'supertest';
import type { Core } from '@strapi/strapi';
import { setTestSecrets } from './test-env';
import { createTestDatabase, TestDatabase } from './database';

export const appDir = path.resolve(__dirname, '../..');

export interface TestApp {
  strapi: Core.Strapi;
  http: ReturnType<typeof request>;
  stop(): Promise<void>;
}

/** Boots the compiled app (see global-setup) on a fresh database without listening on a port. */
export async function startStrapi(): Promise<TestApp> {
  setTestSecrets();
  process.env.LOG_LEVEL = process.env.LOG_LEVEL ?? 'warn';
  const database: TestDatabase = await createTestDatabase();
  // strapi.destroy() removes every process listener, Jest's worker IPC among them.
  const savedListeners = saveProcessListeners();
  const { createStrapi } = require('@strapi/strapi');
  const strapi: Core.Strapi = await createStrapi({ appDir, distDir: path.join(appDir, 'dist'), autoReload: false, serveAdminPanel: false }).load();
  await strapi.server.mount();
  return {
    strapi,
    http: request(strapi.server.httpServer),
    async stop() {
      await strapi.destroy();
      restoreProcessListeners(savedListeners);
      await database.drop();
    },
  };
}

type Listeners = Map<string | symbol, Function[]>;

function saveProcessListeners(): Listeners {
  const saved: Listeners = new Map();
  for (const event of process.eventNames()) saved.set(event, process.listeners(event as any) as Function[]);
  return saved;
}

function restoreProcessListeners(saved: Listeners): void {
  for (const [event, listeners] of saved) {
    const present = new Set(process.listeners(event as any));
    for (const listener of listeners) if (!present.has(listener as any)) process.on(event as any, listener as any);
  }
}
