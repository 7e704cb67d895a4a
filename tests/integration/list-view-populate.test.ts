import { suiteWithSuperAdmin } from '../helpers/suite';
import { createMinimalDocument } from '../helpers/minimal-documents';
import { cm } from '../helpers/admin';

/**
 * A panel list page reads the relations its columns show and no others, following the list view's stored
 * configuration; its count, done in the database with a cap, agrees with the Document Service's count.
 */
const COUNTERPARTY = 'api::counterparty.counterparty';
const configurationUrl = `/content-manager/content-types/${COUNTERPARTY}/configuration`;
const suite = suiteWithSuperAdmin();
let counterparty: string;

beforeAll(async () => {
  const { strapi } = suite.app;
  const manager = await createMinimalDocument(strapi, 'api::employee.employee', { fullName: 'Олена Список' });
  const industry = await createMinimalDocument(strapi, 'api::industry.industry', { name: 'Галузь списку' });
  counterparty = await createMinimalDocument(strapi, COUNTERPARTY, { name: 'ТОВ «Список»', manager, industry });
  await createMinimalDocument(strapi, 'api::contact-person.contact-person', { fullName: 'Контакт Списку', counterparty });
});

const listedRecord = async () => {
  const res = await suite.admin.get(`${cm(COUNTERPARTY)}?page=1&pageSize=10&filters[$and][0][documentId][$eq]=${counterparty}`);
  expect(res.status).toBe(200);
  expect(res.body.results).toHaveLength(1);
  return res.body.results[0];
};

test('the list shows its relation columns and reads no other relation', async () => {
  const record = await listedRecord();
  expect(record.manager).toMatchObject({ fullName: 'Олена Список' });
  for (const unlisted of ['industry', 'contactPersons', 'interactions', 'invoices', 'address', 'bankAccounts']) expect(record).not.toHaveProperty(unlisted);
  // the card still reads every relation (the content manager gives the card their counts)
  const card = await suite.admin.get(cm(COUNTERPARTY, counterparty));
  expect(card.body.data.industry).toMatchObject({ count: 1 });
  expect(card.body.data.contactPersons).toMatchObject({ count: 1 });
});

test('a column an administrator adds to the list view is read on the next page', async () => {
  const { metadatas, layouts, settings } = (await suite.admin.get(configurationUrl)).body.data.contentType;
  for (const meta of Object.values<any>(metadatas)) delete meta.list.mainField;
  const saved = await suite.admin.put(configurationUrl, { metadatas, layouts: { edit: layouts.edit, list: [...layouts.list, 'industry', 'contactPersons'] }, settings });
  expect(saved.status).toBe(200);
  try {
    const record = await listedRecord();
    expect(record.industry).toMatchObject({ name: 'Галузь списку' });
    expect(record.contactPersons).toMatchObject({ count: 1 });
  } finally {
    await suite.admin.put(configurationUrl, { metadatas, layouts: { edit: layouts.edit, list: layouts.list }, settings });
  }
});

test('a count through a relation filter and a search agrees with the exact count', async () => {
  const { strapi } = suite.app;
  const filters = { industry: { name: { $eq: 'Галузь списку' } } };
  const res = await suite.admin.get(`${cm(COUNTERPARTY)}?page=1&pageSize=10&filters[$and][0][industry][name][$eq]=${encodeURIComponent('Галузь списку')}`);
  expect(res.body.pagination.total).toBe(await strapi.documents(COUNTERPARTY as any).count({ filters } as any));
  expect(res.body.pagination.total).toBe(1);
  const searched = await suite.admin.get(`${cm(COUNTERPARTY)}?page=1&pageSize=10&_q=${encodeURIComponent('список')}`);
  expect(searched.body.pagination.total).toBe(1);
  expect(searched.body.results[0].documentId).toBe(counterparty);
});
