import { defineTypeMeta } from '../../type-meta/define';

export default defineTypeMeta({
  uid: 'api::product.product',
  group: 'work',
  displayName: 'Товар / послуга',
  pluralName: 'Товари та послуги',
  fields: {
    code: 'Артикул',
    name: 'Найменування',
    kind: 'Вид',
    unit: 'Одиниця виміру',
    price: 'Ціна',
    vatRate: 'Ставка ПДВ, %',
    productGroup: 'Група товарів і послуг',
    active: 'Активний',
    description: 'Опис',
  },
  enums: { kind: { goods: 'Товар', service: 'Послуга' } },
  mainField: 'name',
  list: ['code', 'name', 'kind', 'unit', 'price', 'active'],
  decimals: { price: 'amount' },
});
