import * as React from 'react';
import { useIntl } from 'react-intl';
import { Box, Button, Flex, IconButton, Link as DsLink, Loader, Typography } from '@strapi/design-system';
import { Cross } from '@strapi/icons';
import { useFetchClient, useNotification } from '@strapi/strapi/admin';
import { Link } from 'react-router-dom';
import { dateTimeText } from '../../kit/date-time';
import { enumCaption } from '../../../type-meta/labels';
import { useCrmQuery } from '../../kit/useCrmQuery';
import { inboxChanged } from './counter-store';
import { DoneDialog } from './DoneDialog';
import { ForwardDialog, ForwardInput } from './ForwardDialog';
import { cmRecordLink, COUNTERPARTY_UID, errorText, REQUEST_UID, RequestAbilities, RequestDetails, RequestListItem } from './inbox-api';
import { RequestMarks } from './RequestList';

type Dialog = 'done' | 'forward' | null;

function Line({ labelId, children }: { labelId: string; children: React.ReactNode }) {
  const { formatMessage } = useIntl();
  return (
    <Flex gap={2} alignItems="baseline">
      <Box minWidth="14rem">
        <Typography variant="pi" textColor="neutral600">
          {formatMessage({ id: labelId })}
        </Typography>
      </Box>
      <Typography textColor="neutral800">{children}</Typography>
    </Flex>
  );
}

function Section({ labelId, children }: { labelId: string; children: React.ReactNode }) {
  const { formatMessage } = useIntl();
  return (
    <Box paddingTop={4}>
      <Typography variant="sigma" textColor="neutral600" tag="h3">
        {formatMessage({ id: labelId })}
      </Typography>
      <Box paddingTop={1}>{children}</Box>
    </Box>
  );
}

const Paragraph = ({ children }: { children: React.ReactNode }) => (
  <Typography textColor="neutral800" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
    {children}
  </Typography>
);

/**
 * One request as the inbox opens it (opening it marks it read: the server does that on the GET), with
 * what the caller may do with it: take it, close it with a result, forward it, turn the caller into a prospect.
 */
export function RequestDetailsPanel({ documentId, listItem, timeZone, onChanged, onClose }: { documentId: string; listItem: RequestListItem | null; timeZone: string; onChanged(): void; onClose(): void }) {
  const { formatMessage } = useIntl();
  const { post } = useFetchClient();
  const { toggleNotification } = useNotification();
  const [version, setVersion] = React.useState(0);
  const state = useCrmQuery<{ data: RequestDetails; meta: { markedRead: boolean; can: RequestAbilities } }>(`/crm/inbox/requests/${documentId}`, undefined, version);
  const [dialog, setDialog] = React.useState<Dialog>(null);
  const [busy, setBusy] = React.useState(false);
  const [error, setError] = React.useState<string | null>(null);

  const markedRead = state.status === 'ready' && state.data.meta.markedRead;
  React.useEffect(() => {
    if (markedRead) {
      inboxChanged();
      onChanged();
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [markedRead]);

  const act = async (path: string, body: unknown, success: (data: any) => string) => {
    setBusy(true);
    setError(null);
    try {
      const response = await post<{ data: any }>(`/crm/inbox/requests/${documentId}/${path}`, body);
      toggleNotification({ type: 'success', message: success(response.data.data) });
      setDialog(null);
      setVersion((n) => n + 1);
      inboxChanged();
      onChanged();
    } catch (failure) {
      const reason = errorText(failure) ?? formatMessage({ id: 'vitrylo.inbox.toast.unknownError' });
      if (dialog) setError(reason);
      else toggleNotification({ type: 'danger', message: formatMessage({ id: 'vitrylo.inbox.toast.failed' }, { reason }) });
    } finally {
      setBusy(false);
    }
  };
  const open = (next: Dialog) => {
    setError(null);
    setDialog(next);
  };

  if (state.status === 'loading') {
    return (
      <Flex justifyContent="center" padding={8}>
        <Loader>{formatMessage({ id: 'vitrylo.kit.loading' })}</Loader>
      </Flex>
    );
  }
  if (state.status !== 'ready') {
    return (
      <Box padding={6}>
        <Typography textColor="danger600">{formatMessage({ id: state.status === 'forbidden' ? 'vitrylo.kit.forbidden' : 'vitrylo.kit.error' })}</Typography>
      </Box>
    );
  }
  const { data: request, meta } = state.data;
  const when = (value: string | null) => (value ? dateTimeText(value, timeZone) : formatMessage({ id: 'vitrylo.inbox.details.none' }));
  const none = formatMessage({ id: 'vitrylo.inbox.details.none' });
  const counterpartyName = listItem?.counterparty?.documentId === request.counterparty?.documentId ? listItem?.counterparty?.name : undefined;

  return (
    <Box padding={6} background="neutral0" hasRadius shadow="tableShadow" data-testid="inbox-request-details">
      <Flex justifyContent="space-between" alignItems="flex-start" gap={2}>
        <Flex direction="column" alignItems="flex-start" gap={2}>
          <Typography variant="beta" tag="h2">
            {request.subject || formatMessage({ id: 'vitrylo.inbox.noSubject' })}
          </Typography>
          <Flex gap={1} wrap="wrap">
            <RequestMarks request={request} />
          </Flex>
        </Flex>
        <IconButton label={formatMessage({ id: 'vitrylo.inbox.details.close' })} onClick={onClose} variant="ghost">
          <Cross />
        </IconButton>
      </Flex>

      <Flex gap={2} paddingTop={4} wrap="wrap">
        {meta.can.take && request.state !== 'in-progress' ? (
          <Button onClick={() => act('take', undefined, () => formatMessage({ id: 'vitrylo.inbox.toast.taken' }))} loading={busy && !dialog}>
            {formatMessage({ id: 'vitrylo.inbox.action.take' })}
          </Button>
        ) : null}
        {meta.can.done ? (
          <Button variant="success" onClick={() => open('done')}>
            {formatMessage({ id: 'vitrylo.inbox.action.done' })}
          </Button>
        ) : null}
        {meta.can.forward ? (
          <Button variant="secondary" onClick={() => open('forward')}>
            {formatMessage({ id: 'vitrylo.inbox.action.forward' })}
          </Button>
        ) : null}
        {meta.can.prospect ? (
          <Button variant="tertiary" onClick={() => act('prospect', undefined, (data) => formatMessage({ id: 'vitrylo.inbox.toast.prospect' }, { name: data.counterparty.name }))}>
            {formatMessage({ id: 'vitrylo.inbox.action.prospect' })}
          </Button>
        ) : null}
      </Flex>

      <Section labelId="vitrylo.inbox.details.caller">
        <Flex direction="column" alignItems="stretch" gap={1}>
          <Line labelId="vitrylo.inbox.details.caller">{request.callerName || none}</Line>
          <Line labelId="vitrylo.inbox.details.phone">{request.callerPhone || none}</Line>
          {request.callerEmail ? <Line labelId="vitrylo.inbox.details.email">{request.callerEmail}</Line> : null}
          <Line labelId="vitrylo.inbox.details.organization">{request.organizationName || none}</Line>
          <Line labelId="vitrylo.inbox.details.counterparty">
            {request.counterparty ? (
              <DsLink tag={Link} to={cmRecordLink(COUNTERPARTY_UID, request.counterparty.documentId)}>
                {counterpartyName ?? formatMessage({ id: 'vitrylo.inbox.details.openCard' })}
              </DsLink>
            ) : (
              formatMessage({ id: 'vitrylo.inbox.details.notMatched' })
            )}
          </Line>
        </Flex>
      </Section>

      <Section labelId="vitrylo.inbox.details.message">
        <Paragraph>{request.message || formatMessage({ id: 'vitrylo.inbox.details.noMessage' })}</Paragraph>
      </Section>

      <Section labelId="vitrylo.inbox.details.state">
        <Flex direction="column" alignItems="stretch" gap={1}>
          <Line labelId="vitrylo.inbox.details.state">{enumCaption(REQUEST_UID, 'state', request.state)}</Line>
          <Line labelId="vitrylo.inbox.details.urgency">{request.urgency ? enumCaption(REQUEST_UID, 'urgency', request.urgency) : none}</Line>
          <Line labelId="vitrylo.inbox.details.channel">{request.channel ? enumCaption(REQUEST_UID, 'channel', request.channel) : none}</Line>
          <Line labelId="vitrylo.inbox.details.received">{when(request.receivedAt)}</Line>
          <Line labelId="vitrylo.inbox.details.due">{when(request.dueAt)}</Line>
          <Line labelId="vitrylo.inbox.details.assignee">{request.assignee?.fullName || none}</Line>
          <Line labelId="vitrylo.inbox.details.department">{request.targetDepartment?.name || none}</Line>
          <Line labelId="vitrylo.inbox.details.registeredBy">{request.registeredBy?.fullName || none}</Line>
        </Flex>
      </Section>

      <Section labelId="vitrylo.inbox.details.reason">
        <Paragraph>{request.routingReason || none}</Paragraph>
      </Section>

      {request.result ? (
        <Section labelId="vitrylo.inbox.details.result">
          <Paragraph>{request.result}</Paragraph>
        </Section>
      ) : null}

      <Section labelId="vitrylo.inbox.details.history">
        {request.forwardHistory.length === 0 ? (
          <Typography textColor="neutral600">{formatMessage({ id: 'vitrylo.inbox.details.noHistory' })}</Typography>
        ) : (
          <Flex direction="column" alignItems="stretch" gap={2} tag="ol">
            {request.forwardHistory.map((record, index) => (
              <Box key={`${record.at}-${index}`} tag="li">
                <Typography textColor="neutral800" fontWeight="semiBold">
                  {when(record.at)}:{' '}
                  {formatMessage(
                    { id: 'vitrylo.inbox.details.historyLine' },
                    { from: record.fromName ?? formatMessage({ id: 'vitrylo.inbox.details.nobody' }), to: record.toName ?? none },
                  )}
                </Typography>
                <Paragraph>{record.reason}</Paragraph>
                {record.byName ? (
                  <Typography variant="pi" textColor="neutral600">
                    {formatMessage({ id: 'vitrylo.inbox.details.historyBy' }, { by: record.byName })}
                  </Typography>
                ) : null}
              </Box>
            ))}
          </Flex>
        )}
      </Section>

      <Box paddingTop={4}>
        <DsLink tag={Link} to={cmRecordLink(REQUEST_UID, request.documentId)}>
          {formatMessage({ id: 'vitrylo.inbox.details.openRecord' })}
        </DsLink>
      </Box>

      <DoneDialog
        open={dialog === 'done'}
        busy={busy}
        error={error}
        onClose={() => setDialog(null)}
        onSave={(result) => act('done', { result }, () => formatMessage({ id: 'vitrylo.inbox.toast.done' }))}
      />
      <ForwardDialog
        open={dialog === 'forward'}
        busy={busy}
        error={error}
        currentAssignee={request.assignee?.documentId ?? null}
        onClose={() => setDialog(null)}
        onSend={(input: ForwardInput) => act('forward', input, (data) => formatMessage({ id: 'vitrylo.inbox.toast.forwarded' }, { name: data.assignee?.fullName ?? '' }))}
      />
    </Box>
  );
}
