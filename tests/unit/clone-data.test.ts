import { cloneData, clonePopulate, CloneSchema } from '../../src/domain/documents/clone-data';

const schema: CloneSchema = {
  number: { type: 'string' },
  total: { type: 'decimal' },
  counterparty: { type: 'relation', relation: 'manyToOne' },
  author: { type: 'relation', relation: 'manyToOne' },
  payments: { type: 'relation', relation: 'oneToMany' },
  products: { type: 'relation', relation: 'manyToMany' },
  lines: { type: 'component', component: 'crm.document-line', repeatable: true },
  createdBy: { type: 'relation', relation: 'oneToOne' },
};
const components: Record<string, CloneSchema> = {
  'crm.document-line': { description: { type: 'string' }, product: { type: 'relation', relation: 'oneToOne' }, quantity: { type: 'decimal' } },
};

const source = {
  id: 10,
  documentId: 'src',
  createdAt: '2025-01-01',
  number: 'Р-1',
  total: '120.00',
  counterparty: { id: 1, documentId: 'cp' },
  author: { id: 2, documentId: 'emp' },
  payments: [{ id: 5, documentId: 'pay' }],
  products: [{ id: 7, documentId: 'p7' }],
  lines: [{ id: 99, description: 'Вікно', quantity: '2.000', product: { id: 3, documentId: 'prod' } }],
  createdBy: { id: 1 },
};

test('a copy carries fields, components without ids and links that keep their other links; never links that move records', () => {
  expect(cloneData(schema, components, source, ['author'])).toEqual({
    number: 'Р-1',
    total: '120.00',
    counterparty: 'cp',
    products: { connect: [{ documentId: 'p7' }] },
    lines: [{ description: 'Вікно', quantity: '2.000' }],
  });
});

test('what the person typed wins, except links that would take records from the source', () => {
  const data = cloneData(schema, components, source, [], { number: 'Р-2', payments: { connect: ['pay'] }, counterparty: { connect: ['cp2'] } });
  expect(data.number).toBe('Р-2');
  expect(data.counterparty).toEqual({ connect: ['cp2'] });
  expect(data).not.toHaveProperty('payments');
});

test('the source is read with every component and copied link', () => {
  expect(clonePopulate(schema, components)).toEqual({
    counterparty: { select: ['id', 'documentId'] },
    author: { select: ['id', 'documentId'] },
    products: { select: ['id', 'documentId'] },
    lines: true,
  });
});

test('the inverse side of a many-to-many is not copied: that link belongs to the other record', () => {
  const withSegments: CloneSchema = { ...schema, segments: { type: 'relation', relation: 'manyToMany', mappedBy: 'members' } };
  const data = cloneData(withSegments, components, { ...source, segments: [{ id: 1, documentId: 'seg' }] }, []);
  expect(data).not.toHaveProperty('segments');
});
