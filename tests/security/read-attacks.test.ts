import { cm } from '../helpers/admin';
import { Person, SCOPES } from '../helpers/access-fixtures';
import { CrudAction } from '../../src/access/uids';
import { expectClean, probe, query, securitySuite, STAFF } from './harness';
import {
  attackedTypes,
  bulkFindProbe,
  deepPopulates,
  draftCountProbe,
  filterOracleCases,
  homepageProbes,
  listPopulateProbes,
  listUrl,
  pairs,
  runFilterOracle,
  runSearchOracle,
  runSortOracle,
  searchCases,
  singleRecordProbes,
  sortOracleCases,
  STAFF_ROLE,
} from './attacks';
import { apiRelationsOf, shortName } from './model';
import { DISPLAYED_COLUMNS_HEADER } from '../../src/domain/lists/list-populate';
import { canReadType, expectedByScope, RECORD_TYPES, RecordKey } from './oracle';

/**
 * Read paths of the content manager, attacked by every staff role: lists (populate, fields, filters,
 * sort and _q through relations), single records, bulkFindForValidation, draft-relation counts and the
 * homepage widgets. Every response is judged by the response checker against the rules oracle; filter,
 * sort and search oracles compare a TRUE and a FALSE probe over hidden data. Cases come from the
 * schemas and the role definitions.
 */

const suite = securitySuite(__filename);

const TYPE_PAIRS = pairs(STAFF, attackedTypes).map(([person, uid]) => ({ person, uid, name: `${person} on ${shortName(uid)}` }));
const RELATION_PAIRS = TYPE_PAIRS.filter(({ uid }) => apiRelationsOf(uid).length > 0);

describe('the oracle itself', () => {
  test('each staff login has the role the suite attacks with', () => {
    for (const person of STAFF) expect([person, suite.subjects[person].roleCodes]).toEqual([person, [STAFF_ROLE[person]]]);
  });

  test('the database walk of the conditions agrees with the fixtures\' scope table for every person, record, scope and action', () => {
    const disagreements: string[] = [];
    for (const person of Object.keys(suite.fx.emails) as Person[]) {
      const subject = suite.subjects[person];
      for (const key of Object.keys(RECORD_TYPES) as RecordKey[]) {
        for (const scope of SCOPES) {
          const row = suite.graph.get(RECORD_TYPES[key], suite.fx.records[scope][key]);
          if (!row) throw new Error(`fixture ${key} ${scope} not in the graph`);
          for (const action of ['read', 'update', 'delete'] as CrudAction[]) {
            const walked = suite.oracle.may(subject, action, RECORD_TYPES[key], row);
            const table = expectedByScope(subject, person, action, key, scope);
            if (walked !== table) disagreements.push(`${person} ${action} ${key} ${scope}: walk ${walked}, table ${table}`);
          }
        }
      }
    }
    expect(disagreements).toEqual([]);
  });

  test('the sales manager sees own and department records and nothing of the other department (explicit)', () => {
    const subject = suite.subjects.manager;
    for (const key of ['counterparty', 'invoice', 'interaction', 'contactPerson'] as RecordKey[]) {
      const seen = SCOPES.map((scope) => suite.oracle.maySee(subject, RECORD_TYPES[key], suite.graph.get(RECORD_TYPES[key], suite.fx.records[scope][key])!));
      expect([key, seen]).toEqual([key, [true, true, false]]);
    }
  });

  test('secrets to look for exist: a reset token for the super admin, password hashes, token hashes', () => {
    const labels = suite.secrets.map((s) => s.label);
    expect(labels).toContain('resetPasswordToken of admin user root@vitrylo.test');
    expect(labels.filter((l) => l.startsWith('password of')).length).toBeGreaterThanOrEqual(8);
    expect(labels.some((l) => l.startsWith('accessKey of API token'))).toBe(true);
  });

  test('the checker finds what it must, and passes what it must', async () => {
    const manager = suite.subjects.manager;
    const employee = suite.fx.employees.otherManager;
    const other = suite.fx.records.other.counterparty;
    const own = suite.fx.records.own.counterparty;
    const body = {
      results: [
        { id: employee.id, documentId: employee.documentId, fullName: 'x', adminUser: { id: 1, email: 'a', password: suite.secrets[0].value } },
        { id: employee.id, documentId: employee.documentId, counterparties: [{ id: other.id, documentId: other.documentId, name: 'x' }, { id: own.id, documentId: own.documentId }] },
      ],
    };
    const findings = await suite.checker.check(manager, { status: 200, text: JSON.stringify(body), body }, { rootUid: 'api::employee.employee' });
    expect(findings.map((f) => `${f.kind} ${f.path}`).sort()).toEqual([
      'admin-user $.results[0].adminUser',
      'invisible-record $.results[1].counterparties[0]',
      'secret (body text)',
      'unreadable-field $.results[0].adminUser',
    ]);
    const clean = { data: { id: own.id, documentId: own.documentId, name: 'x', invoices: { count: 1 }, manager: { id: employee.id, documentId: employee.documentId, fullName: 'y' } } };
    expect(await suite.checker.check(manager, { status: 200, text: JSON.stringify(clean), body: clean }, { rootUid: 'api::counterparty.counterparty' })).toEqual([]);
    const secretary = await suite.checker.check(suite.subjects.secretary, { status: 200, text: '', body: { data: { id: 1, documentId: 'p', price: 1 } } }, { rootUid: 'api::product.product' });
    expect(secretary.map((f) => f.kind)).toContain('unreadable-field');
  });
});

describe('list: populate and fields', () => {
  test.each(TYPE_PAIRS)('$name', async ({ person, uid }) => {
    expectClean(await listPopulateProbes(suite, suite.callers[person], uid));
  });
});

describe('list: filters through relations (TRUE/FALSE oracle)', () => {
  test.each(RELATION_PAIRS)('$name', async ({ person, uid }) => {
    const caller = suite.callers[person];
    const lines: string[] = [];
    for (const c of filterOracleCases(suite, caller.subject, uid, 4)) {
      lines.push(...(await runFilterOracle(suite, 'list: filter oracle', caller, c, (filters) => listUrl(uid, { filters }))));
    }
    expectClean(lines);
  });
});

describe('list: sort through relations (order must not follow hidden values)', () => {
  test.each([...STAFF])('%s', async (person) => {
    const caller = suite.callers[person];
    const lines: string[] = [];
    let budget = 6;
    for (const uid of attackedTypes(person)) {
      if (budget <= 0) break;
      for (const c of sortOracleCases(suite, caller.subject, uid, 1)) {
        budget -= 1;
        lines.push(...(await runSortOracle(suite, 'list: sort oracle', caller, c, (sort) => listUrl(uid, { sort }))));
      }
    }
    expectClean(lines);
  });
});

describe('list: _q with hidden text', () => {
  test.each(TYPE_PAIRS)('$name', async ({ person, uid }) => {
    const caller = suite.callers[person];
    const lines: string[] = [];
    for (const c of searchCases(suite, caller.subject, uid)) lines.push(...(await runSearchOracle(suite, 'list: _q oracle', caller, uid, c)));
    expectClean(lines);
  });
});

describe('single record (every scope, with populate)', () => {
  test.each(TYPE_PAIRS)('$name', async ({ person, uid }) => {
    expectClean(await singleRecordProbes(suite, suite.callers[person], uid));
  });
});

describe('bulkFindForValidation with every documentId of a type', () => {
  test.each(TYPE_PAIRS)('$name', async ({ person, uid }) => {
    expectClean(await bulkFindProbe(suite, 'bulk: bulkFindForValidation', suite.callers[person], uid));
  });
});

describe('countManyEntriesDraftRelations: an invisible id answers like a made-up one', () => {
  test.each(TYPE_PAIRS)('$name', async ({ person, uid }) => {
    expectClean(await draftCountProbe(suite, 'bulk: countManyEntriesDraftRelations', suite.callers[person], uid));
  });
});

describe('homepage widgets', () => {
  test.each([...STAFF])('%s', async (person) => {
    expectClean(await homepageProbes(suite, 'homepage', suite.callers[person]));
  });
});

describe('a list naming every attribute as a shown column (the panel\'s X-Vitrylo-List-Columns)', () => {
  test.each([...STAFF])('%s', async (person) => {
    const caller = suite.callers[person];
    const lines: string[] = [];
    for (const uid of attackedTypes(person).filter((u) => canReadType(caller.subject, u))) {
      const columns = Object.keys(suite.app.strapi.getModel(uid as any).attributes).join(',');
      lines.push(...(await probe(suite, 'list: shown columns header', caller, 'GET', listUrl(uid, {}), undefined, { rootUid: uid }, { [DISPLAYED_COLUMNS_HEADER]: columns })));
    }
    expectClean(lines);
  });
});

describe('unknown query keys on list and single record (nothing populated may ride along)', () => {
  test.each([...STAFF])('%s', async (person) => {
    const caller = suite.callers[person];
    const lines: string[] = [];
    for (const uid of attackedTypes(person).filter((u) => canReadType(caller.subject, u)).slice(0, 4)) {
      const [populate] = deepPopulates(uid, 2);
      lines.push(...(await probe(suite, 'unknown query keys', caller, 'GET', `${listUrl(uid, { populate })}&foo=1&plugins[x]=1`, undefined, { rootUid: uid })));
      const row = suite.graph.all(uid)[suite.graph.all(uid).length - 1];
      if (row) lines.push(...(await probe(suite, 'unknown query keys', caller, 'GET', `${cm(uid, row.documentId)}?foo=1&${query({ populate, fields: ['*'] })}`, undefined, { rootUid: uid })));
    }
    expectClean(lines);
  });
});
