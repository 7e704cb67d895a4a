import { referenceListMeta } from '../../type-meta/define';

export default referenceListMeta('api::product-group.product-group', 'Група товарів і послуг', 'Групи товарів і послуг');
