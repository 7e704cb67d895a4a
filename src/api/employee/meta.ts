import { defineTypeMeta } from '../../type-meta/define';

export default defineTypeMeta({
  uid: 'api::employee.employee',
  group: 'directory',
  displayName: 'Співробітник',
  pluralName: 'Співробітники',
  fields: {
    fullName: 'ПІБ',
    position: 'Посада',
    department: 'Підрозділ',
    phone: 'Телефон',
    email: 'Електронна пошта',
    adminUser: 'Обліковий запис для входу',
    active: 'Працює',
    counterparties: 'Закріплені контрагенти',
    interactions: 'Хроніка контактів',
    assignedRequests: 'Доручені звернення',
    scheduleEntries: 'Графік роботи',
  },
  mainField: 'fullName',
  list: ['fullName', 'position', 'department', 'phone', 'email', 'active'],
  sort: ['fullName', 'ASC'],
  ownership: { department: ['department'] },
});
