import { startStrapi, TestApp } from '../helpers/strapi';
import { AccessFixtures, createAccessFixtures, loginAll, Person, salesManagerNames } from '../helpers/access-fixtures';
import type { AdminSession } from '../helpers/admin';
import { reportJson, reportXlsx, sheetValues } from '../helpers/report-requests';
import { UID } from '../../src/access/uids';

/**
 * The counterparty structure report on a hand-made base. Besides the three clients the access fixtures make
 * (one each for manager, colleague and otherManager: no industry, segment or region), it holds:
 *
 *   counterparty  kind        industry      segment  region  manager (department)
 *   C1            client      Торгівля      Малий    Київ    manager (sales1)
 *   C2            client      Торгівля      Малий    Львів   manager (sales1)
 *   C3            prospect    Будівництво   —        Київ    colleague (sales1)
 *   C4            supplier    —             —        —       otherManager (sales2)
 *   C5            competitor  Торгівля      —        Київ    — (sales2)
 *   C6            client      Будівництво   —        Львів   otherManager (sales2), ceased
 */

let app: TestApp;
let fx: AccessFixtures;
let as: Record<Person, AdminSession>;
let names: Record<'manager' | 'colleague' | 'otherManager', string>;
const KEY = 'counterparty-structure';
const TRADE = 'Торгівля (структура)';
const BUILDING = 'Будівництво (структура)';
const SMALL = 'Малий бізнес (структура)';
const KYIV = 'Київ (структура)';
const LVIV = 'Львів (структура)';

beforeAll(async () => {
  app = await startStrapi();
  fx = await createAccessFixtures(app.strapi);
  as = await loginAll(app, fx);
  const create = (uid: string, data: Record<string, unknown>) => app.strapi.documents(uid as any).create({ data } as any) as Promise<any>;
  names = await salesManagerNames(app.strapi, fx);
  const trade = await create('api::industry.industry', { name: TRADE });
  const building = await create('api::industry.industry', { name: BUILDING });
  const small = await create('api::market-segment.market-segment', { name: SMALL });
  const kyiv = await create('api::region.region', { name: KYIV });
  const lviv = await create('api::region.region', { name: LVIV });
  const counterparty = (name: string, kind: string, department: 'sales1' | 'sales2', more: Record<string, any>) =>
    create(UID.counterparty, {
      name,
      kind,
      department: fx.departments[department].documentId,
      ...(more.manager ? { manager: fx.employees[more.manager as Person].documentId } : {}),
      ...(more.industry ? { industry: more.industry.documentId } : {}),
      ...(more.segment ? { marketSegment: more.segment.documentId } : {}),
      ...(more.region ? { region: more.region.documentId } : {}),
      ...(more.state ? { state: more.state } : {}),
    });
  await counterparty('C1 (структура)', 'client', 'sales1', { manager: 'manager', industry: trade, segment: small, region: kyiv });
  await counterparty('C2 (структура)', 'client', 'sales1', { manager: 'manager', industry: trade, segment: small, region: lviv });
  await counterparty('C3 (структура)', 'prospect', 'sales1', { manager: 'colleague', industry: building, region: kyiv });
  await counterparty('C4 (структура)', 'supplier', 'sales2', { manager: 'otherManager' });
  await counterparty('C5 (структура)', 'competitor', 'sales2', { industry: trade, region: kyiv });
  await counterparty('C6 (структура)', 'client', 'sales2', { manager: 'otherManager', industry: building, region: lviv, state: 'ceased' });
});

afterAll(async () => {
  await app?.stop();
});

const values = (sheet: any, fields: string[]) => sheet.rows.map((row: any) => fields.map((field) => row.values[field]));
const KINDS = ['kindClient', 'kindProspect', 'kindPartner', 'kindCompetitor', 'kindSupplier', 'kindOther', 'counterparties'];
const byManagerOf = (sheet: any) => Object.fromEntries(sheet.rows.map((row: any) => [row.values.manager, KINDS.map((field) => row.values[field])]));

describe('counterparty structure', () => {
  it('counts the whole base by kind, industry and segment, by region and by manager', async () => {
    const res = await reportJson(as.director, KEY, '');
    expect(res.status).toBe(200);
    const [byKind, byRegion, byManager] = res.body.data.sheets;
    const kindRows = values(byKind, ['kind', 'industry', 'segment', 'counterparties']);
    expect(kindRows).toHaveLength(6);
    expect(kindRows).toEqual(
      expect.arrayContaining([
        ['Клієнт', TRADE, SMALL, 2],
        ['Клієнт', BUILDING, null, 1],
        ['Клієнт', null, null, 3],
        ['Потенційний клієнт', BUILDING, null, 1],
        ['Постачальник', null, null, 1],
        ['Конкурент', TRADE, null, 1],
      ]),
    );
    expect(byKind.total.counterparties.value).toBe(9);
    expect(byKind.groups.find((group: any) => group.text === 'Клієнт').total.counterparties.value).toBe(6);
    expect(values(byRegion, ['region', 'counterparties', 'clients'])).toEqual([
      [null, 4, 3],
      [KYIV, 3, 1],
      [LVIV, 2, 2],
    ]);
    expect(byRegion.rows[0].values.share).toBeCloseTo(4 / 9, 6);
    expect(byManagerOf(byManager)).toEqual({
      [names.manager]: [3, 0, 0, 0, 0, 0, 3],
      [names.colleague]: [1, 1, 0, 0, 0, 0, 2],
      [names.otherManager]: [2, 0, 0, 0, 1, 0, 3],
      null: [0, 0, 0, 1, 0, 0, 1],
    });
  });

  it('narrows to the kinds, states and departments asked for', async () => {
    const clients = await reportJson(as.director, KEY, 'kind=client&state=active');
    expect(clients.status).toBe(200);
    expect(clients.body.data.sheets[2].total.counterparties.value).toBe(5);
    const sales2 = await reportJson(as.director, KEY, `department=${fx.departments.sales2.documentId}`);
    expect(byManagerOf(sales2.body.data.sheets[2])).toEqual({
      [names.otherManager]: [2, 0, 0, 0, 1, 0, 3],
      null: [0, 0, 0, 1, 0, 0, 1],
    });
    expect((await reportJson(as.director, KEY, 'kind=friend')).status).toBe(400);
  });

  it('gives a Sales manager their own and their department’s counterparties only', async () => {
    const res = await reportJson(as.manager, KEY, '');
    expect(res.status).toBe(200);
    expect(byManagerOf(res.body.data.sheets[2])).toEqual({
      [names.manager]: [3, 0, 0, 0, 0, 0, 3],
      [names.colleague]: [1, 1, 0, 0, 0, 0, 2],
    });
    // C5, the competitor of the other department, is not among them
    expect(res.body.data.sheets[0].rows.map((row: any) => row.values.kind)).not.toContain('Конкурент');
    expect(res.body.data.sheets[2].total.kindCompetitor.value).toBe(0);
  });

  it('shows no money, so the Marketer, the Accountant and the Secretary run it', async () => {
    for (const person of ['marketer', 'accountant', 'secretary'] as Person[]) {
      const res = await reportJson(as[person], KEY, '');
      expect(res.status).toBe(200);
      expect(res.body.data.sheets[2].total.counterparties.value).toBe(9);
      const list = await as[person].get('/crm/reports');
      expect(list.body.data.map((report: any) => report.key)).toContain(KEY);
    }
    // the reports with money or records the Secretary may not read stay out of their list and refused
    const secretaryList = (await as.secretary.get('/crm/reports')).body.data.map((report: any) => report.key);
    for (const key of ['sales-volume', 'receivables-aging', 'manager-activity', 'inbound-requests', 'refusals', 'complaints']) expect(secretaryList).not.toContain(key);
    expect((await reportJson(as.secretary, 'receivables-aging', '')).status).toBe(403);
  });

  it('writes the workbook with a column per kind on the managers’ sheet', async () => {
    const { status, workbook } = await reportXlsx(as.director, KEY, '');
    expect(status).toBe(200);
    expect(workbook!.worksheets.map((sheet) => sheet.name)).toEqual(expect.arrayContaining(['За типами і галузями', 'За регіонами', 'За менеджерами']));
    const rows = sheetValues(workbook!, 'За менеджерами');
    const header = rows.findIndex((row) => row?.[0] === 'Менеджер');
    expect(rows[header]).toEqual(['Менеджер', 'Клієнт', 'Потенційний клієнт', 'Партнер', 'Конкурент', 'Постачальник', 'Інше', 'Контрагентів']);
    expect(rows.find((row) => row?.[0] === names.colleague)).toEqual([names.colleague, 1, 1, 0, 0, 0, 0, 2]);
    // exceljs reads a cached 0 back as a formula without a result (the file holds <v>0</v>)
    const cached = (value: any) => (value && typeof value === 'object' && 'formula' in value ? (value.result ?? 0) : value);
    expect(rows.find((row) => row?.[0] === 'Усього')!.map(cached)).toEqual(['Усього', 6, 1, 0, 1, 1, 0, 9]);
  });
});
