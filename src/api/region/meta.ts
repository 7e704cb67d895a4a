import { defineTypeMeta } from '../../type-meta/define';
import { REFERENCE_FIELDS } from '../../type-meta/shared-captions';

export default defineTypeMeta({
  uid: 'api::region.region',
  group: 'reference',
  displayName: 'Регіон',
  pluralName: 'Регіони',
  fields: { ...REFERENCE_FIELDS },
  mainField: 'name',
  list: ['name', 'code', 'sortOrder', 'active'],
});
