import path from 'path';
import request from 'supertest';
import type { Core } from '@strapi/strapi';
import { setTestSecrets } from './test-env';
import { createTestDatabase, TestDatabase } from './database';
import { workerProcess, workerRequire } from './worker-modules';

export const appDir = path.resolve(__dirname, '../..');

export interface TestApp {
  strapi: Core.Strapi;
  http: ReturnType<typeof request>;
  stop(): Promise<void>;
  /**
   * Stops Strapi and boots it again on the same database, as a server restart does (migrations and schema
   * sync run again). `strapi` and `http` are replaced in place, so sessions made before keep working.
   */
  restart(): Promise<void>;
}

/** Boots the compiled app (see global-setup) on a fresh database without listening on a port. */
export async function startStrapi(): Promise<TestApp> {
  setTestSecrets();
  process.env.LOG_LEVEL = process.env.LOG_LEVEL ?? 'warn';
  // A busy machine (CI runs suites side by side) can keep a connection of the pool longer than the default
  // minute, for instance while the demo seed's one transaction writes its 4,000 documents.
  process.env.DATABASE_CONNECTION_TIMEOUT = process.env.DATABASE_CONNECTION_TIMEOUT ?? '300000';
  const database: TestDatabase = await createTestDatabase();
  let running = await boot();
  const app: TestApp = {
    strapi: running.strapi,
    http: running.http,
    async stop() {
      await running.shutdown();
      await database.drop();
    },
    async restart() {
      await running.shutdown();
      running = await boot();
      app.strapi = running.strapi;
      app.http = running.http;
    },
  };
  return app;
}

/** Strapi on the database the environment points at (see createTestDatabase). */
async function boot() {
  // strapi.destroy() removes every process listener, Jest's worker IPC among them.
  const savedListeners = saveProcessListeners();
  const { createStrapi } = workerRequire('@strapi/strapi');
  const strapi: Core.Strapi = await createStrapi({ appDir, distDir: path.join(appDir, 'dist'), autoReload: false, serveAdminPanel: false }).load();
  await strapi.server.mount();
  return {
    strapi,
    http: request(strapi.server.httpServer),
    async shutdown() {
      await waitForIdleDatabase(strapi);
      await strapi.destroy();
      restoreProcessListeners(savedListeners);
    },
  };
}

/**
 * The document service emits its entry events after the transaction commits, without awaiting them
 * (each one reads the entry back): stopping right after a create would close the pool under that read
 * and crash the worker with an unhandled rejection. Wait until the pool is idle: after a seed of thousands of
 * documents on a busy machine that backlog can take tens of seconds (at most 60 s).
 */
async function waitForIdleDatabase(strapi: Core.Strapi, timeoutMs = 60_000): Promise<void> {
  const pool = (strapi.db as any)?.connection?.client?.pool;
  const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
  const busy = () => pool && (pool.numUsed() > 0 || pool.numPendingAcquires() > 0);
  const deadline = Date.now() + timeoutMs;
  await sleep(25);
  while (busy() && Date.now() < deadline) await sleep(25);
}

type Listeners = Map<string | symbol, Function[]>;

function saveProcessListeners(): Listeners {
  const saved: Listeners = new Map();
  for (const event of workerProcess.eventNames()) saved.set(event, workerProcess.listeners(event as any) as Function[]);
  return saved;
}

function restoreProcessListeners(saved: Listeners): void {
  for (const [event, listeners] of saved) {
    const present = new Set(workerProcess.listeners(event as any));
    for (const listener of listeners) if (!present.has(listener as any)) workerProcess.on(event as any, listener as any);
  }
}
