import * as React from 'react';
import { useIntl } from 'react-intl';
import { Box } from '@strapi/design-system';
import { dateTimeText } from '../../kit/date-time';
import { enumCaption } from '../../../type-meta/labels';
import { fromText } from '../../pages/inbox/RequestList';
import type { Inbox } from '../../pages/inbox/inbox-api';
import { FigureRow, FigureTile } from '../kit/Figure';
import { ItemList } from '../kit/ItemList';
import { WidgetNote, WidgetQuery } from '../kit/WidgetQuery';

const INBOX = '/vitrylo/inbox';
const SHOWN = 3;

/**
 * "Вхідні" on the home page of whoever has the inbox: the figures of the menu's counter and the first open
 * requests in the inbox's order (unread first); each opens in the inbox. Reads GET /crm/inbox, narrowed.
 */
const InboxWidget = () => {
  const { formatMessage } = useIntl();
  return (
    <WidgetQuery<Inbox> path={`/crm/inbox?pageSize=${SHOWN}&notifications=0`}>
      {(data) => {
        const { counts } = data;
        const requests = data.requests ?? [];
        if (counts.openRequests === 0 && counts.unreadNotifications === 0) return <WidgetNote>{formatMessage({ id: 'vitrylo.home.inbox.empty' })}</WidgetNote>;
        return (
          <Box>
            <FigureRow>
              <FigureTile figure={{ count: counts.unreadRequests, link: INBOX }} labelId="vitrylo.home.inbox.unreadRequests" />
              <FigureTile figure={{ count: counts.overdueRequests, link: INBOX }} labelId="vitrylo.home.inbox.overdueRequests" tone="danger" />
              <FigureTile figure={{ count: counts.unreadNotifications, link: INBOX }} labelId="vitrylo.home.inbox.unreadNotifications" />
            </FigureRow>
            <ItemList
              items={requests.map((request) => ({
                key: request.documentId,
                to: `${INBOX}?request=${request.documentId}`,
                lead: dateTimeText(request.receivedAt, data.timeZone),
                text: fromText(request) ?? formatMessage({ id: 'vitrylo.inbox.unknownCaller' }),
                detail: request.subject,
                aside: request.unread ? formatMessage({ id: 'vitrylo.home.inbox.new' }) : enumCaption('api::inbound-request.inbound-request', 'state', request.state),
                tone: request.overdue ? 'danger' : 'neutral',
              }))}
            />
          </Box>
        );
      }}
    </WidgetQuery>
  );
};

export default InboxWidget;
