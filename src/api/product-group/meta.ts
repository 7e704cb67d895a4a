import { defineTypeMeta } from '../../type-meta/define';
import { REFERENCE_FIELDS } from '../../type-meta/shared-captions';

export default defineTypeMeta({
  uid: 'api::product-group.product-group',
  group: 'reference',
  displayName: 'Група товарів і послуг',
  pluralName: 'Групи товарів і послуг',
  fields: { ...REFERENCE_FIELDS },
  mainField: 'name',
  list: ['name', 'code', 'sortOrder', 'active'],
});
