import { referenceListMeta } from '../../type-meta/define';

export default referenceListMeta('api::business-line.business-line', 'Напрям діяльності', 'Напрями діяльності');
