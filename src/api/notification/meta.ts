import { defineTypeMeta } from '../../type-meta/define';

export default defineTypeMeta({
  uid: 'api::notification.notification',
  group: 'system',
  displayName: 'Повідомлення',
  pluralName: 'Повідомлення',
  fields: {
    recipient: 'Одержувач',
    kind: 'Вид',
    title: 'Заголовок',
    body: 'Текст',
    link: 'Посилання',
    readAt: 'Прочитано',
  },
  enums: {
    kind: {
      'inbound-request': 'Вхідне звернення',
      'next-contact': 'Нагадування про контакт',
      'overdue-invoice': 'Прострочений рахунок',
      complaint: 'Рекламація',
      system: 'Системне',
    },
  },
  mainField: 'title',
  list: ['createdAt', 'title', 'kind', 'recipient', 'readAt'],
  ownership: { me: ['recipient'] },
});
