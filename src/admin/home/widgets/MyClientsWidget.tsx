import * as React from 'react';
import { useIntl } from 'react-intl';
import { Box, Flex } from '@strapi/design-system';
import { FigureChip, FigureData, FigureRow, FigureTile } from '../kit/Figure';
import { WidgetNote, WidgetQuery } from '../kit/WidgetQuery';

interface MyClients {
  me: { fullName: string } | null;
  all: FigureData;
  byKind: Array<FigureData & { kind: string }>;
}

/** "Мої клієнти": the counterparties I am responsible for, in all and by kind; each number opens its list. */
const MyClientsWidget = () => {
  const { formatMessage } = useIntl();
  return (
    <WidgetQuery<MyClients> path="/crm/home/my-clients">
      {({ all, byKind }) =>
        all.count === 0 ? (
          <WidgetNote>{formatMessage({ id: 'vitrylo.home.myClients.empty' })}</WidgetNote>
        ) : (
          <Box>
            <FigureRow>
              <FigureTile figure={all} labelId="vitrylo.home.myClients.all" />
            </FigureRow>
            <Flex paddingTop={3} gap={2} wrap="wrap">
              {byKind.map((kind) => (
                <FigureChip key={kind.kind} figure={kind} labelId={`vitrylo.home.kind.${kind.kind}`} />
              ))}
            </Flex>
          </Box>
        )
      }
    </WidgetQuery>
  );
};

export default MyClientsWidget;
