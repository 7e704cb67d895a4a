import fs from 'fs';
import path from 'path';
import iconv from 'iconv-lite';
import { startStrapi, TestApp } from '../helpers/strapi';
import { AccessFixtures, createAccessFixtures, loginAll, Person } from '../helpers/access-fixtures';
import { AdminSession, cm } from '../helpers/admin';
import { fromDist } from '../helpers/dist';
import { createApiToken } from '../helpers/api-token';
import { usesPostgres } from '../helpers/database';
import { SecondProcess, startSecondProcess } from '../helpers/second-process-client';
import { clientBankFile, clientBankText, TestPayment } from '../helpers/bank-files';
import { findBankSamplesDir, SAMPLE_FILES } from '../helpers/bank-samples';
import { UID } from '../../src/access/uids';
import { makeEdrpou, makeUaIban } from '../../src/domain/identifiers';

/**
 * Importing Client-Bank statements through the admin route, as the accountant does it: payments are created
 * once (a re-import, re-encoded or not, creates nothing), matched to the payer's invoices, which follow the
 * money; a refused or failing import saves nothing; only the Accountant and the Director may import.
 */

let app: TestApp;
let fx: AccessFixtures;
let as: Record<Person, AdminSession>;

const samples = findBankSamplesDir();
const SUMMARY_KEYS = ['format', 'encoding', 'account', 'periodFrom', 'periodTo', 'documents', 'incoming', 'outgoing', 'totalIncoming', 'totalOutgoing', 'created', 'duplicates', 'matched', 'unmatched'];

function upload(session: AdminSession, content: Buffer, fileName: string, query = '') {
  return app.http
    .post(`/crm/bank-statements/import${query}`)
    .set('Authorization', `Bearer ${session.token}`)
    .attach('file', content, fileName);
}

const count = (uid: string, where: Record<string, unknown> = {}) => app.strapi.db.query(uid as any).count({ where });
const invoiceOf = (documentId: string) => app.strapi.db.query(UID.invoice as any).findOne({ where: { documentId }, select: ['state', 'paidAmount', 'total'] });

let payer: { documentId: string; edrpou: string; iban: string };
let seq = 0;

async function invoice(number: string, price: string, extra: Record<string, unknown> = {}) {
  const doc: any = await app.strapi.documents(UID.invoice as any).create({
    data: { number, date: '2026-11-02', counterparty: payer.documentId, state: 'issued', lines: [{ description: 'Послуга', quantity: 1, price, vatRate: 0 }], ...extra } as any,
  });
  return doc.documentId as string;
}

function payment(amount: string, purpose: string, extra: Partial<TestPayment> = {}): TestPayment {
  seq += 1;
  return { number: String(1000 + seq), date: '10.11.2026', amount, direction: 'incoming', otherName: 'ТОВ «Платник Імпорту»', otherCode: payer.edrpou, otherAccount: payer.iban, purpose, ...extra };
}

beforeAll(async () => {
  app = await startStrapi();
  fx = await createAccessFixtures(app.strapi);
  as = await loginAll(app, fx);
  const edrpou = makeEdrpou('4112233');
  const iban = makeUaIban('305299', '26001055512345');
  const cp: any = await app.strapi.documents(UID.counterparty as any).create({
    data: { name: 'Платник Імпорту', kind: 'client', edrpou, bankAccounts: [{ iban, bankName: 'ПриватБанк' }], manager: fx.employees.manager.documentId, department: fx.departments.sales1.documentId } as any,
  });
  payer = { documentId: cp.documentId, edrpou, iban };
});

afterAll(async () => {
  await app?.stop();
});

describe('a real bank file (sample 01, cp1251)', () => {
  (samples ? it : it.skip)('is imported by the accountant with the summary the API promises, and a re-import creates nothing', async () => {
    const content = fs.readFileSync(path.join(samples!, SAMPLE_FILES.oneDay1C));
    const first = await upload(as.accountant, content, '01.txt');
    expect(first.status).toBe(200);
    const summary = first.body.data.summary;
    expect(Object.keys(summary).sort()).toEqual([...SUMMARY_KEYS].sort());
    expect(summary).toMatchObject({
      format: 'client-bank-1c',
      encoding: 'cp1251',
      account: '40702810200000000001',
      periodFrom: '2016-01-11',
      periodTo: '2016-01-11',
      documents: 13,
      incoming: 3,
      outgoing: 10,
      totalIncoming: '40000.00',
      totalOutgoing: '41184.00',
      created: 13,
      duplicates: 0,
    });
    expect(summary.matched + summary.unmatched).toBe(13);

    const again = await upload(as.accountant, content, '01-again.txt');
    expect(again.status).toBe(200);
    expect(again.body.data.summary).toMatchObject({ documents: 13, created: 0, duplicates: 13 });

    // the same statement saved by another program as UTF-8 is still the same statement
    const utf8 = Buffer.from(iconv.decode(content, 'cp1251'), 'utf8');
    const reencoded = await upload(as.accountant, utf8, '01-utf8.txt');
    expect(reencoded.status).toBe(200);
    expect(reencoded.body.data.summary).toMatchObject({ encoding: 'utf-8', created: 0, duplicates: 13 });
    expect(await count(UID.payment, { dedupeKey: { $notNull: true }, statement: { fileName: { $startsWith: '01' } } })).toBe(13);
  });
});

describe('matching payments to invoices', () => {
  it('settles the payer’s invoice named in the purpose: partly, then fully, in one file', async () => {
    const number = `СФ-${String(++seq).padStart(7, '0')}`;
    const documentId = await invoice(number, '1500.00');
    const file = clientBankFile([payment('500.00', `Оплата згідно рах. № ${number} від 02.11.2026, без ПДВ`), payment('1000.00', `Доплата за рахунком ${number}`)]);
    const res = await upload(as.accountant, file, 'match.txt');
    expect(res.status).toBe(200);
    expect(res.body.data.summary).toMatchObject({ created: 2, matched: 2, unmatched: 0, totalIncoming: '1500.00' });
    expect(await invoiceOf(documentId)).toMatchObject({ state: 'paid' });
    expect(String((await invoiceOf(documentId)).paidAmount)).toMatch(/^1500(\.0+)?$/);
  });

  it('a partial payment leaves the invoice partly paid', async () => {
    const number = `СФ-${String(++seq).padStart(7, '0')}`;
    const documentId = await invoice(number, '999.99');
    const res = await upload(as.accountant, clientBankFile([payment('333.33', `рахунок ${number}`)]), 'partial.txt');
    expect(res.status).toBe(200);
    expect(await invoiceOf(documentId)).toMatchObject({ state: 'partially-paid' });
  });

  it('never puts money on another counterparty’s invoice, even when the purpose names it', async () => {
    const other = fx.records.other.counterparty;
    const number = `ЧУЖ-${++seq}`;
    const foreign: any = await app.strapi.documents(UID.invoice as any).create({
      data: { number, date: '2026-11-02', counterparty: other.documentId, state: 'issued', lines: [{ description: 'Послуга', quantity: 1, price: '700.00', vatRate: 0 }] } as any,
    });
    const res = await upload(as.accountant, clientBankFile([payment('700.00', `Оплата рах. ${number}`)]), 'foreign.txt');
    expect(res.status).toBe(200);
    expect(await invoiceOf(foreign.documentId)).toMatchObject({ state: 'issued' });
    const saved: any = await app.strapi.db.query(UID.payment as any).findOne({ where: { purpose: `Оплата рах. ${number}` }, populate: { counterparty: { select: ['documentId'] }, invoice: { select: ['id'] } } });
    expect(saved.counterparty.documentId).toBe(payer.documentId);
    expect(saved.invoice).toBeNull();
    expect(saved.matchStatus).toBe('unmatched');
  });

  it('written payments carry the access columns of their counterparty, as a recompute would set them', async () => {
    const purpose = `Доступ ${++seq}`;
    const stranger = { otherName: 'ТОВ «Ніхто Невідомий»', otherCode: makeEdrpou('4998877'), otherAccount: makeUaIban('305299', '26009988776655') };
    const res = await upload(as.accountant, clientBankFile([payment('11.00', purpose), payment('12.00', `${purpose} чужий`, stranger)]), 'access.txt');
    expect(res.status).toBe(200);
    const columns = ['id', 'accessCounterpartyManagerUser', 'accessCounterpartyDepartment', 'accessCounterpartyManagerDepartment'];
    const read = () => app.strapi.db.query(UID.payment as any).findMany({ where: { purpose: { $startsWith: purpose } }, select: columns, orderBy: { id: 'asc' } });
    const written: any[] = await read();
    expect(written).toHaveLength(2);
    expect(written[0]).toMatchObject({ accessCounterpartyManagerUser: expect.any(Number), accessCounterpartyDepartment: expect.any(Number), accessCounterpartyManagerDepartment: expect.any(Number) });
    expect(written[1]).toMatchObject({ accessCounterpartyManagerUser: null, accessCounterpartyDepartment: null, accessCounterpartyManagerDepartment: null });
    const { AccessColumnSync } = fromDist('src/access/access-columns-sync.ts');
    await app.strapi.db.transaction(({ trx }) => new AccessColumnSync(app.strapi).recompute(trx, UID.payment, written.map((row) => row.id)));
    expect(await read()).toEqual(written);
  });

  it('the statement’s create event, read after the commit, carries the number of its payments, not the payments', async () => {
    const events: any[] = [];
    const off = app.strapi.eventHub.on('entry.create', async (event: any) => {
      if (event.uid === UID.bankStatement) events.push(event.entry);
    });
    try {
      const res = await upload(as.accountant, clientBankFile([payment('21.00', `Подія ${++seq}`), payment('22.00', `Подія ${++seq}`)]), 'event.txt');
      expect(res.status).toBe(200);
      const documentId = res.body.data.statement.documentId;
      for (let waited = 0; waited < 100 && !events.some((entry) => entry.documentId === documentId); waited += 1) await new Promise((resolve) => setTimeout(resolve, 50));
      expect(events.find((entry) => entry.documentId === documentId)?.payments).toEqual({ count: 2 });
    } finally {
      off();
    }
  });

  it('preview shows what would happen and saves nothing', async () => {
    const number = `СФ-${String(++seq).padStart(7, '0')}`;
    const documentId = await invoice(number, '250.00');
    const before = await count(UID.payment);
    const statementsBefore = await count(UID.bankStatement);
    const res = await upload(as.accountant, clientBankFile([payment('250.00', `рах ${number}`)]), 'preview.txt', '?preview=true');
    expect(res.status).toBe(200);
    expect(res.body.data.statement).toBeNull();
    expect(res.body.data.summary).toMatchObject({ created: 1, matched: 1 });
    expect(res.body.data.rows[0]).toMatchObject({ amount: '250.00', duplicate: false, invoice: number, counterparty: 'Платник Імпорту' });
    expect(await count(UID.payment)).toBe(before);
    expect(await count(UID.bankStatement)).toBe(statementsBefore);
    expect(await invoiceOf(documentId)).toMatchObject({ state: 'issued' });
  });
});

describe('nothing is half-saved', () => {
  it('a refused file answers 400 naming the line and saves no statement', async () => {
    const statements = await count(UID.bankStatement);
    const text = clientBankText([payment('100.00', 'без кінця')]).replace(/КонецФайла\r\n$/, '');
    const res = await upload(as.accountant, Buffer.from(text, 'utf8'), 'cut.txt');
    expect(res.status).toBe(400);
    expect(res.body.error.details.errors[0].path).toEqual(['file']);
    expect(res.body.error.message).toMatch(/рядок \d+/);
    expect(await count(UID.bankStatement)).toBe(statements);
  });

  it('a failure half-way leaves no statement, payment, file or invoice change behind', async () => {
    const number = `СФ-${String(++seq).padStart(7, '0')}`;
    const documentId = await invoice(number, '80.00');
    const invoices = fromDist('src/bank/invoice-payments.ts');
    const spy = jest.spyOn(invoices, 'applyPaymentsToInvoices').mockRejectedValueOnce(new Error('disk full'));
    const payments = await count(UID.payment);
    const statements = await count(UID.bankStatement);
    try {
      const res = await upload(as.accountant, clientBankFile([payment('80.00', `рах ${number}`)]), 'halfway.txt');
      expect(res.status).toBe(500);
    } finally {
      spy.mockRestore();
    }
    expect(await count(UID.payment)).toBe(payments);
    expect(await count(UID.bankStatement)).toBe(statements);
    expect(await invoiceOf(documentId)).toMatchObject({ state: 'issued' });
    // and the same file imports cleanly afterwards
    const retry = await upload(as.accountant, clientBankFile([payment('80.00', `рах ${number}`, { number: String(1000 + seq) })]), 'halfway.txt');
    expect(retry.status).toBe(200);
  });
});

describe('who may import', () => {
  it.each(['secretary', 'manager'] as Person[])('the %s may not', async (person) => {
    const res = await upload(as[person], clientBankFile([payment('1.00', 'спроба')]), 'nope.txt');
    expect(res.status).toBe(403);
  });

  it('the director may', async () => {
    const res = await upload(as.director, clientBankFile([payment('2.00', 'директор')]), 'director.txt', '?preview=true');
    expect(res.status).toBe(200);
  });
});

describe('a statement through the REST API', () => {
  it('gives its payments as their number, and they are listed from the payments\' side by statement', async () => {
    const res = await upload(as.accountant, clientBankFile([payment('4.00', 'через API 1'), payment('5.00', 'через API 2')]), 'rest.txt');
    expect(res.status).toBe(200);
    const { documentId } = res.body.data.statement;
    const token = await createApiToken(app, 'read-only');
    for (const populate of ['populate=payments', 'populate=*', 'populate[payments]=true']) {
      const read = await token.get(`/api/bank-statements/${documentId}?${populate}`);
      expect([populate, read.status, read.body.data.payments]).toEqual([populate, 200, { count: 2 }]);
    }
    const listed = await token.get(`/api/payments?filters[statement][documentId][$eq]=${documentId}&sort=amount&fields[0]=amount`);
    expect(listed.status).toBe(200);
    expect(listed.body.data.map((p: any) => String(p.amount))).toEqual(['4', '5']);
    // asked for by name, the payments themselves come (the rewrite takes only whole-relation reads)
    const named = await token.get(`/api/bank-statements/${documentId}?populate[payments][fields][0]=purpose`);
    expect(named.body.data.payments.map((p: any) => p.purpose).sort()).toEqual(['через API 1', 'через API 2']);
  });
});

describe('the original file', () => {
  it('is kept privately with the statement and downloadable by those who read statements', async () => {
    const content = clientBankFile([payment('3.00', 'файл')]);
    const res = await upload(as.accountant, content, 'kept.txt');
    expect(res.status).toBe(200);
    const { documentId } = res.body.data.statement;
    const download = await as.accountant.get(`/crm/bank-statements/${documentId}/file`).buffer(true).parse((r: any, done: any) => {
      const chunks: Buffer[] = [];
      r.on('data', (c: Buffer) => chunks.push(c));
      r.on('end', () => done(null, Buffer.concat(chunks)));
    });
    expect(download.status).toBe(200);
    expect(Buffer.compare(download.body, content)).toBe(0);
    expect(download.headers['content-disposition']).toMatch(/kept\.txt/);
    for (const person of ['secretary', 'manager', 'marketer'] as Person[]) {
      expect((await as[person].get(`/crm/bank-statements/${documentId}/file`)).status).toBe(403);
    }
    expect(fs.existsSync(path.join(app.strapi.dirs.static.public, 'uploads', 'kept.txt'))).toBe(false);
  });

  it('is kept compressed, and a file kept before compression (or before the column) reads as it came', async () => {
    const content = clientBankFile(Array.from({ length: 40 }, (_, i) => payment(`${i + 1}.00`, `стиснутий файл ${i}`, { number: String(7000 + i) })));
    const res = await upload(as.accountant, content, 'packed.txt');
    expect(res.status).toBe(200);
    const { documentId } = res.body.data.statement;
    const files = () => app.strapi.db.connection('vitrylo_private_files').where({ owner_uid: UID.bankStatement, owner_document_id: documentId });
    const row = await files().first('size', 'content', 'content_encoding');
    expect(row).toMatchObject({ size: content.length, content_encoding: 'gzip' });
    expect(row.content.length).toBeLessThan(content.length / 3);

    // as an earlier version kept it: the bytes themselves, no encoding
    await files().update({ content, content_encoding: null });
    const download = await as.accountant.get(`/crm/bank-statements/${documentId}/file`).buffer(true).parse((r: any, done: any) => {
      const chunks: Buffer[] = [];
      r.on('data', (c: Buffer) => chunks.push(c));
      r.on('end', () => done(null, Buffer.concat(chunks)));
    });
    expect(Buffer.compare(download.body, content)).toBe(0);

    const connection = app.strapi.db.connection;
    await connection.schema.alterTable('vitrylo_private_files', (table: any) => table.dropColumn('content_encoding'));
    await fromDist('src/private-files/private-file-store').upgradePrivateFilesTable(connection);
    expect(await connection.schema.hasColumn('vitrylo_private_files', 'content_encoding')).toBe(true);
    expect(await files().first('content_encoding')).toEqual({ content_encoding: null });
  });
});

describe('matching by hand', () => {
  async function unmatchedPayment(amount: string) {
    const purpose = `Без номера ${++seq}`;
    const res = await upload(as.accountant, clientBankFile([payment(amount, purpose, { number: String(5000 + seq) })]), 'by-hand.txt');
    expect(res.status).toBe(200);
    return (await app.strapi.db.query(UID.payment as any).findOne({ where: { purpose }, select: ['documentId', 'matchStatus'] })) as any;
  }

  it('linking a payment to its counterparty’s invoice pays the invoice and marks the match manual; unlinking undoes it', async () => {
    const number = `СФ-${String(++seq).padStart(7, '0')}`;
    // two open invoices of the same amount: matching cannot choose, a person can
    const documentId = await invoice(number, '410.00');
    await invoice(`СФ-${String(++seq).padStart(7, '0')}`, '410.00');
    const saved = await unmatchedPayment('410.00');
    expect(saved.matchStatus).toBe('unmatched');

    const linked = await as.accountant.put(cm(UID.payment, saved.documentId), { invoice: { connect: [{ documentId }] } });
    expect(linked.status).toBe(200);
    expect(await invoiceOf(documentId)).toMatchObject({ state: 'paid' });
    expect(await app.strapi.db.query(UID.payment as any).findOne({ where: { documentId: saved.documentId }, select: ['matchStatus'] })).toMatchObject({ matchStatus: 'manual' });

    const unlinked = await as.accountant.put(cm(UID.payment, saved.documentId), { invoice: { disconnect: [{ documentId }] } });
    expect(unlinked.status).toBe(200);
    expect(await invoiceOf(documentId)).toMatchObject({ state: 'issued' });
    expect(await app.strapi.db.query(UID.payment as any).findOne({ where: { documentId: saved.documentId }, select: ['matchStatus'] })).toMatchObject({ matchStatus: 'unmatched' });
  });

  it('refuses an invoice of another counterparty and changes nothing', async () => {
    const foreign: any = await app.strapi.documents(UID.invoice as any).create({
      data: { number: `ІНШ-${++seq}`, date: '2026-11-02', counterparty: fx.records.own.counterparty.documentId, state: 'issued', lines: [{ description: 'Послуга', quantity: 1, price: '55.00', vatRate: 0 }] } as any,
    });
    const saved = await unmatchedPayment('55.00');
    const res = await as.accountant.put(cm(UID.payment, saved.documentId), { invoice: { connect: [{ documentId: foreign.documentId }] } });
    expect(res.status).toBe(400);
    expect(res.body.error.details.errors[0].path).toEqual(['invoice']);
    expect(await invoiceOf(foreign.documentId)).toMatchObject({ state: 'issued' });
  });
});

describe('unknown payers', () => {
  it('become counterparties only when asked, one per payer, with their valid code and IBAN', async () => {
    const code = makeEdrpou('4455667');
    const iban = makeUaIban('300465', '26002000098765');
    const stranger = (amount: string) => payment(amount, 'оплата за товар', { otherName: 'ТОВ «Новий Покупець»', otherCode: code, otherAccount: iban });
    const first = await upload(as.accountant, clientBankFile([stranger('10.00')]), 'strangers.txt');
    expect(first.status).toBe(200);
    expect(await count(UID.counterparty, { edrpou: code })).toBe(0);

    const res = await upload(as.accountant, clientBankFile([stranger('11.00'), stranger('12.00')]), 'strangers-2.txt', '?createCounterparties=true');
    expect(res.status).toBe(200);
    const made: any = await app.strapi.db.query(UID.counterparty as any).findOne({ where: { edrpou: code }, populate: { bankAccounts: true } });
    expect(made).toMatchObject({ name: 'ТОВ «Новий Покупець»', kind: 'client' });
    expect(made.bankAccounts.map((a: any) => a.iban)).toEqual([iban]);
    expect(await count(UID.payment, { counterparty: { id: made.id } })).toBe(2);

    // the import is one entry of the audit trail, naming the person and counting what it wrote
    const [entry]: any[] = await app.strapi.db.query('api::audit-entry.audit-entry' as any).findMany({ where: { action: 'bulk-job', jobName: 'bank-import' }, orderBy: { id: 'desc' }, limit: 1 });
    expect(entry).toMatchObject({ actorType: 'admin', targetUid: UID.bankStatement, targetLabel: 'strangers-2.txt' });
    expect(entry.counts).toMatchObject({ created: { [UID.counterparty]: 1, [UID.payment]: 2, [UID.bankStatement]: 1 }, duplicates: 0, unmatched: 2 });
  });
});

describe('numbering', () => {
  const year = new Date().getFullYear();
  const create = (uid: string, data: Record<string, unknown>) => app.strapi.documents(uid as any).create({ data: { counterparty: payer.documentId, ...data } as any });

  it('gives an invoice left without a number the next one of its year, in the configured pattern, and keeps a typed one', async () => {
    const date = `${year}-11-03`;
    const first: any = await create(UID.invoice, { date, lines: [] });
    const typed: any = await create(UID.invoice, { date, number: 'РУЧНИЙ-1', lines: [] });
    const second: any = await create(UID.invoice, { date, lines: [] });
    const yy = String(year).slice(2);
    expect(first.number).toMatch(new RegExp(`^Р${yy}-\\d{7}$`));
    expect(typed.number).toBe('РУЧНИЙ-1');
    expect(Number(second.number.slice(-7))).toBe(Number(first.number.slice(-7)) + 1);
  });

  it('never repeats or skips a number under concurrent creation', async () => {
    const date = `${year}-11-04`;
    const made: any[] = await Promise.all(Array.from({ length: 6 }, () => create(UID.contract, { date })));
    const seqs = made.map((c) => Number(c.number.split('/').pop())).sort((a, b) => a - b);
    expect(new Set(seqs).size).toBe(6);
    expect(seqs[5] - seqs[0]).toBe(5);
    expect(made[0].number).toMatch(new RegExp(`^Д-${year}/\\d{4}$`));
  });

  it('a failed create gives its number back', async () => {
    const date = `${year}-11-05`;
    const before: any = await create(UID.contract, { date });
    await expect(create(UID.contract, { date, validFrom: '2026-01-10', lines: 'not a list' })).rejects.toBeDefined();
    const after: any = await create(UID.contract, { date });
    expect(Number(after.number.split('/').pop())).toBe(Number(before.number.split('/').pop()) + 1);
  });
});

(usesPostgres() ? describe : describe.skip)('numbering with two Vitrylo processes on one PostgreSQL database', () => {
  let child: SecondProcess;

  beforeAll(async () => {
    child = await startSecondProcess();
  });
  afterAll(() => {
    child?.stop();
  });

  it('both creating contracts at the same moment take every number once, with no gap', async () => {
    const data = { date: '2031-03-01', counterparty: payer.documentId };
    child.send({ create: UID.contract, data, count: 8 });
    const [there, ...here] = await Promise.all([child.nextReply(), ...Array.from({ length: 8 }, () => app.strapi.documents(UID.contract as any).create({ data: data as any }))]);
    const numbers = [...there.done, ...here.map((c: any) => c.number)];
    const seqs = numbers.map((number: string) => Number(number.split('/').pop())).sort((a: number, b: number) => a - b);
    expect(numbers.every((number: string) => number.startsWith('Д-2031/'))).toBe(true);
    expect(seqs).toEqual(Array.from({ length: 16 }, (_, i) => seqs[0] + i));
  });
});

describe('a payment without a payer', () => {
  it('linked to an invoice takes the invoice’s client', async () => {
    const number = `СФ-${String(++seq).padStart(7, '0')}`;
    const documentId = await invoice(number, '90.00');
    const made: any = await app.strapi.documents(UID.payment as any).create({ data: { date: '2026-11-10', amount: '90.00', direction: 'incoming', invoice: documentId, dedupeKey: `no-payer-${seq}` } as any });
    const saved: any = await app.strapi.db.query(UID.payment as any).findOne({ where: { documentId: made.documentId }, populate: { counterparty: { select: ['documentId'] } } });
    expect(saved.counterparty.documentId).toBe(payer.documentId);
    expect(await invoiceOf(documentId)).toMatchObject({ state: 'paid' });
    // and the payer's manager sees it, as any payment of his client
    expect((await as.manager.get(cm(UID.payment, made.documentId))).status).toBe(200);
  });
});
