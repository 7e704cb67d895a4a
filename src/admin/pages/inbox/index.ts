import { crmPermission, CrmPageDefinition } from '../../kit/pages';
import { InboxMenuIcon } from './InboxMenuIcon';
import { inboxMessages } from './messages';

/** "Вхідні": my inbound requests and notifications; the menu icon carries the unread count. */
export const inboxPage: CrmPageDefinition = {
  to: 'vitrylo/inbox',
  icon: InboxMenuIcon,
  labelId: 'vitrylo.inbox.menu',
  permissions: crmPermission('inbox.read'),
  Component: () => import('./InboxPage'),
  messages: inboxMessages,
  // right after the home page: the first place someone looks in the morning
  position: 0.02,
};
