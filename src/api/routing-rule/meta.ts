import { defineTypeMeta } from '../../type-meta/define';

export default defineTypeMeta({
  uid: 'api::routing-rule.routing-rule',
  group: 'work',
  displayName: 'Правило розподілу звернень',
  pluralName: 'Правила розподілу звернень',
  fields: {
    name: 'Назва',
    priority: 'Пріоритет',
    active: 'Діє',
    conditions: 'Умови',
    targetDepartment: 'Передати підрозділу',
    targetEmployee: 'Передати співробітнику',
  },
  mainField: 'name',
  list: ['name', 'priority', 'active', 'targetDepartment', 'targetEmployee'],
});
