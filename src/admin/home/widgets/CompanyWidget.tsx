import * as React from 'react';
import { FigureData, FigureRow, FigureTile, MoneyLine, MoneyTotal } from '../kit/Figure';
import { WidgetQuery } from '../kit/WidgetQuery';

interface Company {
  month: string;
  clients: FigureData;
  invoiced: FigureData & { amounts: MoneyTotal[] | null };
  received: FigureData & { amounts: MoneyTotal[] | null };
  openRequests: FigureData;
  plannedToday: FigureData;
  overdueInvoices: FigureData & { owed: MoneyTotal[] | null };
}

/** The Director's view of the company: this month's money, today's activity, what is late; every number opens the list behind it. */
const CompanyWidget = () => (
  <WidgetQuery<Company> path="/crm/home/company">
    {(data) => (
      <FigureRow>
        <FigureTile figure={data.clients} labelId="vitrylo.home.company.clients" />
        <FigureTile figure={data.invoiced} labelId="vitrylo.home.company.invoiced" values={{ month: data.month }}>
          <MoneyLine labelId="vitrylo.home.company.sum" totals={data.invoiced.amounts} />
        </FigureTile>
        <FigureTile figure={data.received} labelId="vitrylo.home.company.received" values={{ month: data.month }} tone="success">
          <MoneyLine labelId="vitrylo.home.company.sum" totals={data.received.amounts} />
        </FigureTile>
        <FigureTile figure={data.openRequests} labelId="vitrylo.home.company.openRequests" />
        <FigureTile figure={data.plannedToday} labelId="vitrylo.home.company.plannedToday" />
        <FigureTile figure={data.overdueInvoices} labelId="vitrylo.home.company.overdueInvoices" tone="danger">
          <MoneyLine labelId="vitrylo.home.company.owed" totals={data.overdueInvoices.owed} />
        </FigureTile>
      </FigureRow>
    )}
  </WidgetQuery>
);

export default CompanyWidget;
