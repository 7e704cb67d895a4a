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
    dedupeKey: 'Ключ унікальності',
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
  sort: ['createdAt', 'DESC'],
  // the key that makes a reminder or an escalation happen once, whatever runs it twice
  readOnly: ['dedupeKey'],
  ownership: { me: ['recipient'] },
});
