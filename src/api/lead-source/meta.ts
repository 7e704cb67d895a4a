import { defineTypeMeta } from '../../type-meta/define';
import { REFERENCE_FIELDS } from '../../type-meta/shared-captions';

export default defineTypeMeta({
  uid: 'api::lead-source.lead-source',
  group: 'reference',
  displayName: 'Джерело залучення',
  pluralName: 'Джерела залучення',
  fields: { ...REFERENCE_FIELDS, channel: 'Рекламний канал' },
  enums: {
    channel: {
      tv: 'Телебачення',
      radio: 'Радіо',
      press: 'Преса',
      internet: 'Інтернет',
      social: 'Соціальні мережі',
      exhibition: 'Виставка',
      referral: 'Рекомендація',
      outdoor: 'Зовнішня реклама',
      mailing: 'Розсилка',
      other: 'Інше',
    },
  },
  mainField: 'name',
  list: ['name', 'channel', 'code', 'sortOrder', 'active'],
});
