import { referenceListMeta } from '../../type-meta/define';

export default referenceListMeta('api::industry.industry', 'Галузь', 'Галузі');
