import fs from 'fs';
import path from 'path';
import type { Page } from 'playwright-core';
import { DEMO_PASSWORD, demoInBrowser, describeInBrowser, loginInBrowser, SCREENSHOTS } from '../helpers/browser';
import { clientBankText, TestPayment } from '../helpers/bank-files';
import { leftoversOn, lockedFields, ScreenWatch, watchScreens } from '../helpers/screen-watch';
import { appDir } from '../helpers/strapi';
import iconv from 'iconv-lite';
import { UID } from '../../src/access/uids';
import { formatDecimalMoney, formatLocalDate } from '../../src/domain/format';
import { formatKopecks, toKopecks } from '../../src/domain/money';
import { makeEdrpou, makeUaIban } from '../../src/domain/identifiers';

/**
 * Issue 11 through the panel: the Accountant opens «Імпорт виписки» from the menu, chooses a Client-Bank file
 * that pays one of the demo company's open invoices (by its number, from the client's real ЄДРПОУ and
 * account), a payment from a payer nobody knows and one of our payments to a demo supplier; the preview
 * shows the figures and the rows with what each is matched to, nothing saved yet; «Імпортувати 3 оплати»
 * saves them, the invoice is paid, and «Відкрити виписку» leads to the statement. The same file again is all
 * duplicates and cannot be imported; a file cut short is refused naming its line. The Secretary and the
 * Sales manager have no such menu entry, and the page's address shows them no access.
 * Screenshots: docs/screenshots/bank-import-preview.png, bank-import-done.png, bank-import-refused.png.
 */

const DOCS_SCREENSHOTS = path.join(appDir, 'docs', 'screenshots');
const PAGE = '/admin/vitrylo/bank-import';
const MENU = 'Імпорт виписки';
const FILE_NAME = 'vypyska-2026.txt';

/** dd.mm.yyyy of today in Kyiv, as a bank writes it. */
function todayInKyiv(): string {
  const parts = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Kyiv', day: '2-digit', month: '2-digit', year: 'numeric' }).formatToParts(new Date());
  const part = (type: string) => parts.find((p) => p.type === type)!.value;
  return `${part('day')}.${part('month')}.${part('year')}`;
}

async function login(demo: ReturnType<typeof demoInBrowser>, who: string): Promise<{ page: Page; watch: ScreenWatch }> {
  const page = await demo.browser.newPage({ viewport: { width: 1440, height: 1000 } });
  const watch = await watchScreens(page, demo.app.baseUrl);
  await loginInBrowser(page, demo.app.baseUrl, `${who}@vitrylo.demo`, DEMO_PASSWORD);
  return { page, watch };
}

async function choose(page: Page, name: string, content: Buffer) {
  await page.getByTestId('bank-import-file').setInputFiles({ name, mimeType: 'text/plain', buffer: content });
  await page.getByText(name, { exact: true }).waitFor();
}

const figure = (page: Page, key: string) => page.getByTestId(`bank-import-${key}`).innerText();

/** The whole page as it is, the pointer off every button (a hovered button reads as a disabled one). */
async function shoot(page: Page, file: string, height?: number) {
  await page.mouse.move(0, 0);
  if (height) await page.setViewportSize({ width: 1440, height });
  await page.waitForTimeout(300);
  await page.screenshot({ path: file, fullPage: true });
  if (height) await page.setViewportSize({ width: 1440, height: 1000 });
}

describeInBrowser('«Імпорт виписки» in the panel', () => {
  const demo = demoInBrowser();
  let invoice: { id: number; documentId: string; number: string; date: string; due: string };
  let client: { name: string; fullName: string | null; edrpou: string; iban: string };
  let supplier: { name: string; edrpou: string; iban: string };
  let payments: TestPayment[];
  let text: string;

  beforeAll(async () => {
    fs.mkdirSync(DOCS_SCREENSHOTS, { recursive: true });
    const db = demo.app.strapi.db;
    // an open hryvnia invoice of a demo client known by its ЄДРПОУ and account, nothing paid on it yet
    const open: any[] = await db.query(UID.invoice as any).findMany({
      where: { state: { $in: ['issued', 'overdue'] }, currency: 'UAH', number: { $notNull: true }, counterparty: { edrpou: { $notNull: true }, kind: 'client' } },
      populate: { counterparty: { select: ['name', 'fullName', 'edrpou'], populate: { bankAccounts: { select: ['iban'] } } } },
      orderBy: { date: 'desc' },
      limit: 50,
    });
    const chosen = open.find((row) => Number(row.total) > 0 && Number(row.paidAmount ?? 0) === 0 && row.counterparty.bankAccounts?.length > 0);
    expect(chosen).toBeTruthy();
    invoice = { id: chosen.id, documentId: chosen.documentId, number: chosen.number, date: chosen.date, due: formatKopecks(toKopecks(String(chosen.total), 'amount')) };
    const cp = chosen.counterparty;
    client = { name: cp.name, fullName: cp.fullName ?? null, edrpou: cp.edrpou, iban: cp.bankAccounts[0].iban };
    const sup: any = await db.query(UID.counterparty as any).findOne({
      where: { kind: 'supplier', edrpou: { $notNull: true }, bankAccounts: { iban: { $notNull: true } } },
      populate: { bankAccounts: { select: ['iban'] } },
    });
    expect(sup).toBeTruthy();
    supplier = { name: sup.fullName ?? sup.name, edrpou: sup.edrpou, iban: sup.bankAccounts[0].iban };

    const today = todayInKyiv();
    payments = [
      {
        number: '4471',
        date: today,
        amount: invoice.due,
        direction: 'incoming',
        otherName: client.fullName ?? client.name,
        otherCode: client.edrpou,
        otherAccount: client.iban,
        purpose: `Оплата згідно рахунку № ${invoice.number} від ${formatLocalDate(invoice.date)} за комп'ютерну техніку та послуги з налаштування, у т.ч. ПДВ 20%`,
      },
      {
        number: '118',
        date: today,
        amount: '2400.00',
        direction: 'incoming',
        otherName: 'ФОП Кравчук Оксана Петрівна',
        otherCode: makeEdrpou('3994017'),
        otherAccount: makeUaIban('305299', '26003055598765'),
        purpose: 'Передоплата за консультаційні послуги згідно домовленості від 02.11.2026, без ПДВ',
      },
      {
        number: '903',
        date: today,
        amount: '15780.50',
        direction: 'outgoing',
        otherName: supplier.name,
        otherCode: supplier.edrpou,
        otherAccount: supplier.iban,
        purpose: 'Оплата за комплектуючі згідно видаткової накладної № 5521 від 28.10.2026, у т.ч. ПДВ 20% — 2630,08 грн',
      },
    ];
    text = clientBankText(payments);
  });

  test('the Accountant previews a statement, imports it, opens it; the same file again is all duplicates; a file cut short is refused with its line', async () => {
    const { page, watch } = await login(demo, 'accountant');
    const found: string[] = [];
    const file = iconv.encode(text, 'cp1251');

    watch.screen = 'bank-import';
    await page.locator(`nav a[aria-label="${MENU}"]`).click();
    await page.waitForURL(/\/admin\/vitrylo\/bank-import/);
    await page.getByRole('heading', { name: 'Імпорт банківської виписки' }).waitFor({ timeout: 60000 });
    expect(await page.getByRole('button', { name: 'Переглянути' }).isDisabled()).toBe(true);
    found.push(...(await leftoversOn(page, 'bank-import')));

    // the preview: what the file holds and what would be made of it; nothing saved
    watch.screen = 'bank-import-preview';
    await choose(page, FILE_NAME, file);
    await page.getByRole('button', { name: 'Переглянути' }).click();
    await page.getByTestId('bank-import-summary').waitFor({ timeout: 60000 });
    expect(await figure(page, 'documents')).toBe('3');
    expect(await figure(page, 'willCreate')).toBe('3');
    expect(await figure(page, 'duplicates')).toBe('0');
    expect(await figure(page, 'willMatch')).toBe('1');
    expect(await figure(page, 'incoming')).toContain(formatDecimalMoney(formatKopecks(toKopecks(invoice.due, 'amount') + BigInt(240000))));
    expect(await figure(page, 'outgoing')).toContain(formatDecimalMoney('15780.50'));
    const matchedRow = page.locator('tbody tr').filter({ hasText: `Рахунок ${invoice.number}` });
    expect(await matchedRow.count()).toBe(1);
    expect(await matchedRow.innerText()).toContain(client.name);
    expect(await matchedRow.innerText()).toContain(formatDecimalMoney(invoice.due));
    // why: the payer by its code, the invoice by the number in the purpose
    expect(await matchedRow.getByTestId('bank-import-reason').innerText()).toContain(client.edrpou);
    expect(await page.locator('tbody tr').filter({ hasText: 'ФОП Кравчук Оксана Петрівна' }).innerText()).toMatch(/без рахунку/i);
    expect(await demo.app.strapi.db.query(UID.payment as any).count({ where: { bankDocNumber: '4471', payerCode: client.edrpou } })).toBe(0);
    expect(await page.getByTestId('bank-import-preview-note').innerText()).toContain('нічого ще не збережено');
    found.push(...(await leftoversOn(page, 'bank-import-preview')));
    await shoot(page, path.join(DOCS_SCREENSHOTS, 'bank-import-preview.png'));

    // the import: three payments, the invoice paid
    watch.screen = 'bank-import-done';
    await page.getByRole('button', { name: 'Імпортувати 3 оплати' }).click();
    const done = page.getByTestId('bank-import-done');
    await done.waitFor({ timeout: 60000 });
    const doneText = await done.innerText();
    expect(doneText).toContain('Виписку імпортовано');
    expect(doneText).toContain('Створено 3 оплати');
    expect(await figure(page, 'created')).toBe('3');
    expect(await figure(page, 'matched')).toBe('1');
    expect(await figure(page, 'unmatched')).toBe('2');
    expect(await page.getByRole('button', { name: 'Імпортувати ще одну виписку' }).isEnabled()).toBe(true);
    found.push(...(await leftoversOn(page, 'bank-import-done')));
    await shoot(page, path.join(DOCS_SCREENSHOTS, 'bank-import-done.png'));

    const paid: any = await demo.app.strapi.db.query(UID.invoice as any).findOne({ where: { id: invoice.id }, select: ['state', 'paidAmount'] });
    expect(paid.state).toBe('paid');
    const payment: any = await demo.app.strapi.db.query(UID.payment as any).findOne({
      where: { bankDocNumber: '4471', payerCode: client.edrpou },
      populate: { invoice: { select: ['number'] }, statement: { select: ['documentId', 'fileName'] } },
    });
    expect(payment).toMatchObject({ matchStatus: 'auto', invoice: { number: invoice.number }, statement: { fileName: FILE_NAME } });
    expect(payment.matchReason).toBeTruthy();

    // the statement it made, in the content manager
    watch.screen = 'bank-statement';
    await page.getByRole('link', { name: 'Відкрити виписку' }).click();
    await page.waitForURL(new RegExp(`api::bank-statement\\.bank-statement/${payment.statement.documentId}`), { timeout: 60000 });
    await page.locator('input[name="fileName"]').waitFor({ timeout: 60000 });
    expect(await page.locator('input[name="fileName"]').inputValue()).toBe(FILE_NAME);
    expect(await page.locator('input[name="fileName"]').isDisabled()).toBe(true);
    await page.waitForLoadState('networkidle', { timeout: 15000 }).catch(() => undefined);
    found.push(...(await leftoversOn(page, 'bank-statement')));
    found.push(...(await lockedFields(page)).map((label) => `bank-statement: locked field «${label}»`));
    await shoot(page, path.join(SCREENSHOTS, 'bank-statement.png'), 1900);

    // the payment it made: why it went to the invoice, in words
    watch.screen = 'payment';
    await page.goto(`${demo.app.baseUrl}/admin/content-manager/collection-types/${UID.payment}/${payment.documentId}`);
    const reason = page.locator('[name="matchReason"]');
    await reason.waitFor({ timeout: 60000 });
    expect(await reason.inputValue()).toBe(payment.matchReason);
    expect(await reason.isDisabled()).toBe(true);
    // a sentence, read whole: its box is wide enough for it
    expect(await reason.evaluate((box: HTMLInputElement) => box.scrollWidth <= box.clientWidth)).toBe(true);
    await page.getByText('Підстава зіставлення').first().waitFor();
    await page.waitForLoadState('networkidle', { timeout: 15000 }).catch(() => undefined);
    found.push(...(await leftoversOn(page, 'payment')));
    found.push(...(await lockedFields(page)).map((label) => `payment: locked field «${label}»`));
    await shoot(page, path.join(SCREENSHOTS, 'bank-payment.png'), 2000);

    // the same file again: every payment a duplicate, nothing to import
    watch.screen = 'bank-import-again';
    await page.locator(`nav a[aria-label="${MENU}"]`).click();
    await page.getByRole('heading', { name: 'Імпорт банківської виписки' }).waitFor({ timeout: 60000 });
    await choose(page, 'vypyska-2026-znovu.txt', file);
    await page.getByRole('button', { name: 'Переглянути' }).click();
    await page.getByTestId('bank-import-summary').waitFor({ timeout: 60000 });
    expect(await figure(page, 'willCreate')).toBe('0');
    expect(await figure(page, 'duplicates')).toBe('3');
    expect(await page.locator('tbody tr').filter({ hasText: 'Уже імпортовано' }).count()).toBe(3);
    expect(await page.getByRole('button', { name: 'Нових оплат немає' }).isDisabled()).toBe(true);
    expect(await page.getByRole('button', { name: /^Імпортувати \d/ }).count()).toBe(0);
    expect(await page.getByTestId('bank-import-preview-note').innerText()).toContain('вже імпортовано раніше (3 документи)');
    found.push(...(await leftoversOn(page, 'bank-import-again')));
    await shoot(page, path.join(SCREENSHOTS, 'bank-import-duplicates.png'));

    // a file cut short: refused, naming the last line it has
    watch.screen = 'bank-import-refused';
    const cut = text.slice(0, text.lastIndexOf('КонецФайла'));
    const lastLine = cut.split('\r\n').filter(Boolean).length;
    await choose(page, 'vypyska-obirvana.txt', iconv.encode(cut, 'cp1251'));
    await page.getByRole('button', { name: 'Переглянути' }).click();
    const refusal = page.getByTestId('bank-import-refusal');
    await refusal.waitFor({ timeout: 60000 });
    const refusalText = await refusal.innerText();
    expect(refusalText).toContain('Виписку не прийнято');
    expect(refusalText).toMatch(new RegExp(`рядок ${lastLine}\\b`, 'i'));
    expect(refusalText).toContain('КонецФайла');
    expect(await page.getByTestId('bank-import-summary').count()).toBe(0);
    found.push(...(await leftoversOn(page, 'bank-import-refused')));
    await shoot(page, path.join(DOCS_SCREENSHOTS, 'bank-import-refused.png'));
    expect(await demo.app.strapi.db.query(UID.bankStatement as any).count({ where: { fileName: { $startsWith: 'vypyska' } } })).toBe(1);

    expect({ found, consoleErrors: watch.consoleErrors, badResponses: watch.badResponses, unwantedRequests: watch.unwantedRequests }).toEqual({
      found: [],
      consoleErrors: [],
      badResponses: [],
      unwantedRequests: [],
    });
    await page.close();
  });

  test.each(['secretary', 'manager'])('the %s has no «Імпорт виписки» in the menu, and its address says there is no access', async (who) => {
    const { page, watch } = await login(demo, who);
    await page.locator('nav a[aria-label="Головна"], nav a[href="/admin"]').first().waitFor({ timeout: 60000 });
    expect(await page.locator(`nav a[aria-label="${MENU}"]`).count()).toBe(0);
    expect(await page.locator('nav').first().innerText()).not.toContain(MENU);

    watch.screen = `${who}-bank-import`;
    await page.goto(`${demo.app.baseUrl}${PAGE}`);
    await page.getByText('Немає доступу').first().waitFor({ timeout: 60000 });
    expect(await page.getByTestId('bank-import-file').count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Обрати файл' }).count()).toBe(0);
    expect(await leftoversOn(page, `${who}-bank-import`)).toEqual([]);
    await page.screenshot({ path: path.join(SCREENSHOTS, `bank-import-${who}.png`) });
    expect(watch.consoleErrors).toEqual([]);
    expect(watch.badResponses).toEqual([]);
    await page.close();
  });
});
