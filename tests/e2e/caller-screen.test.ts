import fs from 'fs';
import path from 'path';
import type { Page } from 'playwright-core';
import { DEMO_PASSWORD, demoInBrowser, describeInBrowser, loginInBrowser } from '../helpers/browser';
import { leftoversOn, watchScreens } from '../helpers/screen-watch';
import { appDir } from '../helpers/strapi';
import { UID } from '../../src/access/uids';

/**
 * "Хто дзвонить?" as the Secretary: a demo client's contact person's phone typed with spaces brings up the
 * card (client, contact, manager and where they are, open requests; no chronicle, which she may not see);
 * an unknown number says so and registers a request through the quick form, which says whom it went to
 * and why. Screenshots: docs/screenshots/caller.png, quick-form.png, quick-form-routed.png.
 */
const DOCS_SCREENSHOTS = path.join(appDir, 'docs', 'screenshots');

/** '+380978359059' → '097 835 90 59', as people say a number. */
const spaced = (e164: string) => {
  const national = `0${e164.slice(4)}`;
  return `${national.slice(0, 3)} ${national.slice(3, 6)} ${national.slice(6, 8)} ${national.slice(8)}`;
};

async function lookUp(page: Page, typed: string) {
  const box = page.getByLabel('Телефон, ел. пошта або ЄДРПОУ');
  await box.fill(typed);
  await page.getByRole('button', { name: 'Знайти' }).click();
}

describeInBrowser('"Хто дзвонить?" and the quick form', () => {
  const demo = demoInBrowser();

  beforeAll(() => {
    fs.mkdirSync(DOCS_SCREENSHOTS, { recursive: true });
  });

  test('the Secretary finds a demo client by its contact\'s phone with spaces, and registers an unknown caller\'s request', async () => {
    // a demo client with a manager, through one of its contact persons' phones
    const contact: any = await demo.app.strapi.db.query(UID.contactPerson as any).findOne({
      where: { phone: { $startsWith: '+380' }, counterparty: { manager: { id: { $notNull: true } } } },
      populate: { counterparty: { select: ['name'], populate: { manager: { select: ['fullName'] } } } },
      orderBy: { id: 'asc' },
    });
    expect(contact).toBeTruthy();

    const page = await demo.browser.newPage({ viewport: { width: 1440, height: 1100 } });
    const watch = await watchScreens(page, demo.app.baseUrl);
    await loginInBrowser(page, demo.app.baseUrl, 'secretary@vitrylo.demo', DEMO_PASSWORD);
    watch.screen = 'caller';
    await page.getByRole('link', { name: 'Хто дзвонить?' }).click();
    await page.getByRole('heading', { name: 'Хто дзвонить?' }).waitFor({ timeout: 60000 });
    await page.getByText('Введіть номер, з якого дзвонять').waitFor();

    await lookUp(page, spaced(contact.phone));
    const card = page.getByTestId('caller-card').first();
    await card.waitFor({ timeout: 30000 });
    const cardText = await card.innerText();
    expect(cardText).toContain(contact.counterparty.name);
    expect(cardText).toContain(contact.fullName);
    expect(cardText).toContain(contact.counterparty.manager.fullName);
    expect(cardText).toMatch(/Відкриті звернення/i);
    // where the manager is now, from the schedule the Secretary may read
    expect(await card.getByTestId('manager-whereabouts').innerText()).not.toBe('');
    // the chronicle is not hers: said, not left blank
    expect(cardText).toContain('Хроніка контактів вам недоступна');
    expect(await leftoversOn(page, 'caller card')).toEqual([]);
    await page.screenshot({ path: path.join(DOCS_SCREENSHOTS, 'caller.png'), fullPage: true });

    watch.screen = 'unknown caller';
    await lookUp(page, '063 000 00 17');
    await page.getByTestId('caller-none').waitFor({ timeout: 30000 });
    expect(await page.getByTestId('caller-none').innerText()).toContain('немає 063 000 00 17');
    await page.getByRole('button', { name: 'Зареєструвати звернення' }).click();
    const form = page.getByTestId('quick-request-form');
    await form.waitFor();
    expect(await form.getByLabel('Телефон').inputValue()).toBe('063 000 00 17');

    // a wrong phone is refused on its field, in Ukrainian
    await form.getByLabel('Телефон').fill('063 000');
    await form.getByLabel('Тема').fill('Ціна на металопластикові вікна');
    await form.getByLabel('Ім’я заявника').fill('Олег Сидоренко');
    await form.getByLabel('Організація').fill('ФОП Сидоренко О. В.');
    await form.getByRole('button', { name: 'Зареєструвати' }).click();
    await form.getByText('Перевірте поля, позначені червоним').waitFor({ timeout: 30000 });
    expect(await form.innerText()).toMatch(/Телефон заявника: має бути українським номером/);

    await form.getByLabel('Телефон').fill('063 000 00 17');
    await form.getByLabel('Текст звернення').fill('Просить прорахувати три вікна 120×140 і перезвонити до 17:00.');
    await form.getByRole('combobox', { name: 'Як дізналися про нас' }).click();
    await page.getByRole('option').nth(1).click();
    await form.getByRole('combobox', { name: 'Терміновість' }).click();
    await page.getByRole('option', { name: 'Висока' }).click();
    expect(await leftoversOn(page, 'quick form')).toEqual([]);
    await page.screenshot({ path: path.join(DOCS_SCREENSHOTS, 'quick-form.png'), fullPage: true });

    watch.screen = 'routed';
    await form.getByRole('button', { name: 'Зареєструвати' }).click();
    const routed = page.getByTestId('routed-request');
    await routed.waitFor({ timeout: 30000 });
    const routedText = await routed.innerText();
    expect(routedText).toContain('Звернення зареєстровано');
    expect(routedText).toMatch(/Передано: \S+|Виконавця не знайдено/);
    expect(routedText).toContain('Чому:');
    expect(routedText).toContain('Клієнта не розпізнано');
    expect(await leftoversOn(page, 'routed request')).toEqual([]);
    await page.screenshot({ path: path.join(DOCS_SCREENSHOTS, 'quick-form-routed.png'), fullPage: true });

    const stored: any = await demo.app.strapi.db.query(UID.inboundRequest as any).findOne({
      where: { callerPhone: '+380630000017' },
      populate: { assignee: { select: ['fullName'] }, registeredBy: { select: ['fullName'] }, leadSource: { select: ['name'] } },
    });
    expect(stored).toMatchObject({ subject: 'Ціна на металопластикові вікна', organizationName: 'ФОП Сидоренко О. В.', urgency: 'high', channel: 'phone' });
    expect(stored.registeredBy.fullName).toBe('Стецюк Софія Ігорівна');
    expect(stored.leadSource).not.toBeNull();
    if (stored.assignee) expect(routedText).toContain(stored.assignee.fullName);

    expect(watch.consoleErrors).toEqual([]);
    expect(watch.badResponses).toEqual([]);
    expect(watch.unwantedRequests).toEqual([]);
    await page.close();
  });

  test('a Sales manager sees the chronicle on the card; the Accountant may look up but not register', async () => {
    const client: any = await demo.app.strapi.db.query(UID.counterparty as any).findOne({
      where: { phone: { $startsWith: '+380' }, manager: { adminUser: { email: 'manager@vitrylo.demo' } } },
      select: ['name', 'phone'],
    });
    expect(client).toBeTruthy();
    const page = await demo.browser.newPage({ viewport: { width: 1440, height: 1000 } });
    await loginInBrowser(page, demo.app.baseUrl, 'manager@vitrylo.demo', DEMO_PASSWORD);
    await page.goto(`${demo.app.baseUrl}/admin/vitrylo/caller`);
    await lookUp(page, spaced(client.phone));
    const card = page.getByTestId('caller-card').first();
    await card.waitFor({ timeout: 60000 });
    expect(await card.innerText()).toMatch(/Останні контакти/i);
    expect(await card.innerText()).not.toContain('Хроніка контактів вам недоступна');
    await page.close();

    const accountant = await demo.browser.newPage({ viewport: { width: 1440, height: 1000 } });
    await loginInBrowser(accountant, demo.app.baseUrl, 'accountant@vitrylo.demo', DEMO_PASSWORD);
    await accountant.getByRole('link', { name: 'Хто дзвонить?' }).click();
    await lookUp(accountant, spaced(client.phone));
    await accountant.getByTestId('caller-card').first().waitFor({ timeout: 60000 });
    expect(await accountant.getByRole('button', { name: /Зареєструвати звернення|Нове звернення/ }).count()).toBe(0);
    await accountant.close();
  });
});
