import { CONTENT_MANAGER_RULES, routeVerdict, shapeIssues } from '../../src/access/admin-route-rules';

const cm = (handler: string) => ({ name: `content-manager.${handler}`, permissionGuarded: true });
const find = CONTENT_MANAGER_RULES['content-manager.collection-types.find'];
const picker = CONTENT_MANAGER_RULES['content-manager.relations.findAvailable'];
const update = CONTENT_MANAGER_RULES['content-manager.collection-types.update'];

const schema = {
  attributes: {
    name: { type: 'string' },
    counterparty: { type: 'relation' },
    lines: { type: 'component', component: 'crm.document-line' },
  },
  components: { 'crm.document-line': { description: { type: 'string' }, price: { type: 'decimal' } } },
};

describe('routeVerdict', () => {
  test('staff reach the listed routes and permission-guarded ones; nothing else', () => {
    expect(routeVerdict(cm('collection-types.find'), false)).toMatchObject({ allow: true, rule: find });
    expect(routeVerdict({ name: 'admin.authenticated-user.getMe', permissionGuarded: false }, false)).toEqual({ allow: true });
    expect(routeVerdict({ name: 'admin.user.find', permissionGuarded: true }, false)).toEqual({ allow: true });
    for (const closed of ['email.email.send', 'upload.admin-upload.uploadFromUrls', 'admin.homepage.getKeyStatistics', 'admin.ai.getAiToken', 'users-permissions.permissions.getRoutes']) {
      expect(routeVerdict({ name: closed, permissionGuarded: false }, false)).toMatchObject({ allow: false });
    }
  });

  test('content-manager routes outside the panel\'s list are closed to staff even with a permission, open to the super admin', () => {
    expect(routeVerdict(cm('collection-types.bulkPublish'), false)).toMatchObject({ allow: false });
    expect(routeVerdict(cm('uid.generateUID'), false)).toMatchObject({ allow: false });
    expect(routeVerdict(cm('collection-types.bulkPublish'), true)).toEqual({ allow: true });
    expect(routeVerdict({ name: 'email.email.send', permissionGuarded: false }, true)).toEqual({ allow: true });
  });
});

describe('shapeIssues', () => {
  test('query keys outside the route\'s rule are named', () => {
    expect(shapeIssues(find, { page: '1', pageSize: '10', sort: 'name:ASC', filters: {}, _q: 'x' }, undefined, null)).toEqual([]);
    expect(shapeIssues(picker, { _q: 'x', populate: { createdBy: 'true' }, fields: ['password'] }, undefined, null)).toEqual([
      { key: 'populate', reason: 'query parameter not accepted here', code: 'route.queryParameter' },
      { key: 'fields', reason: 'query parameter not accepted here', code: 'route.queryParameter' },
    ]);
    expect(shapeIssues(find, { plugins: { i18n: { locale: 'uk' } } }, undefined, null)).toEqual([]);
    expect(shapeIssues(find, { plugins: { i18n: { populate: '*' } } }, undefined, null)).toHaveLength(1);
  });

  test('a document body takes the type\'s fields, relation operations and component fields only', () => {
    const body = {
      documentId: 'd1',
      name: 'ТОВ «Скло»',
      counterparty: { connect: [{ documentId: 'c1' }], disconnect: [] },
      lines: [{ id: 3, __temp_key__: 'a0', description: 'Вікно', price: '10.00' }],
    };
    expect(shapeIssues(update, {}, body, schema)).toEqual([]);
    expect(shapeIssues(update, {}, { name: 'x', isAdmin: true, counterparty: { connect: [], move: [] }, lines: [{ owner: 1 }] }, schema)).toEqual([
      { key: 'isAdmin', reason: 'unknown field', code: 'route.unknownField' },
      { key: 'counterparty.move', reason: 'unknown relation operation', code: 'route.relationOperation' },
      { key: 'lines[0].owner', reason: 'unknown field', code: 'route.unknownField' },
    ]);
  });

  test('a bulk body takes documentIds and locale only', () => {
    const bulk = CONTENT_MANAGER_RULES['content-manager.collection-types.bulkDelete'];
    expect(shapeIssues(bulk, {}, { documentIds: ['a'] }, null)).toEqual([]);
    expect(shapeIssues(bulk, {}, { documentIds: ['a'], filters: { id: 1 } }, null)).toEqual([{ key: 'filters', reason: 'body field not accepted here', code: 'route.bodyField' }]);
  });
});
