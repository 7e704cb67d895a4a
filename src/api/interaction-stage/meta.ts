import { referenceListMeta } from '../../type-meta/define';

export default referenceListMeta('api::interaction-stage.interaction-stage', 'Етап продажу', 'Етапи продажу');
