import fs from 'fs';
import net from 'net';
import path from 'path';
import type { Browser } from 'playwright-core';
import type { Core } from '@strapi/strapi';
import { setTestSecrets } from './test-env';
import { createTestDatabase } from './database';
import { appDir } from './strapi';
// eslint-disable-next-line @typescript-eslint/no-var-requires
const { E2E_DEMO_OPTIONS } = require('./e2e-demo');

export const CHROMIUM = '/usr/bin/chromium';
export const hasChromium = fs.existsSync(CHROMIUM);

/** Browser suites run where Debian's chromium is installed (CI installs it) and are skipped, loudly, elsewhere. */
export function describeInBrowser(name: string, body: () => void): void {
  if (hasChromium) {
    describe(name, body);
  } else {
    // eslint-disable-next-line no-console
    console.warn(`Skipping browser tests "${name}": ${CHROMIUM} is absent (apt-get install chromium).`);
    describe.skip(name, body);
  }
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

export interface ServedApp {
  strapi: Core.Strapi;
  baseUrl: string;
  stop(): Promise<void>;
}

/**
 * Strapi with its built admin panel, listening on a free loopback port, on a fresh database; with `demo`, a
 * copy of the run's template holding the demo company (e2e-global-setup.js).
 */
export async function startServedStrapi(options: { demo?: boolean } = {}): Promise<ServedApp> {
  setTestSecrets();
  process.env.LOG_LEVEL = process.env.LOG_LEVEL ?? 'warn';
  process.env.HOST = '127.0.0.1';
  process.env.PORT = String(await freePort());
  const database = await createTestDatabase(options.demo ? process.env.VITRYLO_TEST_DEMO_TEMPLATE : process.env.VITRYLO_TEST_TEMPLATE);
  const listeners = new Map(process.eventNames().map((event) => [event, process.listeners(event as any)]));
  const { createStrapi } = require('@strapi/strapi');
  const strapi: Core.Strapi = await createStrapi({ appDir, distDir: path.join(appDir, 'dist'), autoReload: false, serveAdminPanel: true }).load();
  await strapi.listen();
  return {
    strapi,
    baseUrl: `http://127.0.0.1:${process.env.PORT}`,
    async stop() {
      await strapi.destroy();
      for (const [event, saved] of listeners) {
        const present = new Set(process.listeners(event as any));
        for (const listener of saved) if (!present.has(listener)) process.on(event as any, listener as any);
      }
      await database.drop();
    },
  };
}

/** A container's default /dev/shm (64 MB) is too small for chromium's shared memory; it then uses /tmp's files. */
function sharedMemoryIsSmall(): boolean {
  try {
    const { bsize, blocks } = fs.statfsSync('/dev/shm');
    return bsize * blocks < 512 * 2 ** 20;
  } catch {
    return true;
  }
}

export async function launchChromium(): Promise<Browser> {
  const { chromium } = require('playwright-core');
  const args = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
  if (sharedMemoryIsSmall()) args.push('--disable-dev-shm-usage');
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args });
}

/**
 * Opens an address of the panel as its own links do, without loading the panel again: a full load makes
 * chromium parse and start the whole panel, seconds of CPU each time. Outside the panel (or before it is
 * open), and for the login page, the page is loaded.
 */
export async function openInPanel(page: import('playwright-core').Page, url: string): Promise<void> {
  const target = new URL(url, page.url());
  const here = page.url().startsWith('http') ? new URL(page.url()) : null;
  const inPanel = here !== null && here.origin === target.origin && here.pathname.startsWith('/admin') && !here.pathname.startsWith('/admin/auth');
  if (!inPanel || !target.pathname.startsWith('/admin') || target.pathname.startsWith('/admin/auth')) {
    await page.goto(target.toString());
    return;
  }
  // React Router follows the browser's history: a pushed address and a popstate are a navigation to it.
  await page.evaluate((address) => {
    window.history.pushState({}, '', address);
    window.dispatchEvent(new PopStateEvent('popstate', { state: {} }));
  }, target.pathname + target.search);
  await page.waitForURL((current) => current.pathname === target.pathname && current.search === target.search, { timeout: 30000 });
}

/** Logs into the admin panel through its login form and waits for the home page. */
export async function loginInBrowser(page: import('playwright-core').Page, baseUrl: string, email: string, password: string): Promise<void> {
  await page.goto(`${baseUrl}/admin/auth/login`);
  await page.fill('input[name="email"]', email);
  await page.fill('input[name="password"]', password);
  await page.click('button[type="submit"]');
  await page.waitForURL(/\/admin(\/)?$/, { timeout: 60000 });
}

export const DEMO_PASSWORD: string = E2E_DEMO_OPTIONS.demoPassword;
export const SCREENSHOTS = path.join(appDir, '.tmp', 'screenshots');

export interface DemoInBrowser {
  app: ServedApp;
  browser: Browser;
}

/**
 * For a browser test file: Strapi with the demo company (every demo login's password is DEMO_PASSWORD) and
 * a chromium, started before the file's tests and stopped after them. Read the fields inside tests.
 */
export function demoInBrowser(): DemoInBrowser {
  const demo = {} as DemoInBrowser;
  beforeAll(async () => {
    fs.mkdirSync(SCREENSHOTS, { recursive: true });
    demo.app = await startServedStrapi({ demo: true });
    // the run's template holds the demo already (e2e-global-setup.js): this finds every step done
    const { setupDemo } = require(path.join(appDir, 'dist', 'src', 'seed'));
    await setupDemo(demo.app.strapi, E2E_DEMO_OPTIONS);
    demo.browser = await launchChromium();
  });
  afterAll(async () => {
    await demo.browser?.close();
    await demo.app?.stop();
  });
  return demo;
}
