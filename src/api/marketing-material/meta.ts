import { defineTypeMeta } from '../../type-meta/define';

export default defineTypeMeta({
  uid: 'api::marketing-material.marketing-material',
  group: 'work',
  displayName: 'Рекламний матеріал',
  pluralName: 'Рекламні матеріали',
  fields: {
    name: 'Назва',
    kind: 'Вид',
    unitCost: 'Вартість одиниці',
    stock: 'Залишок',
    description: 'Опис',
  },
  enums: {
    kind: {
      booklet: 'Буклет',
      catalog: 'Каталог',
      banner: 'Банер',
      souvenir: 'Сувенір',
      sample: 'Зразок продукції',
      video: 'Відеоролик',
      other: 'Інше',
    },
  },
  mainField: 'name',
  list: ['name', 'kind', 'unitCost', 'stock'],
  decimals: { unitCost: 'amount' },
});
