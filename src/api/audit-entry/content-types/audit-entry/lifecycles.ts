import { errors } from '@strapi/utils';
import { isAuditWriter } from '../../../../audit/context';
import { READ_ONLY_MESSAGE } from '../../../../audit/constants';

/**
 * Second lock of the read-only log, below the Document Service: row-level writes (strapi.db.query,
 * bulk deletes) of audit entries are refused too, unless they come from the audit writer.
 */
function refuseOutsideWriter(): void {
  if (!isAuditWriter()) throw new errors.ForbiddenError(READ_ONLY_MESSAGE);
}

export default {
  beforeCreate: refuseOutsideWriter,
  beforeCreateMany: refuseOutsideWriter,
  beforeUpdate: refuseOutsideWriter,
  beforeUpdateMany: refuseOutsideWriter,
  beforeDelete: refuseOutsideWriter,
  beforeDeleteMany: refuseOutsideWriter,
};
