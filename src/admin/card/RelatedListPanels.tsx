import * as React from 'react';
import { useIntl, IntlShape } from 'react-intl';
import { Box, Button, Loader, Typography } from '@strapi/design-system';
import { Link } from 'react-router-dom';
import { useFetchClient } from '@strapi/strapi/admin';
import type { PanelComponent } from '@strapi/content-manager/strapi-admin';
import { formatDecimalMoney } from '../../domain/format/amount';
import { recordLink } from '../../domain/workspace/list-query';
import { enumCaptionsAt } from '../../type-meta/labels';
import { Item, ItemList } from '../home/kit/ItemList';
import { dateCaption, dateTimeCaption } from './dates';
import { useCardPermissions } from './card-permissions';
import { clientListRequest } from './card-requests';
import { getOnce } from '../kit/early-requests';

/**
 * The counterparty card's side panels of its invoices, payments, inbound requests, contracts, complaints and
 * refusals: the latest few of each as readable lines (number, date, amount, paid, state; received, subject,
 * state; …), each opening its
 * record, and a link to the whole list filtered to this client. They replace the relation lists Strapi
 * would show in the form (drag handles, one-click detach), which the card no longer has
 * (`cardPanels` in the counterparty's meta). Read through the content manager's own list, so ownership
 * and hidden fields hold as everywhere; a panel is not shown to whoever may not read its type.
 */

export const COUNTERPARTY = 'api::counterparty.counterparty';

interface ListDefinition {
  uid: string;
  titleId: string;
  emptyId: string;
  sort: string;
  line(row: Record<string, any>, formatMessage: IntlShape['formatMessage']): Item;
}

/** An enumeration value in words ('partially-paid' → «Частково оплачено»); the value itself when it has no caption. */
const caption = (uid: string, field: string, values: string[], value: unknown) => (value ? (enumCaptionsAt(uid, field, values)?.[String(value)] ?? String(value)) : null);

const INVOICE = 'api::invoice.invoice';
const CONTRACT = 'api::contract.contract';
const REQUEST = 'api::inbound-request.inbound-request';
const PAYMENT = 'api::payment.payment';
const REFUSAL = 'api::refusal.refusal';
const COMPLAINT = 'api::complaint.complaint';
const INVOICE_STATES = ['draft', 'issued', 'partially-paid', 'paid', 'overdue', 'cancelled'];
const REQUEST_STATES = ['new', 'assigned', 'read', 'in-progress', 'done', 'rejected'];
const COMPLAINT_STATES = ['new', 'investigating', 'resolved', 'rejected'];
/** A payment's purpose is a bank's long line: its start is enough to recognise it. */
const PURPOSE_SHOWN = 90;
const shortened = (text: unknown) => {
  const value = typeof text === 'string' ? text.trim() : '';
  return value.length > PURPOSE_SHOWN ? `${value.slice(0, PURPOSE_SHOWN - 1)}…` : value;
};

const money = (value: unknown, currency: unknown) => (value === null || value === undefined || value === '' ? null : formatDecimalMoney(String(value), String(currency || 'UAH')));

export const CARD_LISTS: Record<'invoices' | 'contracts' | 'requests' | 'payments' | 'refusals' | 'complaints', ListDefinition> = {
  invoices: {
    uid: INVOICE,
    titleId: 'vitrylo.card.invoices.title',
    emptyId: 'vitrylo.card.invoices.empty',
    sort: 'date:DESC',
    line: (row, formatMessage) => {
      const total = money(row.total, row.currency);
      const paid = money(row.paidAmount, row.currency);
      return {
        key: row.documentId,
        to: recordLink(INVOICE, row.documentId),
        lead: row.number ? formatMessage({ id: 'vitrylo.card.list.number' }, { number: row.number }) : null,
        text: [row.date ? dateCaption(row.date) : null, caption(INVOICE, 'state', INVOICE_STATES, row.state)].filter(Boolean).join(' · '),
        detail: paid && Number(row.paidAmount) > 0 ? formatMessage({ id: 'vitrylo.card.invoices.paid' }, { amount: paid }) : null,
        aside: total,
        tone: row.state === 'overdue' ? 'danger' : 'neutral',
      };
    },
  },
  contracts: {
    uid: CONTRACT,
    titleId: 'vitrylo.card.contracts.title',
    emptyId: 'vitrylo.card.contracts.empty',
    sort: 'date:DESC',
    line: (row, formatMessage) => ({
      key: row.documentId,
      to: recordLink(CONTRACT, row.documentId),
      lead: row.number ? formatMessage({ id: 'vitrylo.card.list.number' }, { number: row.number }) : null,
      text: [row.date ? dateCaption(row.date) : null, row.subject ?? null].filter(Boolean).join(' · ') || '—',
      aside: money(row.total, row.currency),
    }),
  },
  requests: {
    uid: REQUEST,
    titleId: 'vitrylo.card.requests.title',
    emptyId: 'vitrylo.card.requests.empty',
    sort: 'receivedAt:DESC',
    line: (row, formatMessage) => ({
      key: row.documentId,
      to: recordLink(REQUEST, row.documentId),
      lead: row.receivedAt ? dateTimeCaption(row.receivedAt) : null,
      text: row.subject || formatMessage({ id: 'vitrylo.card.requests.noSubject' }),
      aside: caption(REQUEST, 'state', REQUEST_STATES, row.state),
      tone: row.overdue ? 'danger' : 'neutral',
    }),
  },
  payments: {
    uid: PAYMENT,
    titleId: 'vitrylo.card.payments.title',
    emptyId: 'vitrylo.card.payments.empty',
    sort: 'date:DESC',
    line: (row) => {
      const amount = money(row.amount, row.currency);
      return {
        key: row.documentId,
        to: recordLink(PAYMENT, row.documentId),
        lead: row.date ? dateCaption(row.date) : null,
        text: shortened(row.purpose) || caption(PAYMENT, 'direction', ['incoming', 'outgoing'], row.direction) || '—',
        detail: row.matchStatus === 'unmatched' ? caption(PAYMENT, 'matchStatus', ['auto', 'manual', 'unmatched'], row.matchStatus) : null,
        // money paid out to the client reads as a minus
        aside: amount && row.direction === 'outgoing' ? `−${amount}` : amount,
      };
    },
  },
  refusals: {
    uid: REFUSAL,
    titleId: 'vitrylo.card.refusals.title',
    emptyId: 'vitrylo.card.refusals.empty',
    sort: 'date:DESC',
    line: (row) => ({
      key: row.documentId,
      to: recordLink(REFUSAL, row.documentId),
      lead: row.date ? dateCaption(row.date) : null,
      text: [caption(REFUSAL, 'kind', ['refused-purchase', 'ended-cooperation'], row.kind), shortened(row.comment)].filter(Boolean).join(' · ') || '—',
      aside: money(row.lostAmount, 'UAH'),
    }),
  },
  complaints: {
    uid: COMPLAINT,
    titleId: 'vitrylo.card.complaints.title',
    emptyId: 'vitrylo.card.complaints.empty',
    sort: 'receivedAt:DESC',
    line: (row, formatMessage) => ({
      key: row.documentId,
      to: recordLink(COMPLAINT, row.documentId),
      lead: row.receivedAt ? dateTimeCaption(row.receivedAt) : null,
      text:
        [row.number ? formatMessage({ id: 'vitrylo.card.list.number' }, { number: row.number }) : null, caption(COMPLAINT, 'category', ['quality', 'delivery', 'service', 'documents', 'other'], row.category)]
          .filter(Boolean)
          .join(' · ') || '—',
      aside: caption(COMPLAINT, 'state', COMPLAINT_STATES, row.state),
      tone: (row.severity === 'high' || row.severity === 'critical') && row.state !== 'resolved' && row.state !== 'rejected' ? 'danger' : 'neutral',
    }),
  },
};

/** The content manager's list of a type filtered to one client, as its address (the "all of them" link). */
export function listOfClient(uid: string, counterpartyId: string, sort: string): string {
  const filter = `filters[$and][0][counterparty][documentId][$eq]=${encodeURIComponent(counterpartyId)}`;
  return `/content-manager/collection-types/${uid}?page=1&pageSize=20&sort=${encodeURIComponent(sort)}&${filter}`;
}

type State = { status: 'loading' } | { status: 'error' } | { status: 'forbidden' } | { status: 'ready'; rows: Record<string, any>[]; total: number };

const statusOf = (error: unknown) => (error as { status?: number; response?: { status?: number } })?.response?.status ?? (error as { status?: number })?.status;

const ClientList = ({ list, counterpartyId, version }: { list: ListDefinition; counterpartyId: string; version?: unknown }) => {
  const { formatMessage } = useIntl();
  const { get } = useFetchClient();
  const [state, setState] = React.useState<State>({ status: 'loading' });
  const [attempt, setAttempt] = React.useState(0);
  React.useEffect(() => {
    let current = true;
    setState({ status: 'loading' });
    const request = clientListRequest(list.uid, list.sort, counterpartyId);
    getOnce<{ results: Record<string, any>[]; pagination: { total: number } }>(get as any, request.url, request.params)
      .then(({ data }) => {
        if (current) setState({ status: 'ready', rows: data.results, total: data.pagination?.total ?? data.results.length });
      })
      // 403: none of the person's rules on this type survives their conditions (card-permissions.ts)
      .catch((error: unknown) => current && setState({ status: statusOf(error) === 403 ? 'forbidden' : 'error' }));
    return () => {
      current = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [list.uid, counterpartyId, version, attempt]);

  if (state.status === 'loading') return <Loader small>{formatMessage({ id: 'vitrylo.card.loading' })}</Loader>;
  if (state.status === 'forbidden') {
    return (
      <Typography variant="pi" textColor="neutral600">
        {formatMessage({ id: 'vitrylo.card.list.forbidden' })}
      </Typography>
    );
  }
  if (state.status === 'error') {
    return (
      <Box>
        <Typography variant="pi" textColor="danger600">
          {formatMessage({ id: 'vitrylo.card.error' })}
        </Typography>{' '}
        <Button variant="tertiary" size="S" onClick={() => setAttempt((n) => n + 1)}>
          {formatMessage({ id: 'vitrylo.card.retry' })}
        </Button>
      </Box>
    );
  }
  if (state.rows.length === 0) {
    return (
      <Typography variant="pi" textColor="neutral600">
        {formatMessage({ id: list.emptyId })}
      </Typography>
    );
  }
  return (
    <Box width="100%" data-card-list={list.uid}>
      <ItemList items={state.rows.map((row) => list.line(row, formatMessage))} />
      {state.total > state.rows.length ? (
        <Box paddingTop={2}>
          <Link to={listOfClient(list.uid, counterpartyId, list.sort)}>
            <Typography variant="pi" textColor="primary600">
              {formatMessage({ id: 'vitrylo.card.list.more' }, { count: state.total })}
            </Typography>
          </Link>
        </Box>
      ) : null}
    </Box>
  );
};

/** A side panel of the card for one list, shown only to whoever may read that type. */
function clientListPanel(key: keyof typeof CARD_LISTS): PanelComponent {
  const list = CARD_LISTS[key];
  const Panel: PanelComponent = ({ model, documentId, document }) => {
    const { allows } = useCardPermissions();
    const { formatMessage } = useIntl();
    if (model !== COUNTERPARTY || !documentId || !allows('read', list.uid)) return null;
    return {
      title: formatMessage({ id: list.titleId }),
      content: <ClientList list={list} counterpartyId={documentId} version={document?.updatedAt} />,
    };
  };
  Panel.displayName = `CardPanel(${key})`;
  return Panel;
}

export const CARD_LIST_PANELS: PanelComponent[] = [
  clientListPanel('invoices'),
  clientListPanel('payments'),
  clientListPanel('requests'),
  clientListPanel('contracts'),
  clientListPanel('complaints'),
  clientListPanel('refusals'),
];
