import * as React from 'react';
import { useIntl } from 'react-intl';
import { Link } from 'react-router-dom';
import { Badge, Box, Button, Flex, Grid, Typography } from '@strapi/design-system';
import { recordLink } from '../../../domain/workspace/list-query';
import { enumCaption } from '../../../type-meta/labels';
import { CallerCardData, CONTACT_PERSON, COUNTERPARTY, INBOUND_REQUEST, INTERACTION, RequestDraft, formatPhone, formatWhen } from './caller-types';

function Line({ labelId, value }: { labelId: string; value: React.ReactNode }) {
  const { formatMessage } = useIntl();
  if (value === undefined || value === null || value === '') return null;
  return (
    <Typography variant="omega" tag="p">
      <Typography variant="omega" textColor="neutral600">{formatMessage({ id: labelId })}: </Typography>
      {value}
    </Typography>
  );
}

function Section({ titleId, children }: { titleId: string; children: React.ReactNode }) {
  const { formatMessage } = useIntl();
  return (
    <Box paddingTop={4}>
      <Typography variant="sigma" textColor="neutral600" tag="h3">
        {formatMessage({ id: titleId })}
      </Typography>
      <Box paddingTop={2}>{children}</Box>
    </Box>
  );
}

/** A list the asker may not see says so; an empty one says there is nothing; otherwise one line per item. */
function ItemsOrSay<T>({ items, hiddenId, emptyId, render }: { items: T[] | null; hiddenId: string; emptyId: string; render(item: T): React.ReactNode }) {
  const { formatMessage } = useIntl();
  if (items === null) return <Typography textColor="neutral500">{formatMessage({ id: hiddenId })}</Typography>;
  if (items.length === 0) return <Typography textColor="neutral500">{formatMessage({ id: emptyId })}</Typography>;
  return <Flex direction="column" alignItems="stretch" gap={1}>{items.map(render)}</Flex>;
}

export function CallerCard({ card, timeZone, canRegister, onRegister }: { card: CallerCardData; timeZone: string; canRegister: boolean; onRegister(draft: RequestDraft): void }) {
  const { formatMessage } = useIntl();
  const { counterparty, contactPerson, manager } = card;
  const when = (iso?: string) => (iso ? formatWhen(iso, timeZone) : '—');
  const title = counterparty?.name ?? contactPerson?.fullName ?? '—';
  return (
    <Box background="neutral0" hasRadius shadow="tableShadow" padding={6} marginBottom={4} data-testid="caller-card">
      <Flex justifyContent="space-between" alignItems="flex-start" gap={4} wrap="wrap">
        <Box>
          <Typography variant="sigma" textColor="neutral600">
            {formatMessage({ id: counterparty ? 'vitrylo.caller.counterparty' : 'vitrylo.caller.noCounterparty' })}
          </Typography>
          <Flex gap={2} alignItems="center">
            <Typography variant="beta" tag="h2">
              <Link to={counterparty ? recordLink(COUNTERPARTY, counterparty.documentId) : recordLink(CONTACT_PERSON, contactPerson!.documentId)}>{title}</Link>
            </Typography>
            {counterparty?.kind ? <Badge>{enumCaption(COUNTERPARTY, 'kind', counterparty.kind)}</Badge> : null}
          </Flex>
          {counterparty ? (
            <Flex gap={6} wrap="wrap">
              <Line labelId="vitrylo.caller.edrpou" value={counterparty.edrpou} />
              <Line labelId="vitrylo.caller.rnokpp" value={counterparty.rnokpp} />
              <Line labelId="vitrylo.caller.phone" value={formatPhone(counterparty.phone)} />
              <Line labelId="vitrylo.caller.email" value={counterparty.email} />
            </Flex>
          ) : null}
        </Box>
        {canRegister ? (
          <Button
            variant="secondary"
            onClick={() =>
              onRegister({
                callerName: contactPerson?.fullName,
                callerPhone: contactPerson?.phone ?? counterparty?.phone ?? undefined,
                counterparty: counterparty ? { documentId: counterparty.documentId, name: counterparty.name ?? '' } : undefined,
                contactPerson: contactPerson ? { documentId: contactPerson.documentId } : undefined,
              })
            }
          >
            {formatMessage({ id: 'vitrylo.caller.registerFrom' })}
          </Button>
        ) : null}
      </Flex>

      <Grid.Root gap={6}>
        <Grid.Item col={6} s={12} direction="column" alignItems="stretch">
          <Section titleId="vitrylo.caller.contact">
            {contactPerson ? (
              <>
                <Typography fontWeight="bold" tag="p">
                  {contactPerson.fullName}
                  {contactPerson.position ? `, ${contactPerson.position}` : ''}
                </Typography>
                <Line labelId="vitrylo.caller.phone" value={formatPhone(contactPerson.phone)} />
                <Line labelId="vitrylo.caller.email" value={contactPerson.email} />
              </>
            ) : (
              <Typography textColor="neutral500">{formatMessage({ id: 'vitrylo.caller.noContact' })}</Typography>
            )}
          </Section>
        </Grid.Item>
        <Grid.Item col={6} s={12} direction="column" alignItems="stretch">
          <Section titleId="vitrylo.caller.manager">
            {manager ? (
              <>
                <Typography fontWeight="bold" tag="p">
                  {manager.fullName}
                  {manager.department ? `, ${manager.department}` : ''}
                </Typography>
                <Line labelId="vitrylo.caller.phone" value={formatPhone(manager.phone)} />
                {manager.whereabouts ? (
                  <Flex gap={2} paddingTop={1}>
                    <Badge active={manager.whereabouts.atWork}>{formatMessage({ id: manager.whereabouts.atWork ? 'vitrylo.caller.atWork' : 'vitrylo.caller.away' })}</Badge>
                    <Typography data-testid="manager-whereabouts">{manager.whereabouts.label}</Typography>
                  </Flex>
                ) : (
                  <Typography textColor="neutral500">{formatMessage({ id: 'vitrylo.caller.whereaboutsHidden' })}</Typography>
                )}
              </>
            ) : (
              <Typography textColor="neutral500">{formatMessage({ id: 'vitrylo.caller.noManager' })}</Typography>
            )}
          </Section>
        </Grid.Item>
        <Grid.Item col={6} s={12} direction="column" alignItems="stretch">
          <Section titleId="vitrylo.caller.lastContacts">
            <ItemsOrSay
              items={card.lastContacts}
              hiddenId="vitrylo.caller.contactsHidden"
              emptyId="vitrylo.caller.noContacts"
              render={(item) => (
                <Typography key={item.documentId} tag="p">
                  <Link to={recordLink(INTERACTION, item.documentId)}>{when(item.occurredAt)}</Link>
                  {item.kind ? ` · ${enumCaption(INTERACTION, 'kind', item.kind)}` : ''}
                  {item.subject ? ` · ${item.subject}` : ''}
                  {item.employee ? ` · ${item.employee}` : ''}
                </Typography>
              )}
            />
          </Section>
        </Grid.Item>
        <Grid.Item col={6} s={12} direction="column" alignItems="stretch">
          <Section titleId="vitrylo.caller.openRequests">
            <ItemsOrSay
              items={card.openRequests}
              hiddenId="vitrylo.caller.requestsHidden"
              emptyId="vitrylo.caller.noRequests"
              render={(item) => (
                <Typography key={item.documentId} tag="p">
                  <Link to={recordLink(INBOUND_REQUEST, item.documentId)}>{when(item.receivedAt)}</Link>
                  {item.subject ? ` · ${item.subject}` : ''}
                  {item.state ? ` · ${enumCaption(INBOUND_REQUEST, 'state', item.state)}` : ''}
                  {item.assignee ? ` · ${item.assignee}` : ''}
                </Typography>
              )}
            />
          </Section>
        </Grid.Item>
      </Grid.Root>
    </Box>
  );
}
