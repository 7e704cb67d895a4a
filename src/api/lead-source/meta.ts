import { referenceListMeta } from '../../type-meta/define';

export default referenceListMeta('api::lead-source.lead-source', 'Джерело залучення', 'Джерела залучення', {
  fields: { channel: 'Рекламний канал' },
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
  list: ['name', 'channel', 'code', 'sortOrder', 'active'],
});
