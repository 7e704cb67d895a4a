import fs from 'fs';
import path from 'path';
import type { Page } from 'playwright-core';
import { appDir } from './strapi';

/**
 * The built admin panel (`strapi build`, Vite in production mode) compiles formatjs's default error handler
 * to an empty function, so a browser test of it never sees a MISSING_TRANSLATION that `strapi develop`
 * prints on every such screen. This serves the panel's bundle with that handler logging each error to the
 * console, as in development, so screen-watch.ts hears them. Only the test's page gets the change.
 */

interface AudibleBundle {
  file: string;
  code: string;
}

let cached: (AudibleBundle & { dir: string }) | null = null;

const escape = (name: string) => name.replace(/\$/g, '\\$');

/** The bundle's file name and its code with the handler logging; throws if the bundle's shape changed (never silently deaf). */
export function audibleBundle(buildDir = path.join(appDir, 'dist', 'build')): AudibleBundle {
  if (cached?.dir === buildDir && fs.existsSync(path.join(buildDir, cached.file))) return cached;
  for (const file of fs.readdirSync(buildDir).filter((name) => name.endsWith('.js'))) {
    const code = fs.readFileSync(path.join(buildDir, file), 'utf8');
    if (!code.includes('MISSING_TRANSLATION="MISSING_TRANSLATION"')) continue;
    // formatjs's defaults: { formats: {}, messages: {}, ..., onError: defaultErrorHandler, onWarn: defaultWarnHandler }
    const handler = code.match(/onError:([\w$]+),onWarn:[\w$]+\}/)?.[1];
    const silent = handler && new RegExp(`([,;\\s]${escape(handler)})=function\\((\\w+)\\)\\{\\}`);
    if (!silent || !silent.test(code)) break;
    cached = { dir: buildDir, file, code: code.replace(silent, (_all, name: string, error: string) => `${name}=function(${error}){console.error(String(${error}))}`) };
    return cached;
  }
  throw new Error(`formatjs's error handler was not found in ${buildDir}: the browser tests could not hear a missing translation`);
}

/** Before the page opens the panel: its bundle comes with formatjs errors logged to the console. */
export async function hearIntlErrors(page: Page): Promise<void> {
  const { file, code } = audibleBundle();
  await page.route((url) => url.pathname.endsWith(`/${file}`), (route) => route.fulfill({ status: 200, contentType: 'text/javascript; charset=utf-8', body: code }));
}
