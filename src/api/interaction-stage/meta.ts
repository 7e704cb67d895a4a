import { defineTypeMeta } from '../../type-meta/define';
import { REFERENCE_FIELDS } from '../../type-meta/shared-captions';

export default defineTypeMeta({
  uid: 'api::interaction-stage.interaction-stage',
  group: 'reference',
  displayName: 'Етап продажу',
  pluralName: 'Етапи продажу',
  fields: { ...REFERENCE_FIELDS },
  mainField: 'name',
  list: ['name', 'code', 'sortOrder', 'active'],
});
