import { defineComponentMeta } from '../define';

export default defineComponentMeta({
  uid: 'crm.document-line',
  displayName: 'Рядок документа',
  pluralName: 'Рядки документа',
  fields: {
    product: 'Товар / послуга',
    description: 'Опис',
    quantity: 'Кількість',
    unit: 'Од. виміру',
    price: 'Ціна',
    discount: 'Знижка (сума)',
    vatRate: 'Ставка ПДВ, %',
    net: 'Сума без ПДВ',
    vat: 'ПДВ',
    total: 'Сума з ПДВ',
  },
  mainField: 'description',
  readOnly: ['net', 'vat', 'total'],
  decimals: {
    price: 'amount',
    discount: 'amount',
    net: 'amount',
    vat: 'amount',
    total: 'amount',
    quantity: 'quantity',
  },
});
