import { defineTypeMeta } from '../../type-meta/define';

export default defineTypeMeta({
  uid: 'api::report-template.report-template',
  group: 'work',
  displayName: 'Шаблон звіту',
  pluralName: 'Шаблони звітів',
  fields: {
    reportKey: 'Код звіту',
    name: 'Назва',
    active: 'Активний',
    description: 'Опис',
  },
  mainField: 'name',
  list: ['reportKey', 'name', 'active', 'updatedAt'],
});
