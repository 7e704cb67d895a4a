import { referenceListMeta } from '../../type-meta/define';

export default referenceListMeta('api::region.region', 'Регіон', 'Регіони');
