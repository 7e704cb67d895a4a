import { defineTypeMeta } from '../../type-meta/define';
import { REFERENCE_FIELDS } from '../../type-meta/shared-captions';

export default defineTypeMeta({
  uid: 'api::loss-reason.loss-reason',
  group: 'reference',
  displayName: 'Причина відмови',
  pluralName: 'Причини відмови',
  fields: { ...REFERENCE_FIELDS },
  mainField: 'name',
  list: ['name', 'code', 'sortOrder', 'active'],
});
