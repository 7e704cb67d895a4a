import { suiteWithSuperAdmin } from '../helpers/suite';
import { syncContentManagerViews } from '../../src/content-manager-views/sync-content-manager-views';

const COUNTERPARTY = 'api::counterparty.counterparty';
const configurationUrl = (uid: string) => `/content-manager/content-types/${uid}/configuration`;

const suite = suiteWithSuperAdmin();

test('counterparty views carry Ukrainian labels, useful columns, grouped fields and a readable main field', async () => {
  const res = await suite.admin.get(configurationUrl(COUNTERPARTY));
  expect(res.status).toBe(200);
  const { metadatas, layouts, settings } = res.body.data.contentType;
  expect(metadatas.edrpou.edit.label).toBe('ЄДРПОУ');
  expect(metadatas.name.list.label).toBe('Назва');
  expect(settings.mainField).toBe('name');
  expect(layouts.list).not.toEqual(['id']);
  expect(layouts.list).toEqual(expect.arrayContaining(['name', 'kind']));
  expect(layouts.edit[0].map((cell: any) => cell.name)).toEqual(['kind', 'state', 'legalForm']);
  expect(layouts.edit.flat().map((cell: any) => cell.name)).toEqual(expect.arrayContaining(['edrpou', 'bankAccounts', 'manager']));
  expect(metadatas.manager.edit.mainField).toBe('fullName');
  // the card shows these as side panels (src/admin/card), not as drag-and-detach lists in the form
  expect(layouts.edit.flat().map((cell: any) => cell.name)).not.toEqual(expect.arrayContaining(['interactions']));
  for (const field of ['interactions', 'invoices', 'inboundRequests', 'contracts']) expect([field, metadatas[field].edit.visible]).toEqual([field, false]);
});

test('invoices show in relation pickers by number and sort by date', async () => {
  const res = await suite.admin.get(configurationUrl('api::invoice.invoice'));
  expect(res.body.data.contentType.settings).toMatchObject({ mainField: 'number', defaultSortBy: 'date', defaultSortOrder: 'DESC' });
});

test('an admin’s own label and columns survive the next start', async () => {
  const current = (await suite.admin.get(configurationUrl(COUNTERPARTY))).body.data.contentType;
  const { metadatas, layouts, settings } = current;
  // The panel sends back the stored settings without the relation main field it displays in lists.
  for (const meta of Object.values<any>(metadatas)) delete meta.list.mainField;
  metadatas.name.edit.label = 'Коротка назва';
  layouts.list = ['name', 'edrpou'];
  const saved = await suite.admin.put(configurationUrl(COUNTERPARTY), { metadatas, layouts: { edit: layouts.edit, list: layouts.list }, settings });
  expect(saved.body.error).toBeUndefined();
  expect(saved.status).toBe(200);

  await syncContentManagerViews(suite.app.strapi);

  const after = (await suite.admin.get(configurationUrl(COUNTERPARTY))).body.data.contentType;
  expect(after.metadatas.name.edit.label).toBe('Коротка назва');
  expect(after.layouts.list).toEqual(['name', 'edrpou']);
  expect(after.metadatas.edrpou.edit.label).toBe('ЄДРПОУ');
});
