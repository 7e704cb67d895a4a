import { AUDIT_UID } from '../../../../audit/constants';

/**
 * GET /crm/audit-entries?uid=<content type uid>&documentId=<id>: the latest 50 audit entries of one
 * document, newest first. Who may call it: an authenticated admin allowed to read audit entries in the
 * content manager; the controller also requires read access to the document itself.
 */
export default [
  {
    method: 'GET',
    path: '/audit-entries',
    handler: 'audit.list',
    config: {
      policies: [
        'admin::isAuthenticatedAdmin',
        {
          name: 'admin::hasPermissions',
          config: { actions: [['plugin::content-manager.explorer.read', AUDIT_UID]] },
        },
      ],
    },
  },
];
