import { isPathAllowed, UNSUPPORTED, walkOutput, WalkSchema } from '../../src/access/output-walk';

const user: WalkSchema = { uid: 'admin::user', attributes: { firstname: { type: 'string' }, email: { type: 'email' }, password: { type: 'password' } } };
const person: WalkSchema = { uid: 'api::person.person', attributes: { fullName: { type: 'string' }, phone: { type: 'string' }, pin: { type: 'password' } } };
const line: WalkSchema = { uid: 'crm.line', attributes: { title: { type: 'string' }, price: { type: 'decimal' } } };
const client: WalkSchema = {
  uid: 'api::client.client',
  attributes: {
    name: { type: 'string' },
    secret: { type: 'password' },
    notes: { type: 'text' },
    details: { type: 'json' },
    contacts: { type: 'relation', relation: 'oneToMany', target: 'api::person.person' },
    lines: { type: 'component', component: 'crm.line' },
    createdBy: { type: 'relation', relation: 'oneToOne', target: 'admin::user' },
    owner: { type: 'relation', relation: 'morphToOne' },
  },
  config: { attributes: { notes: { hidden: true } } },
};
const models: Record<string, WalkSchema> = { 'admin::user': user, 'api::person.person': person, 'crm.line': line };
const rules = (allowedPaths: string[] | null) => ({ allowedPaths, adminUserFields: ['id', 'firstname', 'email'], getModel: (uid: string) => models[uid] });

const record = () => ({
  id: 1,
  documentId: 'c1',
  name: 'ТОВ «Ромашка»',
  secret: 'x',
  notes: 'hidden from the panel',
  details: { any: { json: true } },
  contacts: [{ id: 7, fullName: 'Оксана', phone: '+380971234567', pin: '1234' }, null],
  lines: [{ id: 3, title: 'Послуга', price: '10.00' }],
  createdBy: { password: 'hash', email: 'a@b.c', lastname: 'Коваль', id: 2, firstname: 'Ігор' },
});

test('all fields allowed: hidden fields and passwords go, admin users are cut to their public fields in their order', () => {
  const input = record();
  expect(JSON.stringify(walkOutput(input, client, rules(null)))).toBe(JSON.stringify({
    id: 1,
    documentId: 'c1',
    name: 'ТОВ «Ромашка»',
    details: { any: { json: true } },
    contacts: [{ id: 7, fullName: 'Оксана', phone: '+380971234567' }, null],
    lines: [{ id: 3, title: 'Послуга', price: '10.00' }],
    createdBy: { id: 2, firstname: 'Ігор', email: 'a@b.c' },
  }));
  expect(input).toEqual(record()); // the record itself is left as it was
});

test('permitted paths: a relation allowed whole, a component allowed field by field, keys that are not attributes kept', () => {
  const walked: any = walkOutput(record(), client, rules(['name', 'contacts', 'lines.title', 'createdBy']));
  expect(Object.keys(walked)).toEqual(['id', 'documentId', 'name', 'contacts', 'lines', 'createdBy']);
  expect(walked.contacts[0]).toEqual({ id: 7, fullName: 'Оксана', phone: '+380971234567' });
  expect(walked.lines).toEqual([{ id: 3, title: 'Послуга' }]);
});

test('a to-many relation given as its count keeps the count', () => {
  expect(walkOutput({ id: 1, contacts: { count: 4 } }, client, rules(['contacts']))).toEqual({ id: 1, contacts: { count: 4 } });
  expect(walkOutput({ id: 1, contacts: { count: 4 } }, client, rules(['name']))).toEqual({ id: 1 });
});

test('shapes the walk does not handle are handed back', () => {
  expect(walkOutput({ id: 1, owner: { __type: 'api::person.person', id: 2 } }, client, rules(null))).toBe(UNSUPPORTED);
  expect(walkOutput(new Map(), client, rules(null))).toBe(UNSUPPORTED);
  expect(walkOutput('text', client, rules(null))).toBe('text');
});

test('a path is allowed when it, a parent or a child of it is permitted', () => {
  expect(isPathAllowed('contacts.phone', ['contacts'])).toBe(true);
  expect(isPathAllowed('contacts', ['contacts.phone'])).toBe(true);
  expect(isPathAllowed('contacts.fullName', ['contacts.phone'])).toBe(false);
  expect(isPathAllowed('contact', ['contacts'])).toBe(false);
  expect(isPathAllowed(null, [])).toBe(true);
  expect(isPathAllowed('name', null)).toBe(true);
});
