import fs from 'fs';
import path from 'path';
import type { Page } from 'playwright-core';
import { DEMO_PASSWORD, demoInBrowser, describeInBrowser, loginInBrowser, SCREENSHOTS } from '../helpers/browser';
import { leftoversOn, ScreenWatch, watchScreens } from '../helpers/screen-watch';
import { appDir } from '../helpers/strapi';

/**
 * Issue 10 through the panel: the Secretary registers a call from a client of the demo sales manager; it is
 * routed to that manager, who sees it in "Вхідні" with the unread counter on the menu, opens it, takes it
 * and closes it with a result, which lands in the client's chronicle. The Secretary and the Director look
 * at "Де співробітники". Screenshots: docs/screenshots/inbox.png and whereabouts.png.
 */

const DOCS_SCREENSHOTS = path.join(appDir, 'docs', 'screenshots');
const REQUEST = 'api::inbound-request.inbound-request';
const SUBJECT = 'Потрібна комерційна пропозиція на ноутбуки';
/** Latin words of the demo's own data (a product's name), as the Ukrainian-workspace test allows them. */
const DATA_WORDS = ['Microsoft'];
const RESULT = 'Надіслала КП на 12 ноутбуків, клієнт відповість у п’ятницю';

/** A page of the browser in `locale`, watched from its first load (screen-watch.ts must see the panel's bundle arrive), signed in. */
async function login(demo: ReturnType<typeof demoInBrowser>, who: string, locale = 'uk-UA'): Promise<{ page: Page; watch: ScreenWatch }> {
  const page = await demo.browser.newPage({ viewport: { width: 1440, height: 1000 }, locale });
  const watch = await watchScreens(page, demo.app.baseUrl);
  await loginInBrowser(page, demo.app.baseUrl, `${who}@vitrylo.demo`, DEMO_PASSWORD);
  return { page, watch };
}

async function until<T>(read: () => Promise<T | null | undefined>, what: string, timeout = 30000): Promise<T> {
  const end = Date.now() + timeout;
  for (;;) {
    const value = await read();
    if (value) return value;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
}

describeInBrowser('the inbox and the whereabouts in the panel', () => {
  const demo = demoInBrowser();
  let manager: any;
  let client: any;
  let phone: string;
  let requestId: string;

  beforeAll(async () => {
    fs.mkdirSync(DOCS_SCREENSHOTS, { recursive: true });
    const strapi = demo.app.strapi;
    manager = await strapi.db.query('api::employee.employee').findOne({ where: { adminUser: { email: 'manager@vitrylo.demo' } } });
    const clients: any[] = await strapi.db.query('api::counterparty.counterparty').findMany({
      where: { manager: { id: manager.id }, kind: 'client' },
      populate: { contactPersons: { select: ['phone', 'fullName'] } },
      limit: 50,
    });
    client = clients.find((c) => c.contactPersons?.some((p: any) => p.phone)) ?? clients.find((c) => c.phone);
    phone = client.contactPersons?.find((p: any) => p.phone)?.phone ?? client.phone;
    // the scenario needs the manager at work today: the demo's random schedule may have her away now
    const now = Date.now();
    const away: any[] = await strapi.db.query('api::schedule-entry.schedule-entry').findMany({
      where: { employee: { id: manager.id }, end: { $gt: new Date(now).toISOString() }, start: { $lt: new Date(now + 4 * 86400_000).toISOString() } },
      select: ['id'],
    });
    if (away.length > 0) await strapi.db.query('api::schedule-entry.schedule-entry').deleteMany({ where: { id: { $in: away.map((e) => e.id) } } });
  });

  test('the Secretary registers a call from a client; it is routed to the client’s manager', async () => {
    expect(client).toBeTruthy();
    const { page } = await login(demo, 'secretary');
    await page.goto(`${demo.app.baseUrl}/admin/content-manager/collection-types/${REQUEST}/create`);
    await page.locator('input[name="callerName"]').waitFor({ timeout: 60000 });
    await page.fill('input[name="callerName"]', 'Петро Дзвінков');
    await page.fill('input[name="callerPhone"]', phone);
    await page.fill('input[name="subject"]', SUBJECT);
    await page.fill('textarea[name="message"]', 'Просять КП на 12 ноутбуків для нового офісу, доставка до кінця місяця.');
    await page.getByRole('combobox', { name: /Канал/ }).click();
    await page.getByRole('option', { name: 'Телефон' }).click();
    await page.getByRole('button', { name: /^Зберегти$/ }).click();
    const stored: any = await until(
      () => demo.app.strapi.db.query(REQUEST).findOne({ where: { subject: SUBJECT }, populate: { assignee: true, counterparty: true, registeredBy: true } }),
      'the request to be stored',
    ).catch(async (error) => {
      await page.screenshot({ path: '.tmp/e2e-inbox-register-failure.png', fullPage: true });
      throw error;
    });
    requestId = stored.documentId;
    expect(stored.counterparty.documentId).toBe(client.documentId);
    expect(stored.assignee.documentId).toBe(manager.documentId);
    expect(stored.routingReason).toMatch(/^відповідальний менеджер/);
    expect(stored.registeredBy.fullName).toMatch(/Стецюк/);
    await page.close();
  });

  test('the manager sees it in "Вхідні" with the unread counter, opens, takes and closes it with a result', async () => {
    const { page, watch } = await login(demo, 'manager');
    watch.screen = 'home';
    const badge = page.locator('nav [data-testid="inbox-unread-badge"]').first();
    await badge.waitFor({ timeout: 60000 });
    const unreadBefore = Number(await badge.innerText());
    expect(unreadBefore).toBeGreaterThanOrEqual(1);
    await page.locator('#main-content').getByText('Вхідні', { exact: true }).first().waitFor({ timeout: 60000 });

    watch.screen = 'inbox';
    await page.locator('nav a[aria-label="Вхідні"]').click();
    await page.waitForURL(/\/admin\/vitrylo\/inbox/);
    const row = page.locator(`tr[data-request="${requestId}"]`);
    await row.waitFor({ timeout: 60000 });
    expect(await row.innerText()).toMatch(/нове/i);
    await row.click();
    const details = page.getByTestId('inbox-request-details');
    await details.getByText('Чому звернення у вас').waitFor({ timeout: 30000 });
    const text = await details.innerText();
    for (const shown of [SUBJECT, 'Петро Дзвінков', 'Просять КП на 12 ноутбуків', 'відповідальний менеджер', 'Звернення не переадресовували.', client.name]) expect(text).toContain(shown);
    // opening it read it: the counter goes down by one
    await until(async () => Number(await badge.innerText().catch(() => '0')) < unreadBefore || !(await badge.isVisible()), 'the counter to go down');
    expect(await leftoversOn(page, 'inbox', DATA_WORDS)).toEqual([]);
    await page.screenshot({ path: path.join(DOCS_SCREENSHOTS, 'inbox.png'), fullPage: true });

    // the forward dialog offers people and departments (looked at, then cancelled)
    await details.getByRole('button', { name: 'Переадресувати' }).click();
    const forward = page.getByRole('dialog');
    await forward.getByRole('combobox').first().click();
    await page.getByRole('option', { name: /Іваницька Христина/ }).waitFor({ timeout: 30000 });
    await page.keyboard.press('Escape');
    await forward.getByText('У підрозділ (черговому)').click();
    await forward.getByText(/найменше відкритих звернень/).waitFor();
    expect(await leftoversOn(page, 'inbox-forward', DATA_WORDS)).toEqual([]);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'inbox-forward.png') });
    await forward.getByRole('button', { name: 'Скасувати' }).click();
    await forward.waitFor({ state: 'detached' });

    await details.getByRole('button', { name: 'Взяти в роботу' }).click();
    await details.getByText('В роботі').first().waitFor({ timeout: 30000 });
    await details.getByRole('button', { name: 'Виконано' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.locator('textarea').fill(RESULT);
    await dialog.getByRole('button', { name: 'Зберегти результат' }).click();
    const done: any = await until(
      () => demo.app.strapi.db.query(REQUEST).findOne({ where: { documentId: requestId, state: 'done' }, populate: { interaction: { populate: { counterparty: true, employee: true } } } }),
      'the request to be done',
    );
    expect(done.result).toBe(RESULT);
    await details.getByText(RESULT).first().waitFor({ timeout: 30000 });

    // the client's chronicle: the inbound entry routing wrote, now with the result, by the manager
    const entry = done.interaction;
    expect(entry).toMatchObject({ direction: 'inbound', result: RESULT });
    expect(entry.counterparty.documentId).toBe(client.documentId);
    expect(entry.employee.documentId).toBe(manager.documentId);
    // and the manager reads it in the chronicle list of that client
    watch.screen = 'chronicle';
    await page.goto(
      `${demo.app.baseUrl}/admin/content-manager/collection-types/api::interaction.interaction?page=1&pageSize=10&sort=occurredAt:DESC&filters[$and][0][counterparty][documentId][$eq]=${client.documentId}`,
    );
    const listed = page.getByRole('row', { name: new RegExp(SUBJECT) });
    await listed.first().waitFor({ timeout: 60000 });
    await page.goto(`${demo.app.baseUrl}/admin/content-manager/collection-types/api::interaction.interaction/${entry.documentId}`);
    await page.locator('input[name="subject"]').waitFor({ timeout: 60000 });
    expect(await page.locator('textarea[name="result"]').inputValue()).toBe(RESULT);

    // the inbox and the home page only: the content manager's own screens are the Ukrainian-workspace test's
    expect(watch.consoleErrors.filter((error) => !error.startsWith('chronicle:'))).toEqual([]);
    expect(watch.badResponses).toEqual([]);
    await page.close();
  });

  test.each(['secretary', 'director'])('the %s opens "Де співробітники": everyone now, a moment, the week', async (who) => {
    // an American browser: the page's date and time read as the Ukrainian panel's, not as the browser's
    const { page, watch } = await login(demo, who, 'en-US');
    await page.locator('nav a[aria-label="Де співробітники"]').click();
    await page.waitForURL(/\/admin\/vitrylo\/whereabouts/);
    await page.getByText(/^Хто де \d{2}\.\d{2}\.\d{4} \d{2}:\d{2}$/).waitFor({ timeout: 60000 });
    const main = page.locator('#main-content');
    expect(await main.innerText()).toContain('Бондаренко Олена');
    await main.getByText(/^Тиждень \d{2}\.\d{2}\.\d{4} – \d{2}\.\d{2}\.\d{4}$/).waitFor();
    // the picker shows the moment as 29.11.2026 and 14:05 (a native date box would read 11/29/2026, 02:05 PM)
    expect(await page.locator('input[name="date"]').inputValue()).toMatch(/^\d{2}\.\d{2}\.\d{4}$/);
    expect(await page.locator('input[name="time"]').inputValue()).toMatch(/^\d{2}:\d{2}$/);
    // a moment: Wednesday of next week at 11:00, typed as staff type it
    const week = (await main.getByText(/^Тиждень /).innerText()).match(/(\d{2})\.(\d{2})\.(\d{4})/)!;
    const monday = new Date(Date.UTC(Number(week[3]), Number(week[2]) - 1, Number(week[1])));
    const wednesday = new Date(monday.getTime() + 9 * 86400_000).toISOString().slice(0, 10);
    const [y, m, d] = wednesday.split('-');
    await page.fill('input[name="date"]', `${d}.${m}.${y}`);
    await page.fill('input[name="time"]', '11:00');
    await main.getByRole('button', { name: 'Показати' }).click();
    await main.getByText(`Хто де ${d}.${m}.${y} 11:00`).waitFor({ timeout: 30000 });
    expect(await page.locator('input[name="date"]').inputValue()).toBe(`${d}.${m}.${y}`);
    await main.getByText(/^Тиждень /).waitFor();
    expect(await main.innerText()).toContain(`${d}.${m}`);
    if (who === 'director') {
      // the whole page, week grid included, at a working moment
      await page.setViewportSize({ width: 1440, height: 2600 });
      await page.waitForTimeout(500);
      await page.screenshot({ path: path.join(DOCS_SCREENSHOTS, 'whereabouts.png'), fullPage: true });
      await page.setViewportSize({ width: 1440, height: 1000 });
    }
    expect(await leftoversOn(page, 'whereabouts', DATA_WORDS)).toEqual([]);
    expect(watch.consoleErrors).toEqual([]);
    expect(watch.badResponses).toEqual([]);
    await main.getByRole('button', { name: 'Зараз' }).click();
    await main.getByRole('heading', { name: /^Хто де \d/ }).waitFor();
    await page.close();
  });
});
