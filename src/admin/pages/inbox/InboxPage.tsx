import * as React from 'react';
import { useIntl } from 'react-intl';
import { Box, Button, Field, Flex, Grid, SingleSelect, SingleSelectOption, Typography } from '@strapi/design-system';
import { Page, useFetchClient } from '@strapi/strapi/admin';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { CrmPage, QueryView } from '../../kit/CrmPage';
import { useCrmQuery } from '../../kit/useCrmQuery';
import { inboxChanged } from './counter-store';
import { Inbox, NotificationItem, panelPath, requestOfLink } from './inbox-api';
import { NotificationList } from './NotificationList';
import { RequestDetailsPanel } from './RequestDetailsPanel';
import { RequestList } from './RequestList';

type Show = 'open' | 'closed' | 'all';
const SHOWS: readonly Show[] = ['open', 'closed', 'all'];
const PAGE_SIZE = 25;

/** Keeps the last data shown while the inbox reloads after an action, so the page does not blink. */
function useLastReady<T>(state: { status: string; data?: T }): T | null {
  const [last, setLast] = React.useState<T | null>(null);
  React.useEffect(() => {
    if (state.status === 'ready') setLast(state.data as T);
  }, [state]);
  return state.status === 'ready' ? (state.data as T) : last;
}

/**
 * "Вхідні": my requests (unread first, then the newest; overdue ones marked) and my notifications; the
 * request picked (`?request=` in the address, so a notification or a link can open one) shows on the right.
 */
const InboxPage = () => {
  const { formatMessage } = useIntl();
  const { post } = useFetchClient();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const selected = params.get('request');
  const [show, setShow] = React.useState<Show>('open');
  const [page, setPage] = React.useState(1);
  const [version, setVersion] = React.useState(0);
  const state = useCrmQuery<{ data: Inbox; meta: { pagination: { page: number; pageSize: number; total: number } | null } }>(
    '/crm/inbox',
    { state: show, page, pageSize: PAGE_SIZE, notifications: 20 },
    version,
  );
  const inbox = useLastReady(state as any) as { data: Inbox; meta: { pagination: { total: number } | null } } | null;
  const reload = React.useCallback(() => setVersion((n) => n + 1), []);
  const select = (documentId: string | null) => {
    const next = new URLSearchParams(params);
    if (documentId) next.set('request', documentId);
    else next.delete('request');
    setParams(next, { replace: true });
  };

  const readNotification = async (notification: NotificationItem) => {
    if (notification.unread) await post(`/crm/inbox/notifications/${notification.documentId}/read`).catch(() => undefined);
    inboxChanged();
    reload();
  };
  const openNotification = async (notification: NotificationItem) => {
    await readNotification(notification);
    const request = requestOfLink(notification.link);
    if (request) select(request);
    else if (notification.link) navigate(panelPath(notification.link));
  };
  const readAll = async () => {
    // the route marks a batch per call and says when more are left
    for (let more = true; more; ) {
      const response = await post<{ data: { more: boolean } }>('/crm/inbox/notifications/read-all').catch(() => null);
      more = Boolean(response?.data.data.more);
    }
    inboxChanged();
    reload();
  };

  const body = (data: Inbox, total: number) => {
    if (!data.me) return <Page.NoData content={formatMessage({ id: 'vitrylo.inbox.noEmployeeCard' })} />;
    const requests = data.requests ?? [];
    const pageCount = Math.max(1, Math.ceil(total / PAGE_SIZE));
    const listItem = requests.find((r) => r.documentId === selected) ?? null;
    return (
      <Grid.Root gap={6}>
        <Grid.Item col={selected ? 7 : 12} s={12} direction="column" alignItems="stretch">
          <Flex justifyContent="space-between" alignItems="flex-end" paddingBottom={4} gap={4} wrap="wrap">
            <Box>
              <Typography variant="delta" tag="h2">
                {formatMessage({ id: 'vitrylo.inbox.requests' })}
              </Typography>
              <Box>
                <Typography variant="pi" textColor={data.counts.overdueRequests > 0 ? 'danger600' : 'neutral600'}>
                  {formatMessage(
                    { id: 'vitrylo.inbox.summary' },
                    { unread: data.counts.unreadRequests, open: data.counts.openRequests, overdue: data.counts.overdueRequests },
                  )}
                </Typography>
              </Box>
            </Box>
            <Field.Root name="show">
              <Field.Label>{formatMessage({ id: 'vitrylo.inbox.show' })}</Field.Label>
              <SingleSelect
                value={show}
                onChange={(value: string | number) => {
                  setShow(value as Show);
                  setPage(1);
                }}
              >
                {SHOWS.map((value) => (
                  <SingleSelectOption key={value} value={value}>
                    {formatMessage({ id: `vitrylo.inbox.show.${value}` })}
                  </SingleSelectOption>
                ))}
              </SingleSelect>
            </Field.Root>
          </Flex>
          {requests.length === 0 ? (
            <Box padding={6} background="neutral0" hasRadius shadow="tableShadow">
              <Typography textColor="neutral600">{formatMessage({ id: `vitrylo.inbox.noRequests.${show}` })}</Typography>
            </Box>
          ) : (
            <RequestList requests={requests} selected={selected} timeZone={data.timeZone} onOpen={select} />
          )}
          {pageCount > 1 ? (
            <Flex justifyContent="flex-end" gap={2} paddingTop={4}>
              <Typography variant="pi">{formatMessage({ id: 'vitrylo.kit.page' }, { page, pageCount })}</Typography>
              <Button variant="tertiary" disabled={page <= 1} onClick={() => setPage(page - 1)}>
                {formatMessage({ id: 'vitrylo.kit.previous' })}
              </Button>
              <Button variant="tertiary" disabled={page >= pageCount} onClick={() => setPage(page + 1)}>
                {formatMessage({ id: 'vitrylo.kit.next' })}
              </Button>
            </Flex>
          ) : null}
          <Box paddingTop={8}>
            <NotificationList notifications={data.notifications ?? []} timeZone={data.timeZone} onOpen={openNotification} onRead={readNotification} onReadAll={readAll} />
          </Box>
        </Grid.Item>
        {selected ? (
          <Grid.Item col={5} s={12} direction="column" alignItems="stretch">
            <RequestDetailsPanel key={selected} documentId={selected} listItem={listItem} timeZone={data.timeZone} onChanged={reload} onClose={() => select(null)} />
          </Grid.Item>
        ) : null}
      </Grid.Root>
    );
  };

  return (
    <CrmPage titleId="vitrylo.inbox.title" subtitleId="vitrylo.inbox.subtitle">
      {inbox ? body(inbox.data, inbox.meta.pagination?.total ?? 0) : <QueryView state={state}>{({ data, meta }) => body(data, meta.pagination?.total ?? 0)}</QueryView>}
    </CrmPage>
  );
};

export default InboxPage;
