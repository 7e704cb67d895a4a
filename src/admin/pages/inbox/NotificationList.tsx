import * as React from 'react';
import { useIntl } from 'react-intl';
import { Box, Button, Flex, Typography } from '@strapi/design-system';
import { dateTimeText } from '../../kit/date-time';
import type { NotificationItem } from './inbox-api';

/** My latest notifications, unread ones bold; each can be opened (its request opens here) and marked read. */
export function NotificationList({
  notifications,
  timeZone,
  onOpen,
  onRead,
  onReadAll,
}: {
  notifications: NotificationItem[];
  timeZone: string;
  onOpen(notification: NotificationItem): void;
  onRead(notification: NotificationItem): void;
  onReadAll(): void;
}) {
  const { formatMessage } = useIntl();
  const anyUnread = notifications.some((n) => n.unread);
  return (
    <Box>
      <Flex justifyContent="space-between" alignItems="center" paddingBottom={2}>
        <Typography variant="delta" tag="h2">
          {formatMessage({ id: 'vitrylo.inbox.notifications' })}
        </Typography>
        {anyUnread ? (
          <Button variant="tertiary" size="S" onClick={onReadAll}>
            {formatMessage({ id: 'vitrylo.inbox.notifications.markAll' })}
          </Button>
        ) : null}
      </Flex>
      {notifications.length === 0 ? (
        <Typography textColor="neutral600">{formatMessage({ id: 'vitrylo.inbox.notifications.none' })}</Typography>
      ) : (
        <Flex direction="column" alignItems="stretch" gap={2} tag="ul">
          {notifications.map((notification) => (
            <Box
              key={notification.documentId}
              tag="li"
              padding={3}
              hasRadius
              background={notification.unread ? 'primary100' : 'neutral0'}
              borderColor={notification.unread ? 'primary200' : 'neutral150'}
              data-notification={notification.documentId}
            >
              <Flex justifyContent="space-between" alignItems="flex-start" gap={2}>
                <Box>
                  <Typography variant="pi" textColor="neutral600">
                    {dateTimeText(notification.createdAt, timeZone)}
                  </Typography>
                  <Box>
                    <Typography fontWeight={notification.unread ? 'bold' : 'regular'} textColor="neutral800">
                      {notification.title}
                    </Typography>
                  </Box>
                  {notification.body ? (
                    <Typography variant="pi" textColor="neutral700" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                      {notification.body}
                    </Typography>
                  ) : null}
                </Box>
                <Flex direction="column" gap={1} alignItems="flex-end">
                  {notification.link ? (
                    <Button variant="secondary" size="S" onClick={() => onOpen(notification)}>
                      {formatMessage({ id: 'vitrylo.inbox.notifications.open' })}
                    </Button>
                  ) : null}
                  {notification.unread ? (
                    <Button variant="tertiary" size="S" onClick={() => onRead(notification)}>
                      {formatMessage({ id: 'vitrylo.inbox.notifications.markRead' })}
                    </Button>
                  ) : null}
                </Flex>
              </Flex>
            </Box>
          ))}
        </Flex>
      )}
    </Box>
  );
}
