import type { Page } from 'playwright-core';
import { linesWithLeftovers } from '../../src/domain/language/leftovers';
import { DEMO_DATA_NAMES } from './demo-data-names';
import { hearIntlErrors } from './audible-intl-errors';

/**
 * What a browser test watches on every screen of the panel: formatjs errors in the console (a message id
 * without a translation, a message that does not format; made audible in the built panel by
 * audible-intl-errors.ts), answers 404 and 5xx to the panel's own
 * requests, requests to switched-off features (AI, website preview) and requests to other sites (Strapi
 * Cloud, marketplace, analytics). Each finding names the screen it was seen on.
 */
export interface ScreenWatch {
  /** the screen the next findings belong to */
  screen: string;
  consoleErrors: string[];
  badResponses: string[];
  unwantedRequests: string[];
}

const FORMATJS = /\[@formatjs\/intl Error|MISSING_TRANSLATION|FORMAT_ERROR|INVALID_CONFIG|MISSING_DATA/;
const SWITCHED_OFF = /\/admin\/ai-|\/ai-localization-jobs\/|\/preview\/url\//;

/** Call before the page opens the panel. */
export async function watchScreens(page: Page, baseUrl: string): Promise<ScreenWatch> {
  await hearIntlErrors(page);
  const watch: ScreenWatch = { screen: 'start', consoleErrors: [], badResponses: [], unwantedRequests: [] };
  const origin = new URL(baseUrl).origin;
  page.on('console', (message) => {
    const text = message.text();
    if (FORMATJS.test(text)) watch.consoleErrors.push(`${watch.screen}: ${text.split('\n')[0].slice(0, 300)}`);
  });
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.protocol === 'data:' || url.protocol === 'blob:') return;
    if (url.origin !== origin) watch.unwantedRequests.push(`${watch.screen}: ${request.method()} ${request.url()} (another site)`);
    else if (SWITCHED_OFF.test(url.pathname)) watch.unwantedRequests.push(`${watch.screen}: ${request.method()} ${url.pathname} (a switched-off feature)`);
  });
  page.on('response', (response) => {
    const status = response.status();
    if (new URL(response.url()).origin === origin && (status === 404 || status >= 500)) {
      watch.badResponses.push(`${watch.screen}: ${status} ${response.request().method()} ${new URL(response.url()).pathname}`);
    }
  });
  return watch;
}

/**
 * The text a person sees: the page's visible text, the values shown in its text inputs and the
 * placeholders of empty ones. The content of JSON editors is left out: it is data in JSON's own words
 * (true, null), checked by tests of those fields.
 */
export async function visibleText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const inputs = [...document.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('input, textarea')].filter(
      (input) => input.offsetParent !== null && !['hidden', 'password', 'checkbox', 'radio', 'file'].includes(input.type),
    );
    const shown = inputs.map((input) => input.value || input.placeholder).filter(Boolean);
    const json = [...document.querySelectorAll<HTMLElement>('.cm-editor')].map((editor) => editor.innerText);
    let text = document.body.innerText;
    for (const part of json) text = text.replace(part, '');
    return [text, ...shown].join('\n');
  });
}

/** "screen: line «words»" for each line of the visible text with an English leftover (the demo data's own names are data, not leftovers). */
export async function leftoversOn(page: Page, screen: string, allow: Iterable<string> = []): Promise<string[]> {
  return linesWithLeftovers(await visibleText(page), { allow, names: DEMO_DATA_NAMES }).map(({ line, words }) => `${screen}: «${line.slice(0, 120)}» — ${words.join(', ')}`);
}

/** Strapi's placeholder of a field the person may not read (components.NotAllowedInput.text, ours and Strapi's). */
const LOCKED_PLACEHOLDER = /Ви не маєте дозволу|Вам не дозволено|No permissions to see/;

/**
 * The captions of the locked inputs on the page: fields a person may not read that Strapi draws as a
 * disabled box saying so. Its words are a placeholder, so the page's innerText never shows them.
 */
export async function lockedFields(page: Page): Promise<string[]> {
  return page.evaluate((pattern) => {
    const locked = [...document.querySelectorAll<HTMLInputElement>('main input')].filter((input) => new RegExp(pattern).test(input.placeholder));
    return locked.map((input) => (input.id && document.querySelector(`label[for="${CSS.escape(input.id)}"]`)?.textContent) || input.name || input.id || '?');
  }, LOCKED_PLACEHOLDER.source);
}

/**
 * Until the panel has drawn what it was loading: no spinner (the design system's Loader, a live region with
 * its image) left on the page, then a short pause for the last paint. A home page's widgets each load on
 * their own after the page itself is there.
 */
export async function untilDrawn(page: Page, pause = 300): Promise<void> {
  await page
    .waitForFunction(() => !document.querySelector('div[role="alert"][aria-live="assertive"] > img[aria-hidden="true"]'), undefined, { timeout: 30000 })
    .catch(() => undefined); // a spinner that never ends shows in the screenshot and fails the screen's own checks
  await page.waitForTimeout(pause);
}
