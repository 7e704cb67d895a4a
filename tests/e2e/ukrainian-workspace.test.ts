import path from 'path';
import type { Page } from 'playwright-core';
import { DEMO_PASSWORD, demoInBrowser, describeInBrowser, loginInBrowser, openInPanel, SCREENSHOTS } from '../helpers/browser';
import { leftoversOn, lockedFields, untilDrawn, visibleText, watchScreens, ScreenWatch } from '../helpers/screen-watch';
import { appDir } from '../helpers/strapi';
import { plural } from '../../src/domain/format/plural';

/**
 * The workspace is Vitrylo, in Ukrainian: every demo login walks the panel's main screens (home, lists
 * with their filters, a record with its relation picker, a new record, the profile, a screen it may not
 * open; a client's whole chronicle and one of its contacts) and no screen shows an English leftover or a
 * locked field, logs a missing translation, gets a 404 or 5xx from our server, asks about AI or a website
 * preview, or calls another site. Screenshots of the login page and each home page land in
 * docs/screenshots/, the rest in .tmp/screenshots/.
 */

const DOCS_SCREENSHOTS = path.join(appDir, 'docs', 'screenshots');
const ADMIN = { email: 'boss@vitrylo.test', password: 'Boss-Passw0rd' };

const CM = '/admin/content-manager/collection-types';
/** Names in the demo data (a product is "Ліцензії Microsoft 365"). */
const DATA_WORDS = ['Microsoft'];

const uid = (name: string) => `api::${name}.${name}`;

interface Walker {
  name: string;
  email: string;
  password: string;
  lists: string[];
  /** more screens: [name, path, Latin words that screen may show] */
  screens?: Array<[string, string, string[]?]>;
  /** opens a client's whole chronicle as the card links to it (the interaction list filtered to the client) and its latest contact */
  chronicle?: boolean;
}

const WALKERS: Walker[] = [
  { name: 'admin', ...ADMIN, lists: ['counterparty', 'audit-entry'], screens: [['settings', '/admin/settings/application-infos'], ['users', '/admin/settings/users'], ['media', '/admin/plugins/upload']] },
  { name: 'director', email: 'director@vitrylo.demo', password: DEMO_PASSWORD, lists: ['counterparty', 'audit-entry'], chronicle: true },
  { name: 'manager', email: 'manager@vitrylo.demo', password: DEMO_PASSWORD, lists: ['counterparty', 'interaction', 'invoice'], chronicle: true, screens: [['forbidden', `${CM}/${uid('audit-entry')}`], ['settings', '/admin/settings']] },
  { name: 'manager2', email: 'manager2@vitrylo.demo', password: DEMO_PASSWORD, lists: ['counterparty'] },
  { name: 'secretary', email: 'secretary@vitrylo.demo', password: DEMO_PASSWORD, lists: ['inbound-request', 'counterparty'], screens: [['forbidden', `${CM}/${uid('invoice')}`]] },
  { name: 'marketer', email: 'marketer@vitrylo.demo', password: DEMO_PASSWORD, lists: ['marketing-event', 'complaint'], screens: [['media', '/admin/plugins/upload']] },
  { name: 'accountant', email: 'accountant@vitrylo.demo', password: DEMO_PASSWORD, lists: ['invoice', 'payment'] },
];

const RECORD_FORMS = ['запис', 'записи', 'записів'] as const;

/** The card's link to a client's whole chronicle (src/admin/card/RelatedListPanels.tsx listOfClient). */
const chronicleOf = (documentId: string) =>
  `${CM}/${uid('interaction')}?page=1&pageSize=20&sort=occurredAt%3ADESC&filters[$and][0][counterparty][documentId][$eq]=${documentId}`;


/** "Знайдено 4 записи": the list header's count agrees with its noun. */
async function listCountProblems(page: Page, screen: string): Promise<string[]> {
  const text = await visibleText(page);
  const match = text.match(/Знайдено\s+(понад\s+)?([\d\s\u00a0\u202f]+)\s+(\S+)/);
  if (!match) return [`${screen}: no "Знайдено …" count in the list header`];
  if (match[1]) return match[3] === 'записів' ? [] : [`${screen}: «${match[0]}»`];
  const count = Number(match[2].replace(/\D/g, ''));
  return match[3] === plural(count, RECORD_FORMS) ? [] : [`${screen}: «${match[0]}», expected «${plural(count, RECORD_FORMS)}»`];
}

/** One report of everything a walk found, so a failing run lists all of it at once. */
function expectNothingFound(leftovers: string[], watch: ScreenWatch) {
  expect({ leftovers, consoleErrors: watch.consoleErrors, badResponses: watch.badResponses, unwantedRequests: watch.unwantedRequests }).toEqual({
    leftovers: [],
    consoleErrors: [],
    badResponses: [],
    unwantedRequests: [],
  });
}

describeInBrowser('the workspace is Vitrylo, in Ukrainian', () => {
  const demo = demoInBrowser();

  async function look(page: Page, watch: ScreenWatch, screen: string, found: string[], file?: string, allow: string[] = []) {
    watch.screen = screen;
    await untilDrawn(page, 500);
    found.push(...(await leftoversOn(page, screen, [...DATA_WORDS, ...allow])));
    // a field the person may not read is absent, not a locked box
    found.push(...(await lockedFields(page)).map((label) => `${screen}: locked field «${label}»`));
    expect(await page.title()).not.toMatch(/Strapi/);
    await page.screenshot({ path: file ?? path.join(SCREENSHOTS, `${screen.replace(/[^\w-]+/g, '-')}.png`) });
  }

  test('the login page is Vitrylo’s, with its favicon, and a wrong password is told in Ukrainian', async () => {
    const favicon = await fetch(`${demo.app.baseUrl}/favicon.ico`);
    expect(favicon.status).toBe(200);
    const icon = Buffer.from(await favicon.arrayBuffer());
    expect(icon.readUInt16LE(2)).toBe(1); // an .ico file

    const page = await demo.browser.newPage({ viewport: { width: 1400, height: 900 } });
    const watch = await watchScreens(page, demo.app.baseUrl);
    const found: string[] = [];
    await page.goto(`${demo.app.baseUrl}/admin/auth/login`);
    await page.locator('input[name="email"]').waitFor({ timeout: 60000 });
    await look(page, watch, 'login', found, path.join(DOCS_SCREENSHOTS, 'login.png'));
    const text = await visibleText(page);
    expect(text).toContain('Вітаємо у Vitrylo!');
    expect(text).not.toMatch(/Strapi/);
    expect(await page.title()).toBe('Vitrylo');
    expect(await page.locator('img').first().getAttribute('src')).toMatch(/Vitrylo/); // the sail, inlined by Vite

    await page.fill('input[name="email"]', 'nobody@vitrylo.test');
    await page.fill('input[name="password"]', 'Wrong-Passw0rd');
    await page.click('button[type="submit"]');
    await page.getByRole('alert').filter({ hasText: 'Неправильна електронна пошта або пароль.' }).waitFor({ timeout: 30000 });
    await look(page, watch, 'login-wrong-password', found);

    expectNothingFound(found, watch);
    await page.close();
  });

  test.each(WALKERS.map((walker) => [walker.name, walker] as const))('%s walks the main screens', async (_name, walker) => {
    const page = await demo.browser.newPage({ viewport: { width: 1400, height: 900 } });
    const watch = await watchScreens(page, demo.app.baseUrl);
    const found: string[] = [];
    const counts: string[] = [];

    watch.screen = `${walker.name}-login`;
    await loginInBrowser(page, demo.app.baseUrl, walker.email, walker.password);
    await look(page, watch, `${walker.name}-home`, found, path.join(DOCS_SCREENSHOTS, `home-${walker.name}.png`));
    expect(await page.title()).toMatch(/\| Vitrylo$/);

    for (const name of walker.lists) {
      const list = `${demo.app.baseUrl}${CM}/${uid(name)}`;
      await openInPanel(page, `${list}?page=1&pageSize=10`);
      await page.locator('tbody tr').first().waitFor({ timeout: 60000 });
      await look(page, watch, `${walker.name}-${name}-list`, found);
      counts.push(...(await listCountProblems(page, `${walker.name}-${name}-list`)));

      const filters = page.getByRole('button', { name: 'Фільтри' });
      if (await filters.count()) {
        await filters.first().click();
        await look(page, watch, `${walker.name}-${name}-filters`, found);
        await page.keyboard.press('Escape');
      }

      await page.locator('tbody tr').first().click();
      await page.waitForURL(/collection-types\/[^/]+\/[a-z0-9]+/, { timeout: 60000 });
      await look(page, watch, `${walker.name}-${name}-record`, found);
      const picker = page.locator('main [role="combobox"]').first();
      if (await picker.count()) {
        await picker.click().catch(() => undefined);
        await look(page, watch, `${walker.name}-${name}-picker`, found);
        await page.keyboard.press('Escape');
      }

      // by its address, as a person without a create button reaches it: the content manager keeps the edit layout
      // it worked out for the record just opened (useDocumentLayout's memo), and a new record's fields differ
      await page.goto(`${list}/create`);
      await look(page, watch, `${walker.name}-${name}-create`, found);
    }

    if (walker.chronicle) {
      // a client of the Sales manager's with contacts: he sees it as his, the Director as everyone's
      const client: any = await demo.app.strapi.db.query('api::counterparty.counterparty' as any).findOne({
        where: { manager: { adminUser: { email: 'manager@vitrylo.demo' } }, interactions: { id: { $notNull: true } } },
      });
      await openInPanel(page, `${demo.app.baseUrl}${chronicleOf(client.documentId)}`);
      await page.locator('tbody tr').first().waitFor({ timeout: 60000 });
      await look(page, watch, `${walker.name}-client-chronicle`, found);
      await page.getByRole('button', { name: 'Фільтри' }).first().click();
      await look(page, watch, `${walker.name}-client-chronicle-filters`, found);
      await page.keyboard.press('Escape');
      await page.locator('tbody tr').first().click();
      await page.waitForURL(/api::interaction\.interaction\/[a-z0-9]+/, { timeout: 60000 });
      await look(page, watch, `${walker.name}-client-chronicle-record`, found);
    }

    await openInPanel(page, `${demo.app.baseUrl}/admin/me`);
    await page.locator('main').waitFor({ timeout: 60000 });
    await look(page, watch, `${walker.name}-profile`, found);

    for (const [screen, address, allow] of walker.screens ?? []) {
      await openInPanel(page, `${demo.app.baseUrl}${address}`);
      await look(page, watch, `${walker.name}-${screen}`, found, undefined, allow);
    }

    await page.close();
    expectNothingFound([...found, ...counts], watch);
  });

  test('the Director reads the audit log in Ukrainian: types, fields, old → new, a link to the record, a job’s counts', async () => {
    const strapi = demo.app.strapi;
    const counterparty: any = await strapi.db.query('api::counterparty.counterparty' as any).findOne({ where: { kind: 'prospect' } });
    await strapi.documents('api::counterparty.counterparty' as any).update({ documentId: counterparty.documentId, data: { kind: 'client', note: 'Підписали договір на засклення офісу' } as any });

    const page = await demo.browser.newPage({ viewport: { width: 1400, height: 900 } });
    const watch = await watchScreens(page, demo.app.baseUrl);
    const found: string[] = [];
    await loginInBrowser(page, demo.app.baseUrl, 'director@vitrylo.demo', DEMO_PASSWORD);
    await openInPanel(page, `${demo.app.baseUrl}${CM}/${uid('audit-entry')}?page=1&pageSize=10&sort=occurredAt:DESC`);
    const updateRow = page.getByRole('row', { name: new RegExp(counterparty.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) }).first();
    await updateRow.waitFor({ timeout: 60000 });
    await look(page, watch, 'audit-list', found, path.join(DOCS_SCREENSHOTS, 'audit-log.png'));
    const listText = await page.locator('tbody').innerText();
    expect(listText).toContain('Контрагент');
    expect(listText).toContain('Заповнення демо-даними');
    expect(listText).not.toMatch(/api::|demo-seed/);

    await updateRow.click();
    await page.getByText('Відкрити запис').waitFor({ timeout: 60000 });
    await look(page, watch, 'audit-entry', found, path.join(DOCS_SCREENSHOTS, 'audit-entry.png'));
    const entryText = await visibleText(page);
    expect(entryText).toContain(`Відкрити запис: ${counterparty.name}`);
    const values = await page.locator('main input').evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value));
    expect(values).toContain('Контрагент'); // "Тип запису", not api::counterparty.counterparty
    expect(entryText).toContain('Тип контрагента');
    expect(entryText).toContain('Потенційний клієнт → Клієнт');
    expect(entryText).toContain('Підписали договір на засклення офісу');
    expect(entryText).not.toMatch(/api::|"field"|\{/);
    expect(await page.locator('.cm-editor').count()).toBe(0); // no JSON editor
    // the Director may not read who the admin user was: the field is not there at all, not a locked box
    const labels = (await page.locator('main label').allInnerTexts()).map((label) => label.replace('*', '').trim());
    expect(labels).toEqual(expect.arrayContaining(['Хто змінив', 'Автор зміни']));
    expect(labels).not.toContain('Користувач');
    expect(await lockedFields(page)).toEqual([]);
    await page.getByText('Відкрити запис').click();
    await page.waitForURL(new RegExp(`${counterparty.documentId}$`), { timeout: 60000 });

    await openInPanel(page, `${demo.app.baseUrl}${CM}/${uid('audit-entry')}?page=1&pageSize=10&sort=occurredAt:DESC&filters[$and][0][action][$eq]=bulk-job`);
    // the oldest seeding job is the one that created the demo company (the run's template); a later one found it all done
    await page.getByRole('row', { name: /Заповнення демо-даними/ }).last().click();
    await page.getByText('Пакетів даних').waitFor({ timeout: 60000 });
    await look(page, watch, 'audit-job', found, path.join(DOCS_SCREENSHOTS, 'audit-job.png'));
    const jobText = await visibleText(page);
    expect(jobText).toContain('Заповнення демо-даними');
    expect(jobText).toMatch(/Створено: .*Контрагенти — \d/);
    expect(jobText).not.toMatch(/"created"|api::/);

    await page.close();
    expectNothingFound(found, watch);
  });
});
