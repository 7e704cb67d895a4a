import {
  actorFromRequest,
  buildAuditSchema,
  canonicalDate,
  canonicalDateTime,
  canonicalDecimal,
  canonicalTime,
  changedFields,
  countWrite,
  createJobCounts,
  diffDocuments,
  isEmptyJob,
  isSecretAttribute,
  MASK,
  MAX_LISTED_REFS,
  RawSchema,
  serializeCounts,
  targetLabel,
} from '../../src/domain/audit';

const components: Record<string, RawSchema> = {
  'crm.document-line': {
    attributes: {
      product: { type: 'relation', relation: 'manyToOne', target: 'api::product.product' },
      description: { type: 'string' },
      quantity: { type: 'decimal' },
      price: { type: 'decimal' },
      vatRate: { type: 'integer' },
    },
  },
  'crm.address': {
    attributes: { city: { type: 'string' }, street: { type: 'string' }, country: { type: 'string' } },
  },
  'crm.credentials': {
    attributes: { login: { type: 'string' }, secretKey: { type: 'string' } },
  },
};

const raw: RawSchema = {
  attributes: {
    id: { type: 'integer' },
    documentId: { type: 'string' },
    createdAt: { type: 'datetime' },
    updatedAt: { type: 'datetime' },
    updatedBy: { type: 'relation', relation: 'oneToOne', target: 'admin::user', private: true },
    name: { type: 'string' },
    kind: { type: 'enumeration', enum: ['client', 'prospect'] },
    total: { type: 'decimal' },
    vatRate: { type: 'integer' },
    active: { type: 'boolean' },
    date: { type: 'date' },
    occurredAt: { type: 'datetime' },
    opensAt: { type: 'time' },
    attributes: { type: 'json' },
    manager: { type: 'relation', relation: 'manyToOne', target: 'api::employee.employee' },
    segments: { type: 'relation', relation: 'manyToMany', target: 'api::segment.segment', mappedBy: 'members' },
    lines: { type: 'component', repeatable: true, component: 'crm.document-line' },
    address: { type: 'component', repeatable: false, component: 'crm.address' },
    access: { type: 'component', repeatable: false, component: 'crm.credentials' },
    file: { type: 'media', multiple: false },
    password: { type: 'password' },
    internalNote: { type: 'text', private: true },
    apiToken: { type: 'string' },
    passwordHint: { type: 'string' },
    resetTokenHash: { type: 'string' },
    clientSecret: { type: 'string' },
    salt: { type: 'string' },
  },
};

const schema = buildAuditSchema(raw, {
  component: (uid) => components[uid],
  labelFields: (target) => (target === 'api::employee.employee' ? ['fullName'] : target === 'api::segment.segment' ? ['name'] : []),
});

const base = {
  id: 7,
  documentId: 'doc1',
  createdAt: '2025-01-01T10:00:00.000Z',
  updatedAt: '2025-01-01T10:00:00.000Z',
  name: 'Вітрило',
  kind: 'client',
  total: '1250.00',
  vatRate: 20,
  active: true,
  date: '2025-03-01',
  occurredAt: '2025-03-01T09:30:00.000Z',
  opensAt: '09:00:00.000',
  attributes: { a: 1, b: { c: [1, 2] } },
  manager: { id: 3, documentId: 'emp3', fullName: 'Іван Петренко' },
  segments: [
    { id: 1, documentId: 'seg1', name: 'VIP' },
    { id: 2, documentId: 'seg2', name: 'Опт' },
  ],
  lines: [{ id: 11, product: { id: 5, documentId: 'prod5' }, description: 'Скло', quantity: '2.000', price: '625.00', vatRate: 20 }],
  address: { id: 4, city: 'Київ', street: 'Хрещатик', country: 'Україна' },
  access: { id: 9, login: 'vitrylo', secretKey: 'k-123' },
  file: { id: 1, documentId: 'file1', name: 'logo.png' },
  password: 'hunter2',
  internalNote: 'not for the log',
  apiToken: 'tok-1',
  passwordHint: 'cat',
  resetTokenHash: 'abc',
  clientSecret: 'shh',
  salt: 'pepper',
};

const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value));

describe('buildAuditSchema: what is never logged', () => {
  test('system fields, password type, private attributes and secret-looking names are left out', () => {
    const names = Object.keys(schema.attributes);
    for (const hidden of ['id', 'documentId', 'createdAt', 'updatedAt', 'updatedBy', 'password', 'internalNote', 'apiToken', 'passwordHint', 'resetTokenHash', 'clientSecret', 'salt']) {
      expect(names).not.toContain(hidden);
    }
    expect(names).toEqual(expect.arrayContaining(['name', 'total', 'manager', 'segments', 'lines', 'address', 'file']));
  });

  test('secret-looking attributes inside components are left out too', () => {
    const access = schema.attributes.access;
    expect(access.kind).toBe('component');
    if (access.kind === 'component') expect(Object.keys(access.schema.attributes)).toEqual(['login']);
  });

  test.each([
    ['password', { type: 'string' }, true],
    ['anything', { type: 'password' }, true],
    ['anything', { type: 'string', private: true }, true],
    ['userSALT', { type: 'string' }, true],
    ['hashedKey', { type: 'string' }, true],
    ['note', { type: 'text' }, false],
    ['dedupeKey', { type: 'string' }, false],
  ])('isSecretAttribute(%s, %j) = %s', (name, attribute, expected) => {
    expect(isSecretAttribute(name, attribute as any)).toBe(expected);
  });

  test('a change of only secret fields is no change', () => {
    const after = { ...clone(base), password: 'x', internalNote: 'y', apiToken: 'z', clientSecret: 'q', access: { id: 10, login: 'vitrylo', secretKey: 'other' } };
    expect(diffDocuments(schema, clone(base), after)).toEqual([]);
  });

  test('created and deleted documents never show secrets', () => {
    const logged = JSON.stringify([diffDocuments(schema, null, clone(base)), diffDocuments(schema, clone(base), null)]);
    for (const secret of ['hunter2', 'not for the log', 'tok-1', 'cat', 'abc', 'shh', 'pepper', 'k-123']) expect(logged).not.toContain(secret);
  });

  test('keys that look like secrets inside JSON values are masked, but their change is still seen', () => {
    const before = { ...clone(base), attributes: { portalLogin: 'a', portalPassword: 'old-pass' } };
    const after = { ...clone(base), attributes: { portalLogin: 'a', portalPassword: 'new-pass' } };
    const changes = diffDocuments(schema, before, after);
    expect(changes).toEqual([{ field: 'attributes', old: { portalLogin: 'a', portalPassword: MASK }, new: { portalLogin: 'a', portalPassword: MASK } }]);
    expect(JSON.stringify(changes)).not.toMatch(/old-pass|new-pass/);
  });
});

describe('diffDocuments: unchanged values in other representations', () => {
  test('the same document read twice has no changes', () => {
    expect(diffDocuments(schema, clone(base), clone(base))).toEqual([]);
  });

  test('decimals, integers, booleans, dates and times from another driver are equal', () => {
    const sqliteLike = {
      ...clone(base),
      total: 1250,
      vatRate: '20',
      active: 1,
      date: new Date(2025, 2, 1),
      occurredAt: Date.parse('2025-03-01T09:30:00Z'),
      opensAt: '09:00',
      lines: [{ id: 99, __temp_key__: 'a0', product: { id: 5, documentId: 'prod5' }, description: 'Скло', quantity: 2, price: 625, vatRate: '20' }],
    };
    expect(diffDocuments(schema, clone(base), sqliteLike)).toEqual([]);
  });

  test('JSON with keys in another order is equal; JSON stored as text is parsed', () => {
    expect(diffDocuments(schema, clone(base), { ...clone(base), attributes: { b: { c: [1, 2] }, a: 1 } })).toEqual([]);
    expect(diffDocuments(schema, clone(base), { ...clone(base), attributes: '{"b":{"c":[1,2]},"a":1}' })).toEqual([]);
  });

  test('components compare by value: new ids and temp keys are not changes', () => {
    const after = { ...clone(base), address: { id: 400, city: 'Київ', street: 'Хрещатик', country: 'Україна' } };
    expect(diffDocuments(schema, clone(base), after)).toEqual([]);
  });

  test('relations compare as sets of documentIds: order, ids and labels do not matter', () => {
    const after = {
      ...clone(base),
      manager: { documentId: 'emp3' },
      segments: [
        { id: 22, documentId: 'seg2' },
        { id: 11, documentId: 'seg1', name: 'renamed' },
      ],
    };
    expect(diffDocuments(schema, clone(base), after)).toEqual([]);
  });

  test('empty text, null and missing values are all empty; [] equals no relation', () => {
    const before = { ...clone(base), name: null, segments: [], address: null, lines: [] };
    const after = { ...clone(base), name: '', segments: null, address: { id: 1, city: null, street: '', country: null }, lines: undefined };
    expect(diffDocuments(schema, before, after)).toEqual([]);
  });

  test('canonical forms', () => {
    expect(canonicalDecimal('1250.00')).toBe('1250');
    expect(canonicalDecimal(1250)).toBe('1250');
    expect(canonicalDecimal('-0.50')).toBe('-0.5');
    expect(canonicalDecimal('-0.00')).toBe('0');
    expect(canonicalDecimal('007.10')).toBe('7.1');
    expect(canonicalDecimal(1e21)).toBe('1000000000000000000000');
    expect(canonicalDecimal('')).toBeNull();
    expect(canonicalDecimal('abc')).toBe('abc');
    expect(canonicalDate('2025-03-01T00:00:00.000Z')).toBe('2025-03-01');
    expect(canonicalDateTime(new Date('2025-03-01T09:30:00Z'))).toBe('2025-03-01T09:30:00.000Z');
    expect(canonicalDateTime('2025-03-01T11:30:00+02:00')).toBe('2025-03-01T09:30:00.000Z');
    expect(canonicalTime('9:05')).toBe('09:05:00');
    expect(canonicalTime('09:05:00.120')).toBe('09:05:00.120');
  });
});

describe('diffDocuments: real changes', () => {
  test('only the changed fields are reported, with old and new values', () => {
    const after = { ...clone(base), name: 'Вітрило Плюс', total: '1300.50', active: false, date: '2025-03-02' };
    expect(diffDocuments(schema, clone(base), after)).toEqual([
      { field: 'name', old: 'Вітрило', new: 'Вітрило Плюс' },
      { field: 'total', old: '1250', new: '1300.5' },
      { field: 'active', old: true, new: false },
      { field: 'date', old: '2025-03-01', new: '2025-03-02' },
    ]);
  });

  test('integers are reported as numbers', () => {
    expect(diffDocuments(schema, clone(base), { ...clone(base), vatRate: '7' })).toEqual([{ field: 'vatRate', old: 20, new: 7 }]);
  });

  test('a to-one relation change shows both references with their labels', () => {
    const after = { ...clone(base), manager: { id: 4, documentId: 'emp4', fullName: 'Олена Коваль' } };
    expect(diffDocuments(schema, clone(base), after)).toEqual([
      { field: 'manager', old: { documentId: 'emp3', label: 'Іван Петренко' }, new: { documentId: 'emp4', label: 'Олена Коваль' } },
    ]);
    expect(diffDocuments(schema, clone(base), { ...clone(base), manager: null })).toEqual([
      { field: 'manager', old: { documentId: 'emp3', label: 'Іван Петренко' }, new: null },
    ]);
  });

  test('a to-many relation change lists the sets and what was added and removed', () => {
    const after = { ...clone(base), segments: [{ id: 2, documentId: 'seg2', name: 'Опт' }, { id: 3, documentId: 'seg3', name: 'Нові' }] };
    expect(diffDocuments(schema, clone(base), after)).toEqual([
      {
        field: 'segments',
        old: [{ documentId: 'seg1', label: 'VIP' }, { documentId: 'seg2', label: 'Опт' }],
        new: [{ documentId: 'seg2', label: 'Опт' }, { documentId: 'seg3', label: 'Нові' }],
        added: [{ documentId: 'seg3', label: 'Нові' }],
        removed: [{ documentId: 'seg1', label: 'VIP' }],
      },
    ]);
  });

  test('large to-many sets are logged as counts plus the difference', () => {
    const many = (n: number) => Array.from({ length: n }, (_, i) => ({ id: i, documentId: `s${String(i).padStart(4, '0')}` }));
    const before = { ...clone(base), segments: many(MAX_LISTED_REFS + 1) };
    const after = { ...clone(base), segments: many(MAX_LISTED_REFS + 2) };
    const [change] = diffDocuments(schema, before, after);
    expect(change).toMatchObject({ field: 'segments', old: { count: MAX_LISTED_REFS + 1 }, new: { count: MAX_LISTED_REFS + 2 }, removed: [] });
    expect(change.added).toHaveLength(1);
  });

  test('a component line change is reported as the whole component value, without ids', () => {
    const after = clone(base);
    after.lines[0].quantity = '3.000';
    after.lines[0].id = 12;
    expect(diffDocuments(schema, clone(base), after)).toEqual([
      {
        field: 'lines',
        old: [{ product: { documentId: 'prod5' }, description: 'Скло', quantity: '2', price: '625', vatRate: 20 }],
        new: [{ product: { documentId: 'prod5' }, description: 'Скло', quantity: '3', price: '625', vatRate: 20 }],
      },
    ]);
  });

  test('reordering repeatable components is a change', () => {
    const two = { ...clone(base), lines: [...clone(base).lines, { id: 12, description: 'Рама', quantity: '1', price: '100', vatRate: 20 }] };
    const swapped = { ...clone(two), lines: [clone(two).lines[1], clone(two).lines[0]] };
    expect(changedFields(diffDocuments(schema, two, swapped))).toEqual(['lines']);
  });

  test('media compare by reference', () => {
    expect(changedFields(diffDocuments(schema, clone(base), { ...clone(base), file: { id: 2, documentId: 'file2', name: 'logo2.png' } }))).toEqual(['file']);
  });

  test('a creation reports every non-empty field against empty old values', () => {
    const created = { documentId: 'doc9', name: 'Новий', kind: 'prospect', total: null, segments: [], lines: [], active: false, password: 'p' };
    expect(diffDocuments(schema, null, created)).toEqual([
      { field: 'name', old: null, new: 'Новий' },
      { field: 'kind', old: null, new: 'prospect' },
      { field: 'active', old: null, new: false },
    ]);
  });

  test('a deletion reports every non-empty old field against empty new values', () => {
    const deleted = { documentId: 'doc9', name: 'Старий', segments: [{ documentId: 'seg1', name: 'VIP' }] };
    expect(diffDocuments(schema, deleted, null)).toEqual([
      { field: 'name', old: 'Старий', new: null },
      { field: 'segments', old: [{ documentId: 'seg1', label: 'VIP' }], new: [], added: [], removed: [{ documentId: 'seg1', label: 'VIP' }] },
    ]);
  });
});

describe('actorFromRequest', () => {
  const admin = { id: 5, firstname: 'Ірина', lastname: 'Коваль', email: 'iryna@vitrylo.test' };

  test('no request: the system', () => {
    expect(actorFromRequest(undefined)).toEqual({ actorType: 'system', actorAdminUserId: null, actorName: null, apiTokenName: null });
  });

  test('an admin panel user', () => {
    expect(actorFromRequest({ state: { user: admin, auth: { strategy: { name: 'admin' }, credentials: admin } } })).toEqual({
      actorType: 'admin',
      actorAdminUserId: 5,
      actorName: 'Ірина Коваль (iryna@vitrylo.test)',
      apiTokenName: null,
    });
  });

  test.each(['content-api-token', 'api-token'])('a REST API token (%s strategy)', (name) => {
    expect(actorFromRequest({ state: { auth: { strategy: { name }, credentials: { id: 1, name: '1C export', accessKey: 'secret' } } } })).toEqual({
      actorType: 'api-token',
      actorAdminUserId: null,
      actorName: '1C export',
      apiTokenName: '1C export',
    });
  });

  test('an admin token is the token, on behalf of its owner', () => {
    expect(actorFromRequest({ state: { user: admin, auth: { strategy: { name: 'admin-token' }, credentials: { name: 'CLI' } } } })).toMatchObject({
      actorType: 'api-token',
      actorAdminUserId: 5,
      apiTokenName: 'CLI',
    });
  });

  test('anonymous and end-user requests are the system, named after the request', () => {
    expect(actorFromRequest({ state: {}, method: 'POST', path: '/api/inbound-requests/web' })).toMatchObject({
      actorType: 'system',
      actorName: 'public request POST /api/inbound-requests/web',
    });
    expect(actorFromRequest({ state: { user: { id: 1, email: 'u@x.ua' }, auth: { strategy: { name: 'users-permissions' } } } })).toMatchObject({
      actorType: 'system',
      actorName: 'users-permissions: u@x.ua',
    });
  });
});

describe('job counts', () => {
  test('writes are counted per action and uid, and the job may add its own keys', () => {
    const counts = createJobCounts();
    expect(isEmptyJob(counts)).toBe(true);
    countWrite(counts, 'create', 'api::payment.payment');
    countWrite(counts, 'create', 'api::payment.payment');
    countWrite(counts, 'update', 'api::invoice.invoice');
    counts.duplicates = 3;
    expect(isEmptyJob(counts)).toBe(false);
    expect(serializeCounts(counts)).toEqual({
      created: { 'api::payment.payment': 2 },
      updated: { 'api::invoice.invoice': 1 },
      deleted: {},
      duplicates: 3,
    });
  });
});

describe('targetLabel', () => {
  test('documents with numbers and payments get a readable label; others their main field', () => {
    expect(targetLabel('api::invoice.invoice', { number: 'Р-17', date: '2025-03-01' }, 'number')).toBe('Р-17 від 2025-03-01');
    expect(targetLabel('api::payment.payment', { bankDocNumber: '45', date: '2025-03-02', amount: '100.00', currency: 'UAH' })).toBe('№ 45, від 2025-03-02, 100.00 UAH');
    expect(targetLabel('api::counterparty.counterparty', { name: 'Вітрило' }, 'name')).toBe('Вітрило');
    expect(targetLabel('api::region.region', { name: null }, 'name')).toBeNull();
    expect(targetLabel('api::region.region', { name: 'x'.repeat(300) }, 'name')).toHaveLength(255);
  });
});
