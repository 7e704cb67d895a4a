import { defineComponentMeta } from '../define';
import { COUNTERPARTY_KINDS, REQUEST_CHANNELS } from '../shared-captions';

export default defineComponentMeta({
  uid: 'crm.routing-condition',
  displayName: 'Умови розподілу',
  fields: {
    businessLine: 'Напрям діяльності',
    channel: 'Канал звернення',
    counterpartyKind: 'Тип контрагента',
    keywords: 'Ключові слова',
  },
  enums: { channel: REQUEST_CHANNELS, counterpartyKind: COUNTERPARTY_KINDS },
  mainField: 'keywords',
});
