import { defineTypeMeta } from '../../type-meta/define';
import { REFERENCE_FIELDS } from '../../type-meta/shared-captions';

export default defineTypeMeta({
  uid: 'api::market-segment.market-segment',
  group: 'reference',
  displayName: 'Сегмент ринку',
  pluralName: 'Сегменти ринку',
  fields: { ...REFERENCE_FIELDS },
  mainField: 'name',
  list: ['name', 'code', 'sortOrder', 'active'],
});
