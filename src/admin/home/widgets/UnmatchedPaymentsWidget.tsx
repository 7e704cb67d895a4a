import * as React from 'react';
import { useIntl } from 'react-intl';
import { Box } from '@strapi/design-system';
import { formatDecimalMoney } from '../../../domain/format/amount';
import { recordLink } from '../../../domain/workspace/list-query';
import { FigureData, FigureRow, FigureTile, MoneyLine, MoneyTotal } from '../kit/Figure';
import { ItemList } from '../kit/ItemList';
import { WidgetNote, WidgetQuery } from '../kit/WidgetQuery';

interface PaymentItem {
  documentId: string;
  date: string | null;
  direction: string | null;
  party: string | null;
  amount: string | null;
  currency: string;
  purpose: string | null;
}

interface Unmatched extends FigureData {
  incoming: MoneyTotal[] | null;
  outgoing: MoneyTotal[] | null;
  items: PaymentItem[];
}

/** The Accountant's queue: payments not matched to an invoice yet, with the sums received and paid out. */
const UnmatchedPaymentsWidget = () => {
  const { formatMessage } = useIntl();
  return (
    <WidgetQuery<Unmatched> path="/crm/home/unmatched-payments">
      {(data) =>
        data.count === 0 ? (
          <WidgetNote>{formatMessage({ id: 'vitrylo.home.unmatched.empty' })}</WidgetNote>
        ) : (
          <Box>
            <FigureRow>
              <FigureTile figure={data} labelId="vitrylo.home.unmatched.count">
                <MoneyLine labelId="vitrylo.home.unmatched.incoming" totals={data.incoming} />
                {data.outgoing && data.outgoing.length > 0 ? <MoneyLine labelId="vitrylo.home.unmatched.outgoing" totals={data.outgoing} /> : null}
              </FigureTile>
            </FigureRow>
            <ItemList
              items={data.items.map((payment) => ({
                key: payment.documentId,
                to: recordLink('api::payment.payment', payment.documentId),
                lead: payment.date,
                text: payment.party ?? '—',
                detail: payment.purpose,
                aside: payment.amount === null ? null : `${payment.direction === 'outgoing' ? '−' : '+'}${formatDecimalMoney(payment.amount, payment.currency)}`,
              }))}
            />
          </Box>
        )
      }
    </WidgetQuery>
  );
};

export default UnmatchedPaymentsWidget;
