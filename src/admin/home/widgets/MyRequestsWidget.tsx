import * as React from 'react';
import { useIntl } from 'react-intl';
import { Box } from '@strapi/design-system';
import { FigureData, FigureRow, FigureTile } from '../kit/Figure';
import { ItemList } from '../kit/ItemList';
import { WidgetNote, WidgetQuery } from '../kit/WidgetQuery';
import { RequestItem, requestLine, stateCaption } from './request-items';

interface MyRequests extends FigureData {
  me: { fullName: string } | null;
  items: RequestItem[];
}

/** Inbound requests assigned to me that I have not taken up yet, the oldest first. */
const MyRequestsWidget = () => {
  const { formatMessage } = useIntl();
  return (
    <WidgetQuery<MyRequests> path="/crm/home/my-requests">
      {(data) =>
        data.count === 0 ? (
          <WidgetNote>{formatMessage({ id: 'vitrylo.home.myRequests.empty' })}</WidgetNote>
        ) : (
          <Box>
            <FigureRow>
              <FigureTile figure={data} labelId="vitrylo.home.myRequests.count" />
            </FigureRow>
            <ItemList items={data.items.map((request) => requestLine(request, stateCaption(request)))} />
          </Box>
        )
      }
    </WidgetQuery>
  );
};

export default MyRequestsWidget;
