import * as React from 'react';
import { useIntl } from 'react-intl';
import { Box, Flex, Typography } from '@strapi/design-system';
import { recordLink } from '../../../domain/workspace/list-query';
import { enumCaption } from '../../../type-meta/labels';
import { FigureData } from '../kit/Figure';
import { Item, ItemList } from '../kit/ItemList';
import { WidgetNote, WidgetQuery } from '../kit/WidgetQuery';

const UID = 'api::schedule-entry.schedule-entry';
type Presence = 'office' | 'away' | 'remote' | 'absent';
const PRESENCES: Presence[] = ['office', 'away', 'remote', 'absent'];

interface Entry {
  documentId: string;
  kind: string | null;
  from: string | null;
  to: string | null;
  allDay: boolean;
  until: string | null;
  place: string | null;
  now: boolean;
}

interface Whereabouts extends FigureData {
  people: Array<{ employee: string; presence: Presence; entries: Entry[] }> | null;
  counts: Record<Presence, number> | null;
}

/** "Хто де сьогодні": the day's presence of everyone in the schedule, the office first, the absent last. */
const WhereaboutsWidget = () => {
  const { formatMessage } = useIntl();
  const when = (entry: Entry) => {
    if (entry.allDay) return entry.until ? formatMessage({ id: 'vitrylo.home.whereabouts.until' }, { date: entry.until }) : formatMessage({ id: 'vitrylo.home.whereabouts.allDay' });
    return `${entry.from ?? '…'}–${entry.to ?? '…'}`;
  };
  const describe = (entry: Entry) => [entry.kind ? enumCaption(UID, 'kind', entry.kind) : null, when(entry), entry.place].filter(Boolean).join(', ');
  return (
    <WidgetQuery<Whereabouts> path="/crm/home/whereabouts-today">
      {({ people, counts }) => {
        if (!people || !counts) return <WidgetNote>{formatMessage({ id: 'vitrylo.home.forbidden' })}</WidgetNote>;
        if (people.length === 0) return <WidgetNote>{formatMessage({ id: 'vitrylo.home.whereabouts.empty' })}</WidgetNote>;
        const items: Item[] = people.map((person) => ({
          key: person.employee + person.entries[0].documentId,
          to: recordLink(UID, (person.entries.find((entry) => entry.now) ?? person.entries[0]).documentId),
          text: person.employee,
          detail: person.entries.map(describe).join('; '),
          aside: formatMessage({ id: `vitrylo.home.presence.${person.presence}` }),
          tone: person.presence === 'absent' ? 'danger' : 'neutral',
        }));
        return (
          <Box>
            <Flex gap={4} wrap="wrap">
              {PRESENCES.map((presence) => (
                <Typography key={presence} variant="pi" textColor="neutral600">
                  {formatMessage({ id: `vitrylo.home.presence.${presence}` })}: <b>{counts[presence]}</b>
                </Typography>
              ))}
            </Flex>
            <ItemList items={items} />
          </Box>
        );
      }}
    </WidgetQuery>
  );
};

export default WhereaboutsWidget;
