import * as React from 'react';
import { useIntl } from 'react-intl';
import { Button, Flex, Typography } from '@strapi/design-system';
import { Download } from '@strapi/icons';
import type { PanelComponent } from '@strapi/content-manager/strapi-admin';
import { useAuth, useFetchClient } from '@strapi/strapi/admin';
import { fileNameOf, REPORT_URL, saveBlob } from '../pages/reports/reports-api';
import { quickPeriod } from '../pages/reports/period';
import { COUNTERPARTY } from './RelatedListPanels';
import { useCardPermissions } from './card-permissions';

const INVOICE = 'api::invoice.invoice';
const INTERACTION = 'api::interaction.interaction';
const REPORTS_ACTION = 'plugin::crm.reports.read';
/** A client's whole chronicle: from before anyone kept one in Vitrylo to the end of this year. */
const WHOLE_CHRONICLE_FROM = '2000-01-01';

interface CardReport {
  key: string;
  caption: string;
  query: string;
}

/** The record's own reports, as Excel files: a client's chronicle, an invoice's print form. */
function CardReports({ reports }: { reports: CardReport[] }) {
  const { formatMessage } = useIntl();
  const { get } = useFetchClient();
  const [busy, setBusy] = React.useState<string | null>(null);
  const [failed, setFailed] = React.useState(false);
  const download = async (report: CardReport) => {
    setBusy(report.key);
    setFailed(false);
    try {
      const response = await get(REPORT_URL(report.key), { params: `${report.query}&format=xlsx`, responseType: 'blob' } as any);
      saveBlob(response.data as Blob, fileNameOf(response.headers as Headers, `${report.caption}.xlsx`));
    } catch {
      setFailed(true);
    } finally {
      setBusy(null);
    }
  };
  return (
    <Flex direction="column" alignItems="stretch" gap={2} width="100%">
      {reports.map((report) => (
        <Button key={report.key} variant="tertiary" startIcon={<Download />} loading={busy === report.key} onClick={() => download(report)} data-card-report={report.key}>
          {report.caption}
        </Button>
      ))}
      {failed ? (
        <Typography variant="pi" textColor="danger600">
          {formatMessage({ id: 'vitrylo.card.reports.failed' })}
        </Typography>
      ) : null}
    </Flex>
  );
}

/**
 * «Звіти» beside the counterparty form (the client's chronicle in Excel) and the invoice form (the invoice
 * printed as «Рахунок на оплату»), for whoever may form reports and read what they show.
 */
export const ReportsPanel: PanelComponent = ({ model, documentId }) => {
  const { formatMessage } = useIntl();
  const { allows } = useCardPermissions();
  const mayReport = useAuth('ReportsPanel', (state: { permissions: Array<{ action: string }> }) => (state.permissions ?? []).some((permission) => permission.action === REPORTS_ACTION));
  if (!documentId || !mayReport) return null;
  let reports: CardReport[] = [];
  if (model === COUNTERPARTY && allows('read', INTERACTION)) {
    const { to } = quickPeriod('thisYear');
    reports = [{ key: 'contact-chronicle', caption: formatMessage({ id: 'vitrylo.card.reports.chronicle' }), query: `counterparty=${documentId}&from=${WHOLE_CHRONICLE_FROM}&to=${to}` }];
  } else if (model === INVOICE && allows('read', INVOICE)) {
    reports = [{ key: 'invoice-print', caption: formatMessage({ id: 'vitrylo.card.reports.invoice' }), query: `invoice=${documentId}` }];
  }
  if (reports.length === 0) return null;
  return { title: formatMessage({ id: 'vitrylo.card.reports.title' }), content: <CardReports reports={reports} /> };
};
ReportsPanel.displayName = 'CardPanel(reports)';
