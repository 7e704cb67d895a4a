import * as React from 'react';
import { useIntl } from 'react-intl';
import { Box } from '@strapi/design-system';
import { recordLink } from '../../../domain/workspace/list-query';
import { enumCaption } from '../../../type-meta/labels';
import { FigureData, FigureRow, FigureTile } from '../kit/Figure';
import { ItemList } from '../kit/ItemList';
import { WidgetNote, WidgetQuery } from '../kit/WidgetQuery';

const UID = 'api::marketing-event.marketing-event';

interface EventItem {
  documentId: string;
  name: string | null;
  kind: string | null;
  starts: string | null;
  ends: string | null;
  place: string | null;
  today: boolean;
}

interface Events extends FigureData {
  days: number;
  items: EventItem[];
}

/** The Marketer's coming days: events going on today and those starting within two weeks. */
const MarketingEventsWidget = () => {
  const { formatMessage } = useIntl();
  return (
    <WidgetQuery<Events> path="/crm/home/marketing-events">
      {(data) =>
        data.count === 0 ? (
          <WidgetNote>{formatMessage({ id: 'vitrylo.home.marketing.empty' }, { days: data.days })}</WidgetNote>
        ) : (
          <Box>
            <FigureRow>
              <FigureTile figure={data} labelId="vitrylo.home.marketing.count" values={{ days: data.days }} />
            </FigureRow>
            <ItemList
              items={data.items.map((event) => ({
                key: event.documentId,
                to: recordLink(UID, event.documentId),
                lead: event.ends ? `${event.starts} – ${event.ends}` : event.starts,
                text: event.name ?? '—',
                detail: [event.kind ? enumCaption(UID, 'kind', event.kind) : null, event.place].filter(Boolean).join(', ') || null,
                aside: event.today ? formatMessage({ id: 'vitrylo.home.marketing.today' }) : null,
              }))}
            />
          </Box>
        )
      }
    </WidgetQuery>
  );
};

export default MarketingEventsWidget;
