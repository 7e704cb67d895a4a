import { referenceListMeta } from '../../type-meta/define';

export default referenceListMeta('api::market-segment.market-segment', 'Сегмент ринку', 'Сегменти ринку');
