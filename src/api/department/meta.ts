import { defineTypeMeta } from '../../type-meta/define';

export default defineTypeMeta({
  uid: 'api::department.department',
  group: 'directory',
  displayName: 'Підрозділ',
  pluralName: 'Підрозділи',
  fields: {
    name: 'Назва',
    parent: 'Вищий підрозділ',
    children: 'Підпорядковані підрозділи',
    head: 'Керівник',
    employees: 'Співробітники',
    note: 'Примітка',
  },
  mainField: 'name',
  list: ['name', 'parent', 'head', 'employees'],
});
