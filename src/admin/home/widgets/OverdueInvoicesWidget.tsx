import * as React from 'react';
import { useIntl } from 'react-intl';
import { Box } from '@strapi/design-system';
import { FigureData, FigureRow, FigureTile, MoneyLine, MoneyTotal } from '../kit/Figure';
import { ItemList } from '../kit/ItemList';
import { WidgetNote, WidgetQuery } from '../kit/WidgetQuery';
import { InvoiceItem, invoiceLine } from './invoice-items';

interface Overdue extends FigureData {
  outstanding: MoneyTotal[] | null;
  items: InvoiceItem[];
}

/** Invoices past their due date and still unpaid, the longest overdue first, with what is owed. */
const OverdueInvoicesWidget = () => {
  const { formatMessage } = useIntl();
  return (
    <WidgetQuery<Overdue> path="/crm/home/overdue-invoices">
      {(data) =>
        data.count === 0 ? (
          <WidgetNote>{formatMessage({ id: 'vitrylo.home.overdue.empty' })}</WidgetNote>
        ) : (
          <Box>
            <FigureRow>
              <FigureTile figure={data} labelId="vitrylo.home.overdue.count" tone="danger">
                <MoneyLine labelId="vitrylo.home.overdue.outstanding" totals={data.outstanding} />
              </FigureTile>
            </FigureRow>
            <ItemList items={data.items.map((invoice) => invoiceLine(invoice, formatMessage))} />
          </Box>
        )
      }
    </WidgetQuery>
  );
};

export default OverdueInvoicesWidget;
