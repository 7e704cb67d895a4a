import { relationChanges, relationReferences } from '../../src/access/relation-references';

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

test('relation changes name what is unlinked and whether the whole relation is replaced', () => {
  const typed = { ...attributes, contactPersons: { ...attributes.contactPersons, relation: 'oneToMany' } };
  const [change] = relationChanges(typed, { contactPersons: { connect: ['a'], disconnect: [{ documentId: 'b' }, { id: 4 }] } });
  expect(change).toEqual({
    field: 'contactPersons',
    target: 'api::contact-person.contact-person',
    relation: 'oneToMany',
    linked: { documentIds: ['a'], ids: [] },
    unlinked: { documentIds: ['b'], ids: [4] },
    replaces: false,
  });
  expect(relationChanges(typed, { contactPersons: { set: [] } })[0].replaces).toBe(true);
  expect(relationChanges(typed, { contactPersons: ['x'] })[0].replaces).toBe(true);
  expect(relationChanges(typed, { contactPersons: { connect: [], disconnect: [] } })).toEqual([]);
});
