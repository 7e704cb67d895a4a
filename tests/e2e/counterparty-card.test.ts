import fs from 'fs';
import path from 'path';
import type { Page } from 'playwright-core';
import { DEMO_PASSWORD, demoInBrowser, describeInBrowser, loginInBrowser } from '../helpers/browser';
import { lockedFields } from '../helpers/screen-watch';
import { logRequests, requestLines } from '../helpers/request-log';
import { appDir } from '../helpers/strapi';

/**
 * The counterparty card with the demo data (issue 9 item 5, issue 10 item 1): the manager opens his busiest
 * client and sees its attributes as labelled fields, the chronicle timeline with filters, the invoice and
 * request panels, and "Додати контакт" opens a new interaction with the client and its contact filled in;
 * the Secretary's card and a product have no locked inputs. The card loads in under 2 s (printed, with every
 * request it makes); its own panels ask for each thing once and read the filters' lists only when opened.
 * Screenshot: docs/screenshots/counterparty-card.png.
 */

const DOCS_SCREENSHOTS = path.join(appDir, 'docs', 'screenshots');
const CARD = (documentId: string) => `/admin/content-manager/collection-types/api::counterparty.counterparty/${documentId}`;

describeInBrowser('the counterparty card', () => {
  const demo = demoInBrowser();
  let client: { documentId: string; name: string; attributes: Record<string, unknown>; interactions: number };
  let invoiceNumber: string;
  let requestSubject: string | null;

  beforeAll(async () => {
    fs.mkdirSync(DOCS_SCREENSHOTS, { recursive: true });
    const db = demo.app.strapi.db;
    const me: any = await db.query('api::employee.employee' as any).findOne({ where: { adminUser: { email: 'manager@vitrylo.demo' } } });
    const mine: any[] = await db.query('api::counterparty.counterparty' as any).findMany({ where: { manager: { id: me.id } }, populate: { interactions: { select: ['id'] }, invoices: { select: ['number', 'date'] }, inboundRequests: { select: ['subject', 'receivedAt'] } } });
    const busiest = mine.filter((c) => c.invoices.length > 0 && Object.keys(c.attributes ?? {}).length > 0).sort((a, b) => b.interactions.length - a.interactions.length)[0];
    expect(busiest).toBeTruthy();
    client = { documentId: busiest.documentId, name: busiest.name, attributes: busiest.attributes, interactions: busiest.interactions.length };
    invoiceNumber = [...busiest.invoices].sort((a, b) => String(b.date).localeCompare(String(a.date)))[0].number;
    requestSubject = [...busiest.inboundRequests].sort((a, b) => String(b.receivedAt).localeCompare(String(a.receivedAt)))[0]?.subject ?? null;
  });

  async function openCard(page: Page, documentId: string): Promise<number> {
    const started = Date.now();
    await page.goto(`${demo.app.baseUrl}${CARD(documentId)}`);
    await page.locator('[data-timeline-entry]').first().waitFor({ timeout: 60000 });
    await page.locator('[data-card-list]').first().waitFor({ timeout: 60000 });
    await page.locator('[data-attributes-editor]').waitFor({ timeout: 60000 });
    return Date.now() - started;
  }

  /** Opens the card twice (the first opening loads the panel's code) and prints the second: its time and every request. */
  async function openTimed(page: Page, who: string) {
    await openCard(page, client.documentId);
    const requests = logRequests(page, demo.app.baseUrl);
    const took = await openCard(page, client.documentId);
    await page.waitForTimeout(1500); // whatever the card still asks for after it shows
    requests.stop();
    const made = requests.entries();
    // eslint-disable-next-line no-console
    console.log(`${who}: counterparty card of "${client.name}" (${client.interactions} interactions) loaded in ${took} ms, ${made.length} requests:\n${requestLines(made)}`);
    // The target is 2 s on the demo data, read from this line on an idle machine (docs/benchmarks.md): a
    // timed assertion would fail on a busy one and prove nothing on a fast one.

    // the card's own panels: each asks once, and the timeline's filter lists wait until a filter opens
    const own = (fragment: string) => made.filter((request) => request.method === 'GET' && request.path.includes(fragment)).length;
    expect(own(`/crm/counterparties/${client.documentId}/timeline`)).toBe(1);
    const lists = ['api::invoice.invoice', 'api::payment.payment', 'api::inbound-request.inbound-request', 'api::contract.contract', 'api::complaint.complaint', 'api::refusal.refusal'];
    for (const uid of lists) expect([uid, own(`/collection-types/${uid}?`)]).toEqual([uid, 1]);
    // the lists the panels show are no relation inputs in the form (no picker, no drag-and-detach)
    expect(made.map((request) => request.path).filter((path) => /\/relations\/api::counterparty\.counterparty\/.*\b(interactions|invoices|payments|inboundRequests|contracts|complaints|refusals)\b/.test(path))).toEqual([]);
    for (const uid of ['api::interaction-stage.interaction-stage', 'api::business-line.business-line', 'api::employee.employee']) expect(own(`/collection-types/${uid}?`)).toBe(0);
    return made;
  }

  test('the manager’s card: attributes, timeline with filters, invoices and requests (its load time printed)', async () => {
    const page = await demo.browser.newPage({ viewport: { width: 1440, height: 1100 } });
    await loginInBrowser(page, demo.app.baseUrl, 'manager@vitrylo.demo', DEMO_PASSWORD);
    await openTimed(page, 'manager');

    // attributes: a row per attribute, its caption in a text box, no JSON editor
    const labels = await page.locator('[data-attributes-editor] [data-attribute-row] input').evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value));
    for (const key of Object.keys(client.attributes).filter((k) => typeof client.attributes[k] !== 'object')) expect(labels).toContain(key);
    expect(await page.locator('.cm-editor').count()).toBe(0);

    // no drag-and-detach lists of the chronicle, invoices, requests or contracts in the form
    const form = await page.locator('main form').first().innerText();
    expect(form).not.toMatch(/Хроніка контактів\s*\(\d+\)|Рахунки\s*\(\d+\)/);
    expect(await page.locator('[data-card-list="api::invoice.invoice"]').innerText()).toContain(invoiceNumber);
    if (requestSubject) expect(await page.locator('[data-card-list="api::inbound-request.inbound-request"]').innerText()).toContain(requestSubject);

    // the timeline: newest first, dated, and filtered by kind
    const dates = await page.locator('[data-timeline-entry]').evaluateAll((entries) => entries.map((entry) => entry.textContent ?? ''));
    expect(dates.length).toBeGreaterThan(0);
    expect(dates[0]).toMatch(/\d{2}\.\d{2}\.\d{4}/);
    await page.getByRole('combobox', { name: 'Вид контакту' }).click();
    await page.getByRole('option', { name: 'Зустріч', exact: true }).click();
    await page.waitForFunction(() => [...document.querySelectorAll('[data-timeline-entry]')].every((entry) => (entry.textContent ?? '').includes('Зустріч')) || document.body.innerText.includes('За цими умовами контактів немає'), undefined, { timeout: 30000 });
    const text = await page.locator('[data-timeline]').innerText();
    expect(text).not.toMatch(/Вихідний дзвінок|Вхідний дзвінок/);
    await page.getByRole('button', { name: 'Скинути умови' }).click();
    // the stage filter reads its list on its first opening
    await page.getByRole('combobox', { name: 'Етап продажу' }).click();
    await page.getByRole('option').nth(1).waitFor({ timeout: 30000 });
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => /Вихідний дзвінок|Вхідний дзвінок|Електронний лист/.test(document.querySelector('[data-timeline]')?.textContent ?? ''), undefined, { timeout: 30000 });
    await page.screenshot({ path: path.join(DOCS_SCREENSHOTS, 'counterparty-card.png'), fullPage: true });

    // "Додати контакт": a new interaction with this client and a contact person of its own, dated now
    await page.getByRole('button', { name: 'Додати контакт' }).click();
    await page.waitForURL(/api::interaction\.interaction\/create/, { timeout: 30000 });
    await page.getByText(client.name).first().waitFor({ timeout: 30000 });
    const contacts: any[] = await demo.app.strapi.db.query('api::contact-person.contact-person' as any).findMany({ where: { counterparty: { documentId: client.documentId } }, select: ['fullName'] });
    const newForm = await page.locator('main').innerText();
    if (contacts.length > 0) expect(contacts.some((c) => newForm.includes(c.fullName))).toBe(true);
    // dated now: the date box of "Дата і час" holds a date
    const values = await page.locator('main input').evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value));
    expect(values.some((value) => /\d{1,2}[./]\d{1,2}[./]\d{4}/.test(value))).toBe(true);
    await page.close();
  });

  test('the Director’s card asks for the same once each, and for its change history once', async () => {
    const page = await demo.browser.newPage({ viewport: { width: 1440, height: 1100 } });
    await loginInBrowser(page, demo.app.baseUrl, 'director@vitrylo.demo', DEMO_PASSWORD);
    const made = await openTimed(page, 'director');
    expect(made.filter((request) => request.path.startsWith('/crm/audit-entries?')).length).toBe(1);
    await page.close();
  });

  test('the Secretary’s card and a product show no locked fields', async () => {
    const page = await demo.browser.newPage({ viewport: { width: 1440, height: 1000 } });
    await loginInBrowser(page, demo.app.baseUrl, 'secretary@vitrylo.demo', DEMO_PASSWORD);
    await page.goto(`${demo.app.baseUrl}${CARD(client.documentId)}`);
    await page.locator('[data-attributes-editor]').waitFor({ timeout: 60000 });
    await page.waitForTimeout(1000);
    expect(await lockedFields(page)).toEqual([]);
    expect(await page.locator('[data-timeline]').count()).toBe(0);

    const product: any = await demo.app.strapi.db.query('api::product.product' as any).findOne({ where: { price: { $notNull: true } } });
    await page.goto(`${demo.app.baseUrl}/admin/content-manager/collection-types/api::product.product/${product.documentId}`);
    await page.getByText(product.name).first().waitFor({ timeout: 60000 });
    await page.waitForTimeout(1000);
    expect(await lockedFields(page)).toEqual([]);
    await page.close();
  });
});
