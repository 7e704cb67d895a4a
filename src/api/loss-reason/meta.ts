import { referenceListMeta } from '../../type-meta/define';

export default referenceListMeta('api::loss-reason.loss-reason', 'Причина відмови', 'Причини відмови');
