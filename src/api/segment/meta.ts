import { defineTypeMeta } from '../../type-meta/define';

export default defineTypeMeta({
  uid: 'api::segment.segment',
  group: 'work',
  displayName: 'Сегмент / група',
  pluralName: 'Сегменти та групи',
  fields: {
    name: 'Назва',
    purpose: 'Призначення',
    mode: 'Склад',
    criteria: 'Умови відбору',
    members: 'Контрагенти',
    description: 'Опис',
  },
  enums: {
    purpose: { mailing: 'Розсилка', promo: 'Акція', analysis: 'Аналіз' },
    mode: { dynamic: 'Динамічний (за умовами відбору)', static: 'Статичний (вибрані вручну)' },
  },
  mainField: 'name',
  list: ['name', 'purpose', 'mode', 'members'],
});
