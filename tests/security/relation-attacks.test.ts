import { expectClean, probe, securitySuite, STAFF } from './harness';
import { attackedTypes, deepPopulates, existingRelationProbes, existingUrl, filterOracleCases, pairs, pickerFields, pickerProbes, pickerUrl, runFilterOracle } from './attacks';
import { shortName } from './model';
import { canReadType } from './oracle';

/**
 * Relation pickers (`GET /content-manager/relations/:uid/:field`) and existing-relation lists
 * (`GET /content-manager/relations/:uid/:documentId/:field`) for every relation field of every type a
 * staff role reads: with deep populate (admin users at the end of the road), createdBy, fields of hidden
 * columns, _q for hidden records, and filters through relations compared TRUE against FALSE.
 */

const suite = securitySuite(__filename);

const SOURCES = pairs(STAFF, (person) => attackedTypes(person).filter((uid) => pickerFields(uid).length > 0)).map(([person, uid]) => ({
  person,
  uid,
  name: `${person} on ${shortName(uid)} (${pickerFields(uid).map((r) => r.field).join(', ')})`,
}));

describe('relation picker: populate, createdBy, fields, _q', () => {
  test.each(SOURCES)('$name', async ({ person, uid }) => {
    const lines: string[] = [];
    for (const relation of pickerFields(uid)) lines.push(...(await pickerProbes(suite, suite.callers[person], uid, relation.field, relation.target)));
    expectClean(lines);
  });
});

describe('relation picker: filters through relations (TRUE/FALSE oracle)', () => {
  test.each(SOURCES)('$name', async ({ person, uid }) => {
    const caller = suite.callers[person];
    const lines: string[] = [];
    // one sampled oracle per relation field whose target the caller reads
    for (const relation of pickerFields(uid)) {
      if (!canReadType(caller.subject, relation.target)) continue;
      for (const c of filterOracleCases(suite, caller.subject, relation.target, 1)) {
        lines.push(...(await runFilterOracle(suite, 'picker: filter oracle', caller, c, (filters) => pickerUrl(uid, relation.field, { filters }))));
      }
    }
    expectClean(lines);
  });
});

describe('existing relations list only records the caller may see', () => {
  test.each(SOURCES)('$name', async ({ person, uid }) => {
    const lines: string[] = [];
    for (const relation of pickerFields(uid)) lines.push(...(await existingRelationProbes(suite, suite.callers[person], uid, relation.field, relation.target)));
    expectClean(lines);
  });
});

describe('unknown query keys on relation routes (nothing populated may ride along)', () => {
  test.each([...STAFF])('%s', async (person) => {
    const caller = suite.callers[person];
    const lines: string[] = [];
    for (const { uid } of SOURCES.filter((s) => s.person === person).slice(0, 4)) {
      const visible = suite.oracle.visibleRows(caller.subject, uid)[0];
      for (const relation of pickerFields(uid).slice(0, 2)) {
        const [populate] = deepPopulates(relation.target, 2);
        lines.push(...(await probe(suite, 'unknown query keys', caller, 'GET', `${pickerUrl(uid, relation.field, { populate })}&foo=1`, undefined, { rootUid: relation.target })));
        if (visible) {
          const url = existingUrl(uid, visible.documentId, relation.field, { pageSize: 100, populate, fields: ['*'], foo: 1 });
          lines.push(...(await probe(suite, 'unknown query keys', caller, 'GET', url, undefined, { rootUid: relation.target, idsOnlyAllowed: false })));
        }
      }
    }
    expectClean(lines);
  });
});
