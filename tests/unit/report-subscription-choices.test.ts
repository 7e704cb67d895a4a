import schema from '../../src/api/report-subscription/content-types/report-subscription/schema.json';
import meta from '../../src/api/report-subscription/meta';
import { CRM_REPORTS } from '../../src/reports/catalog';

/** A subscription's report is chosen from a list: the schema's options and their captions are the reports Vitrylo serves. */
test('the subscription offers every report, by its title, and nothing else', () => {
  const keys = CRM_REPORTS.map((report) => report.definition.key);
  expect([...schema.attributes.reportKey.enum].sort()).toEqual([...keys].sort());
  expect(meta.enums?.reportKey).toEqual(Object.fromEntries(CRM_REPORTS.map((report) => [report.definition.key, report.definition.title.uk])));
});
