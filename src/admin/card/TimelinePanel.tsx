import * as React from 'react';
import { useIntl } from 'react-intl';
import { Box, Button, Flex, IconButton, Loader, SingleSelect, SingleSelectOption, Typography } from '@strapi/design-system';
import { ArrowLeft, ArrowRight, Car, Discuss, Feather, Mail, Message, PaperPlane, Phone, Plus } from '@strapi/icons';
import { Link, useNavigate } from 'react-router-dom';
import { styled } from 'styled-components';
import { useFetchClient } from '@strapi/strapi/admin';
import type { PanelComponent } from '@strapi/content-manager/strapi-admin';
import type { TimelineItem } from '../../domain/chronicle/timeline';
import { recordLink } from '../../domain/workspace/list-query';
import { enumCaptionsAt } from '../../type-meta/labels';
import { useCrmQuery } from '../kit/useCrmQuery';
import { LocalDateInput } from '../kit/date-inputs';
import { COUNTERPARTY } from './RelatedListPanels';
import { dateTimeCaption } from './dates';
import { prefillState } from './prefill';
import { useCardPermissions } from './card-permissions';
import { timelineRequest } from './card-requests';

/**
 * The counterparty card's chronicle: its interactions the person may see, newest first, a page at a time
 * (GET /crm/counterparties/:documentId/timeline), each with its date and time, a kind icon, who, subject
 * and result, opening the record; filters by kind, stage, business line, employee and period; and
 * "Додати контакт", which opens a new interaction with this client and its contact person filled in.
 */

const INTERACTION = 'api::interaction.interaction';
const KINDS = ['call-in', 'call-out', 'meeting', 'visit', 'email', 'letter', 'messenger', 'other'];
const KIND_ICON: Record<string, React.ComponentType> = {
  'call-in': Phone,
  'call-out': Phone,
  meeting: Discuss,
  visit: Car,
  email: Mail,
  letter: PaperPlane,
  messenger: Message,
  other: Feather,
};

interface Filters {
  kind: string;
  stage: string;
  businessLine: string;
  employee: string;
  from: string;
  to: string;
}
const NO_FILTERS: Filters = { kind: '', stage: '', businessLine: '', employee: '', from: '', to: '' };

interface TimelineAnswer {
  data: TimelineItem[];
  meta: { pagination: { page: number; pageSize: number; total: number; overCap: boolean; pageCount: number } };
}

type Option = { value: string; label: string };

/**
 * Names of a reference list or the directory for a filter, read through the content manager once the
 * person first opens that filter (`wanted`): opening the card asks for none of them.
 */
function useOptions(uid: string, labelField: string, wanted: boolean): Option[] {
  const { get } = useFetchClient();
  const [options, setOptions] = React.useState<Option[]>([]);
  React.useEffect(() => {
    if (!wanted) return;
    let current = true;
    get<{ results: Record<string, any>[] }>(`/content-manager/collection-types/${uid}`, { params: { page: 1, pageSize: 100, sort: `${labelField}:ASC` } })
      .then(({ data }) => {
        if (current) setOptions(data.results.map((row) => ({ value: row.documentId, label: String(row[labelField] ?? row.documentId) })));
      })
      .catch(() => undefined);
    return () => {
      current = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [uid, wanted]);
  return options;
}

/** A filter whose options are read on its first opening: [options, what the select calls when it opens]. */
function useOptionsOnOpen(uid: string, labelField: string): [Option[], (open: boolean) => void] {
  const [wanted, setWanted] = React.useState(false);
  return [useOptions(uid, labelField, wanted), (open) => open && setWanted(true)];
}

const Entry = styled(Link)`
  display: block;
  text-decoration: none;
  padding: ${({ theme }) => `${theme.spaces[2]} ${theme.spaces[1]}`};
  border-bottom: 1px solid ${({ theme }) => theme.colors.neutral150};
  &:hover {
    background: ${({ theme }) => theme.colors.neutral100};
  }
`;

const ALL = '__all';

const Select = ({ label, value, options, onChange, onOpenChange }: { label: string; value: string; options: Option[]; onChange(value: string): void; onOpenChange?(open: boolean): void }) => {
  const { formatMessage } = useIntl();
  const all = `${label}: ${formatMessage({ id: 'vitrylo.card.timeline.any' }).toLocaleLowerCase('uk-UA')}`;
  return (
    <SingleSelect
      aria-label={label}
      placeholder={all}
      size="S"
      value={value || ALL}
      onOpenChange={onOpenChange}
      onChange={(next: string | number) => onChange(next === ALL ? '' : String(next ?? ''))}
    >
      <SingleSelectOption value={ALL}>{all}</SingleSelectOption>
      {options.map((option) => (
        <SingleSelectOption key={option.value} value={option.value}>
          {option.label}
        </SingleSelectOption>
      ))}
    </SingleSelect>
  );
};

const TimelineEntry = ({ item }: { item: TimelineItem }) => {
  const { formatMessage } = useIntl();
  const Icon = KIND_ICON[item.kind ?? 'other'] ?? Feather;
  const kind = item.kind ? (enumCaptionsAt(INTERACTION, 'kind', KINDS)?.[item.kind] ?? item.kind) : null;
  const state = item.state && item.state !== 'done' ? enumCaptionsAt(INTERACTION, 'state', ['planned', 'done', 'cancelled'])?.[item.state] : null;
  const who = [item.employee?.fullName, item.contactPerson?.fullName ? formatMessage({ id: 'vitrylo.card.timeline.with' }, { name: item.contactPerson.fullName }) : null]
    .filter(Boolean)
    .join(' ');
  return (
    <Entry to={recordLink(INTERACTION, item.documentId)} data-timeline-entry={item.documentId}>
      <Flex gap={2} alignItems="flex-start">
        <Box paddingTop={1} title={kind ?? undefined} aria-label={kind ?? undefined}>
          <Icon />
        </Box>
        <Box style={{ minWidth: 0, flex: 1 }}>
          <Flex gap={2} justifyContent="space-between" wrap="wrap">
            <Typography variant="pi" fontWeight="semiBold" textColor="neutral800">
              {item.occurredAt ? dateTimeCaption(item.occurredAt) : '—'}
            </Typography>
            <Typography variant="pi" textColor={item.state === 'planned' ? 'primary600' : 'neutral600'}>
              {[kind, state].filter(Boolean).join(' · ')}
            </Typography>
          </Flex>
          <Typography variant="pi" textColor="neutral800" tag="p" style={{ overflowWrap: 'anywhere' }}>
            {item.subject || formatMessage({ id: 'vitrylo.card.timeline.noSubject' })}
          </Typography>
          {item.result ? (
            <Typography variant="pi" textColor="neutral600" tag="p" style={{ overflowWrap: 'anywhere' }}>
              {formatMessage({ id: 'vitrylo.card.timeline.result' }, { result: item.result })}
            </Typography>
          ) : null}
          {who ? (
            <Typography variant="pi" textColor="neutral500" tag="p">
              {who}
            </Typography>
          ) : null}
        </Box>
      </Flex>
    </Entry>
  );
};

const Timeline = ({ counterpartyId, counterpartyName, version, canCreate }: { counterpartyId: string; counterpartyName?: string; version?: unknown; canCreate: boolean }) => {
  const { formatMessage } = useIntl();
  const navigate = useNavigate();
  const { get } = useFetchClient();
  const [filters, setFilters] = React.useState<Filters>(NO_FILTERS);
  const [page, setPage] = React.useState(1);
  const request = timelineRequest(counterpartyId, { ...filters }, page);
  const state = useCrmQuery<TimelineAnswer>(request.url, request.params, version);
  const [stages, stagesOpened] = useOptionsOnOpen('api::interaction-stage.interaction-stage', 'name');
  const [lines, linesOpened] = useOptionsOnOpen('api::business-line.business-line', 'name');
  const [employees, employeesOpened] = useOptionsOnOpen('api::employee.employee', 'fullName');
  const kindCaptions = enumCaptionsAt(INTERACTION, 'kind', KINDS) ?? {};
  const set = (key: keyof Filters) => (value: string) => {
    setFilters((current) => ({ ...current, [key]: value }));
    setPage(1);
  };
  const filtered = Object.values(filters).some(Boolean);

  const addContact = async () => {
    // the client's primary contact person (or its first), when the person may see its contacts
    const contact = await get<{ results: Record<string, any>[] }>('/content-manager/collection-types/api::contact-person.contact-person', {
      params: { page: 1, pageSize: 1, sort: 'isPrimary:DESC', filters: { $and: [{ counterparty: { documentId: { $eq: counterpartyId } } }] } },
    })
      .then(({ data }) => data.results[0] ?? null)
      .catch(() => null);
    navigate(`/content-manager/collection-types/${INTERACTION}/create`, {
      state: prefillState({
        counterparty: { documentId: counterpartyId, label: counterpartyName ?? counterpartyId },
        contactPerson: contact ? { documentId: contact.documentId, label: contact.fullName ?? contact.documentId } : null,
      }),
    });
  };

  return (
    <Flex direction="column" alignItems="stretch" gap={2} width="100%" data-timeline="">
      {canCreate ? (
        <Button variant="secondary" startIcon={<Plus />} onClick={addContact} fullWidth>
          {formatMessage({ id: 'vitrylo.card.timeline.add' })}
        </Button>
      ) : null}
      <Flex direction="column" alignItems="stretch" gap={1} data-timeline-filters="">
        <Select
          label={formatMessage({ id: 'vitrylo.card.timeline.kind' })}
          value={filters.kind}
          options={KINDS.map((kind) => ({ value: kind, label: kindCaptions[kind] ?? kind }))}
          onChange={set('kind')}
        />
        <Select label={formatMessage({ id: 'vitrylo.card.timeline.stage' })} value={filters.stage} options={stages} onChange={set('stage')} onOpenChange={stagesOpened} />
        <Select label={formatMessage({ id: 'vitrylo.card.timeline.businessLine' })} value={filters.businessLine} options={lines} onChange={set('businessLine')} onOpenChange={linesOpened} />
        <Select label={formatMessage({ id: 'vitrylo.card.timeline.employee' })} value={filters.employee} options={employees} onChange={set('employee')} onOpenChange={employeesOpened} />
        <LocalDateInput label={formatMessage({ id: 'vitrylo.card.timeline.from' })} size="S" clearable value={filters.from} onChange={set('from')} />
        <LocalDateInput label={formatMessage({ id: 'vitrylo.card.timeline.to' })} size="S" clearable value={filters.to} onChange={set('to')} />
        {filtered ? (
          <Button variant="tertiary" size="S" onClick={() => (setFilters(NO_FILTERS), setPage(1))}>
            {formatMessage({ id: 'vitrylo.card.timeline.reset' })}
          </Button>
        ) : null}
      </Flex>
      {state.status === 'loading' ? (
        <Loader small>{formatMessage({ id: 'vitrylo.card.loading' })}</Loader>
      ) : state.status === 'forbidden' ? (
        <Typography variant="pi" textColor="neutral600">
          {formatMessage({ id: 'vitrylo.card.timeline.forbidden' })}
        </Typography>
      ) : state.status === 'error' ? (
        <Box>
          <Typography variant="pi" textColor="danger600">
            {formatMessage({ id: 'vitrylo.card.error' })}
          </Typography>{' '}
          <Button variant="tertiary" size="S" onClick={state.reload}>
            {formatMessage({ id: 'vitrylo.card.retry' })}
          </Button>
        </Box>
      ) : state.data.data.length === 0 ? (
        <Typography variant="pi" textColor="neutral600">
          {formatMessage({ id: filtered ? 'vitrylo.card.timeline.emptyFiltered' : 'vitrylo.card.timeline.empty' })}
        </Typography>
      ) : (
        <Box>
          <Typography variant="pi" textColor="neutral600" data-timeline-total="">
            {state.data.meta.pagination.overCap
              ? formatMessage({ id: 'vitrylo.card.timeline.totalOverCap' }, { count: state.data.meta.pagination.total })
              : formatMessage({ id: 'vitrylo.card.timeline.total' }, { count: state.data.meta.pagination.total })}
          </Typography>
          {state.data.data.map((item) => (
            <TimelineEntry key={item.documentId} item={item} />
          ))}
          {state.data.meta.pagination.pageCount > 1 ? (
            <Flex gap={2} justifyContent="space-between" paddingTop={2}>
              <IconButton label={formatMessage({ id: 'vitrylo.card.timeline.previous' })} disabled={page <= 1} onClick={() => setPage(page - 1)}>
                <ArrowLeft />
              </IconButton>
              <Typography variant="pi" textColor="neutral600">
                {formatMessage({ id: 'vitrylo.card.timeline.page' }, { page, pageCount: state.data.meta.pagination.pageCount })}
              </Typography>
              <IconButton
                label={formatMessage({ id: 'vitrylo.card.timeline.next' })}
                disabled={page >= state.data.meta.pagination.pageCount}
                onClick={() => setPage(page + 1)}
              >
                <ArrowRight />
              </IconButton>
            </Flex>
          ) : null}
        </Box>
      )}
    </Flex>
  );
};

export const TimelinePanel: PanelComponent = ({ model, documentId, document }) => {
  const { allows } = useCardPermissions();
  const { formatMessage } = useIntl();
  if (model !== COUNTERPARTY || !documentId || !allows('read', INTERACTION)) return null;
  return {
    title: formatMessage({ id: 'vitrylo.card.timeline.title' }),
    content: <Timeline counterpartyId={documentId} counterpartyName={document?.name as string | undefined} version={document?.updatedAt} canCreate={allows('create', INTERACTION)} />,
  };
};
TimelinePanel.displayName = 'TimelinePanel';
