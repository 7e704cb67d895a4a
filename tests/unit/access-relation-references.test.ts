import { relationReferences } from '../../src/access/relation-references';

const attributes = {
  name: { type: 'string' },
  counterparty: { type: 'relation', target: 'api::counterparty.counterparty' },
  contactPersons: { type: 'relation', target: 'api::contact-person.contact-person' },
  createdBy: { type: 'relation', target: 'admin::user' },
};

test('reads documentIds and ids from every relation input form', () => {
  expect(relationReferences(attributes, {
    name: 'x',
    counterparty: 'doc-1',
    contactPersons: { connect: [{ id: 7, documentId: 'doc-7' }, { id: 8 }, 'doc-9'], disconnect: [{ documentId: 'doc-gone' }] },
  })).toEqual([
    { field: 'counterparty', target: 'api::counterparty.counterparty', documentIds: ['doc-1'], ids: [] },
    { field: 'contactPersons', target: 'api::contact-person.contact-person', documentIds: ['doc-7', 'doc-9'], ids: [8] },
  ]);
  expect(relationReferences(attributes, { counterparty: 12 })[0]).toMatchObject({ ids: [12], documentIds: [] });
  expect(relationReferences(attributes, { contactPersons: { set: [{ documentId: 'a' }, { documentId: 'a' }] } })[0].documentIds).toEqual(['a']);
});

test('clearing, disconnecting and untouched relations link nothing', () => {
  expect(relationReferences(attributes, { counterparty: null })).toEqual([]);
  expect(relationReferences(attributes, { contactPersons: { connect: [], disconnect: [{ id: 3 }] } })).toEqual([]);
  expect(relationReferences(attributes, { name: 'only a name' })).toEqual([]);
});
