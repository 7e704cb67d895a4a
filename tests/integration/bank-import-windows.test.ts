import { startStrapi, TestApp } from '../helpers/strapi';
import { AccessFixtures, createAccessFixtures, loginAll, Person } from '../helpers/access-fixtures';
import { AdminSession } from '../helpers/admin';
import { fromDist } from '../helpers/dist';
import { clientBankFile, TestPayment } from '../helpers/bank-files';
import { UID } from '../../src/access/uids';
import { makeEdrpou, makeUaIban } from '../../src/domain/identifiers';

/**
 * A statement bigger than the import's window (BANK_IMPORT_WINDOW, here 4 transactions) is matched and
 * written a window at a time, and must come out as if it had been taken whole: an invoice paid in two
 * windows is paid, twins in two windows are both kept once, the statement's counts are the whole file's, a
 * re-import creates nothing, the preview says what the import does, and a failure in a later window leaves
 * nothing of the earlier ones behind.
 */

const WINDOW = 4;
let app: TestApp;
let fx: AccessFixtures;
let as: Record<Person, AdminSession>;
let payer: { documentId: string; edrpou: string; iban: string };
let seq = 0;
let windowBefore: string | undefined;

function upload(session: AdminSession, content: Buffer, fileName: string, query = '') {
  return app.http.post(`/crm/bank-statements/import${query}`).set('Authorization', `Bearer ${session.token}`).attach('file', content, fileName);
}

const count = (uid: string, where: Record<string, unknown> = {}) => app.strapi.db.query(uid as any).count({ where });
const invoiceOf = (documentId: string) => app.strapi.db.query(UID.invoice as any).findOne({ where: { documentId }, select: ['state', 'paidAmount'] });
const decimal = (value: unknown) => Number(value).toFixed(2);

async function invoice(number: string, price: string) {
  const doc: any = await app.strapi.documents(UID.invoice as any).create({
    data: { number, date: '2026-11-02', counterparty: payer.documentId, state: 'issued', lines: [{ description: 'Послуга', quantity: 1, price, vatRate: 0 }] } as any,
  });
  return doc.documentId as string;
}

function payment(amount: string, purpose: string, extra: Partial<TestPayment> = {}): TestPayment {
  seq += 1;
  return { number: String(3000 + seq), date: '12.11.2026', amount, direction: 'incoming', otherName: 'ТОВ «Платник Вікон»', otherCode: payer.edrpou, otherAccount: payer.iban, purpose, ...extra };
}

/** `n` payments that name no invoice (no digits in their purposes) and pay no open amount exactly, to fill windows. */
const fillers = (n: number, label: string) => Array.from({ length: n }, (_, i) => payment(`${i + 1}.17`, `Поповнення, партія ${label}`));

beforeAll(async () => {
  windowBefore = process.env.BANK_IMPORT_WINDOW;
  process.env.BANK_IMPORT_WINDOW = String(WINDOW);
  app = await startStrapi();
  fx = await createAccessFixtures(app.strapi);
  as = await loginAll(app, fx);
  const edrpou = makeEdrpou('4117733');
  const iban = makeUaIban('305299', '26001055577777');
  const cp: any = await app.strapi.documents(UID.counterparty as any).create({
    data: { name: 'Платник Вікон', kind: 'client', edrpou, bankAccounts: [{ iban, bankName: 'ПриватБанк' }], manager: fx.employees.manager.documentId } as any,
  });
  payer = { documentId: cp.documentId, edrpou, iban };
});

afterAll(async () => {
  await app?.stop();
  if (windowBefore === undefined) delete process.env.BANK_IMPORT_WINDOW;
  else process.env.BANK_IMPORT_WINDOW = windowBefore;
});

describe('a statement of several windows', () => {
  let number: string;
  let invoiceId: string;
  let file: Buffer;

  beforeAll(async () => {
    number = `ВК-${String(++seq).padStart(7, '0')}`;
    invoiceId = await invoice(number, '1500.00');
    const twin = payment('10.05', 'Двійник без рахунку', { number: '777' });
    // 30 documents, 8 windows: the invoice is paid in window 1 and window 5, the twins sit in windows 2 and 7
    const documents = [
      ...fillers(1, 'А'),
      payment('500.00', `Оплата згідно рах. № ${number} від 02.11.2026`),
      ...fillers(3, 'Б'),
      twin,
      ...fillers(11, 'В'),
      payment('1000.00', `Доплата за рахунком ${number}`),
      ...fillers(8, 'Г'),
      { ...twin },
      ...fillers(3, 'Д'),
    ];
    expect(documents).toHaveLength(30);
    file = clientBankFile(documents);
  });

  it('the preview says what the import will do, and saves nothing', async () => {
    const payments = await count(UID.payment);
    const res = await upload(as.accountant, file, 'windows.txt', '?preview=true');
    expect(res.status).toBe(200);
    expect(res.body.data.statement).toBeNull();
    expect(res.body.data.summary).toMatchObject({ documents: 30, created: 30, duplicates: 0, matched: 2, unmatched: 28, totalIncoming: expect.any(String) });
    expect(res.body.data.rows).toHaveLength(30);
    expect(res.body.data.rows.filter((row: any) => row.invoice === number).map((row: any) => row.amount)).toEqual(['500.00', '1000.00']);
    expect(res.body.data.rows.every((row: any) => row.counterparty === 'Платник Вікон' && !row.duplicate)).toBe(true);
    expect(await count(UID.payment)).toBe(payments);
    expect(await invoiceOf(invoiceId)).toMatchObject({ state: 'issued' });
  });

  it('pays the invoice with payments from two windows, keeps both twins and counts the whole file', async () => {
    const preview = (await upload(as.accountant, file, 'windows.txt', '?preview=true')).body.data.summary;
    const res = await upload(as.accountant, file, 'windows.txt');
    expect(res.status).toBe(200);
    const { summary } = res.body.data;
    expect(summary).toEqual(preview);
    expect(summary).toMatchObject({ documents: 30, incoming: 30, outgoing: 0, created: 30, duplicates: 0, matched: 2, unmatched: 28 });

    const invoiceNow = await invoiceOf(invoiceId);
    expect(invoiceNow.state).toBe('paid');
    expect(decimal(invoiceNow.paidAmount)).toBe('1500.00');

    const statement: any = await app.strapi.db.query(UID.bankStatement as any).findOne({ where: { documentId: res.body.data.statement.documentId } });
    expect(statement).toMatchObject({ state: 'imported', documentsCount: 30, createdCount: 30, duplicatesCount: 0, matchedCount: 2, unmatchedCount: 28 });
    expect(decimal(statement.totalIncoming)).toBe(summary.totalIncoming);
    expect(await count(UID.payment, { statement: { id: statement.id } })).toBe(30);
    expect(await count(UID.payment, { statement: { id: statement.id }, purpose: 'Двійник без рахунку' })).toBe(2);
    expect(await count(UID.payment, { statement: { id: statement.id }, invoice: { documentId: invoiceId } })).toBe(2);

    // one audit entry for the whole import, counting every window's payments
    const [entry]: any[] = await app.strapi.db.query('api::audit-entry.audit-entry' as any).findMany({ where: { action: 'bulk-job', jobName: 'bank-import' }, orderBy: { id: 'desc' }, limit: 1 });
    expect(entry.counts).toMatchObject({ created: { [UID.payment]: 30, [UID.bankStatement]: 1 }, updated: { [UID.invoice]: 1 }, duplicates: 0, matched: 2, unmatched: 28 });
  });

  it('imported again, creates nothing in any window', async () => {
    const payments = await count(UID.payment);
    const res = await upload(as.accountant, file, 'windows-again.txt');
    expect(res.status).toBe(200);
    expect(res.body.data.summary).toMatchObject({ documents: 30, created: 0, duplicates: 30, matched: 0, unmatched: 0 });
    expect(await count(UID.payment)).toBe(payments);
    expect(decimal((await invoiceOf(invoiceId)).paidAmount)).toBe('1500.00');
  });
});

describe('a failure in a later window', () => {
  it('leaves no statement, payment, counterparty or invoice change of the earlier windows behind', async () => {
    const number = `ВК-${String(++seq).padStart(7, '0')}`;
    const invoiceId = await invoice(number, '300.00');
    const strangerCode = makeEdrpou('4662211');
    const stranger = { otherName: 'ТОВ «Незнайомець Вікон»', otherCode: strangerCode, otherAccount: makeUaIban('300465', '26002000055555') };
    const documents = [payment('300.00', `Оплата рах. ${number}`), payment('7.00', 'незнайомий платник', stranger), ...fillers(10, 'Е')];
    const writer = fromDist('src/bank/payment-rows.ts').PaymentWriter.prototype;
    const write = writer.write;
    let windows = 0;
    const spy = jest.spyOn(writer, 'write').mockImplementation(async function (this: unknown, ...args: any[]) {
      windows += 1;
      if (windows === 2) throw new Error('disk full');
      return write.apply(this, args);
    });
    const before = { payments: await count(UID.payment), statements: await count(UID.bankStatement), counterparties: await count(UID.counterparty) };
    try {
      const res = await upload(as.accountant, clientBankFile(documents), 'halfway-windows.txt', '?createCounterparties=true');
      expect(res.status).toBe(500);
    } finally {
      spy.mockRestore();
    }
    expect(windows).toBe(2);
    expect({ payments: await count(UID.payment), statements: await count(UID.bankStatement), counterparties: await count(UID.counterparty) }).toEqual(before);
    expect(await count(UID.counterparty, { edrpou: strangerCode })).toBe(0);
    expect(await invoiceOf(invoiceId)).toMatchObject({ state: 'issued' });

    // the same file imports cleanly afterwards, the stranger made once though he pays in two windows
    const retry = await upload(as.accountant, clientBankFile([...documents, payment('8.00', 'незнайомий платник знову', stranger)]), 'halfway-windows.txt', '?createCounterparties=true');
    expect(retry.status).toBe(200);
    expect(retry.body.data.summary).toMatchObject({ documents: 13, created: 13, matched: 1 });
    expect(await count(UID.counterparty, { edrpou: strangerCode })).toBe(1);
    expect(await count(UID.payment, { counterparty: { edrpou: strangerCode } })).toBe(2);
    expect(await invoiceOf(invoiceId)).toMatchObject({ state: 'paid' });
  });
});
