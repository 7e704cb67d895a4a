import * as React from 'react';
import { useIntl } from 'react-intl';
import { Box } from '@strapi/design-system';
import { FigureData, FigureRow, FigureTile } from '../kit/Figure';
import { ItemList } from '../kit/ItemList';
import { WidgetNote, WidgetQuery } from '../kit/WidgetQuery';
import { RequestItem, requestLine } from './request-items';

interface TodaysRequests extends FigureData {
  items: RequestItem[];
}

/** The Secretary's day: requests received today, newest first, and whom each went to. */
const TodaysRequestsWidget = () => {
  const { formatMessage } = useIntl();
  return (
    <WidgetQuery<TodaysRequests> path="/crm/home/todays-requests">
      {(data) =>
        data.count === 0 ? (
          <WidgetNote>{formatMessage({ id: 'vitrylo.home.todaysRequests.empty' })}</WidgetNote>
        ) : (
          <Box>
            <FigureRow>
              <FigureTile figure={data} labelId="vitrylo.home.todaysRequests.count" />
            </FigureRow>
            <ItemList items={data.items.map((request) => requestLine(request, request.assignee ?? formatMessage({ id: 'vitrylo.home.request.unassigned' })))} />
          </Box>
        )
      }
    </WidgetQuery>
  );
};

export default TodaysRequestsWidget;
