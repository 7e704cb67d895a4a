import * as React from 'react';
import { useIntl } from 'react-intl';
import { Box } from '@strapi/design-system';
import { FigureData, FigureRow, FigureTile, MoneyLine, MoneyTotal } from '../kit/Figure';
import { ItemList } from '../kit/ItemList';
import { WidgetNote, WidgetQuery } from '../kit/WidgetQuery';
import { InvoiceItem, invoiceLine } from './invoice-items';

interface MyInvoices extends FigureData {
  me: { fullName: string } | null;
  overdue: FigureData;
  outstanding: MoneyTotal[] | null;
  items: InvoiceItem[];
}

/** Unpaid invoices I issued: how many, what is still owed, how many are late, the ones due first. */
const MyInvoicesWidget = () => {
  const { formatMessage } = useIntl();
  return (
    <WidgetQuery<MyInvoices> path="/crm/home/my-unpaid-invoices">
      {(data) =>
        data.count === 0 ? (
          <WidgetNote>{formatMessage({ id: 'vitrylo.home.myInvoices.empty' })}</WidgetNote>
        ) : (
          <Box>
            <FigureRow>
              <FigureTile figure={data} labelId="vitrylo.home.myInvoices.count">
                <MoneyLine labelId="vitrylo.home.myInvoices.outstanding" totals={data.outstanding} />
              </FigureTile>
              <FigureTile figure={data.overdue} labelId="vitrylo.home.myInvoices.overdue" tone="danger" />
            </FigureRow>
            <ItemList items={data.items.map((invoice) => invoiceLine(invoice, formatMessage))} />
          </Box>
        )
      }
    </WidgetQuery>
  );
};

export default MyInvoicesWidget;
