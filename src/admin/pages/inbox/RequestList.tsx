import * as React from 'react';
import { useIntl } from 'react-intl';
import { Badge, Flex, Table, Tbody, Td, Th, Thead, Tr, Typography } from '@strapi/design-system';
import { styled } from 'styled-components';
import { dateTimeText } from '../../kit/date-time';
import { enumCaption } from '../../../type-meta/labels';
import { REQUEST_UID, RequestListItem } from './inbox-api';

/** Who a request is from, as one line: the client's name, else the organisation, else the caller. */
export function fromText(request: Pick<RequestListItem, 'counterparty' | 'organizationName' | 'callerName'>): string | null {
  return request.counterparty?.name ?? request.organizationName ?? request.callerName ?? null;
}

/** Names and subjects wrap: the list shares the page with the opened request and must not scroll sideways. */
const Wrapping = styled(Td)`
  white-space: normal;
  overflow-wrap: anywhere;
  & > * {
    white-space: normal;
  }
`;

const Row = styled(Tr)<{ $selected: boolean }>`
  cursor: pointer;
  background: ${({ theme, $selected }) => ($selected ? theme.colors.primary100 : 'inherit')};
  &:hover {
    background: ${({ theme }) => theme.colors.neutral100};
  }
`;

/** The request's marks: unread, overdue, flagged (nobody was at work when it came). */
export function RequestMarks({ request }: { request: Pick<RequestListItem, 'overdue' | 'flagged'> & { unread?: boolean } }) {
  const { formatMessage } = useIntl();
  return (
    <>
      {request.unread ? <Badge variant="primary" size="S">{formatMessage({ id: 'vitrylo.inbox.unread' })}</Badge> : null}
      {request.overdue ? <Badge variant="danger" size="S">{formatMessage({ id: 'vitrylo.inbox.overdue' })}</Badge> : null}
      {request.flagged ? <Badge variant="warning" size="S">{formatMessage({ id: 'vitrylo.inbox.flagged' })}</Badge> : null}
    </>
  );
}

/** My requests, unread first: a click opens one (and marks it read). Urgency shows when it is not the usual. */
export function RequestList({ requests, selected, timeZone, onOpen }: { requests: RequestListItem[]; selected: string | null; timeZone: string; onOpen(documentId: string): void }) {
  const { formatMessage } = useIntl();
  const headers = ['received', 'from', 'subject', 'state'];
  return (
    <Table colCount={headers.length} rowCount={requests.length + 1}>
      <Thead>
        <Tr>
          {headers.map((key) => (
            <Th key={key}>
              <Typography variant="sigma">{formatMessage({ id: `vitrylo.inbox.col.${key}` })}</Typography>
            </Th>
          ))}
        </Tr>
      </Thead>
      <Tbody>
        {requests.map((request) => {
          const weight = request.unread ? 'bold' : 'regular';
          const urgent = request.urgency === 'high' || request.urgency === 'critical';
          return (
            <Row key={request.documentId} $selected={request.documentId === selected} onClick={() => onOpen(request.documentId)} data-request={request.documentId}>
              <Td>
                <Typography fontWeight={weight} textColor={request.overdue ? 'danger600' : 'neutral800'} style={{ whiteSpace: 'nowrap' }}>
                  {dateTimeText(request.receivedAt, timeZone)}
                </Typography>
              </Td>
              <Wrapping>
                <Typography fontWeight={weight} textColor="neutral800">
                  {fromText(request) ?? formatMessage({ id: 'vitrylo.inbox.unknownCaller' })}
                </Typography>
              </Wrapping>
              <Wrapping>
                <Flex direction="column" alignItems="flex-start" gap={1}>
                  <Typography fontWeight={weight} textColor="neutral800">
                    {request.subject || formatMessage({ id: 'vitrylo.inbox.noSubject' })}
                  </Typography>
                  <Flex gap={1} wrap="wrap">
                    <RequestMarks request={request} />
                    {request.urgency && request.urgency !== 'normal' ? (
                      <Badge variant={urgent ? 'danger' : 'neutral'} size="S">
                        {enumCaption(REQUEST_UID, 'urgency', request.urgency)}
                      </Badge>
                    ) : null}
                  </Flex>
                </Flex>
              </Wrapping>
              <Td>
                <Typography textColor="neutral800">{enumCaption(REQUEST_UID, 'state', request.state)}</Typography>
              </Td>
            </Row>
          );
        })}
      </Tbody>
    </Table>
  );
}
