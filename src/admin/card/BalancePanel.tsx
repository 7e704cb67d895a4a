import * as React from 'react';
import { useIntl } from 'react-intl';
import { Box, Flex, Loader, Typography } from '@strapi/design-system';
import type { PanelComponent } from '@strapi/content-manager/strapi-admin';
import type { CurrencyBalance } from '../../domain/invoices/balance';
import { formatDecimalMoney } from '../../domain/format/amount';
import { useCrmQuery } from '../kit/useCrmQuery';
import { COUNTERPARTY } from './RelatedListPanels';
import { useCardPermissions } from './card-permissions';
import { balanceRequest } from './card-requests';

const INVOICE = 'api::invoice.invoice';
const FIGURES = ['invoiced', 'paid', 'outstanding', 'overdue'] as const;

/**
 * "Розрахунки" on the counterparty card: what was invoiced, paid, is still owed and overdue, per currency
 * (GET /crm/counterparties/:documentId/balance). Not shown to whoever may not see amounts, nor while the
 * client has no invoices or payments.
 */
function Balance({ documentId, version }: { documentId: string; version?: unknown }) {
  const { formatMessage } = useIntl();
  const request = balanceRequest(documentId);
  const state = useCrmQuery<{ data: CurrencyBalance[] | null }>(request.url, request.params, version);
  if (state.status === 'loading') return <Loader small>{formatMessage({ id: 'vitrylo.card.loading' })}</Loader>;
  if (state.status !== 'ready' || !state.data.data) return null;
  const lines = state.data.data;
  if (lines.length === 0) {
    return (
      <Typography variant="pi" textColor="neutral600">
        {formatMessage({ id: 'vitrylo.card.balance.empty' })}
      </Typography>
    );
  }
  return (
    <Flex direction="column" alignItems="stretch" gap={3} width="100%" data-card-balance>
      {lines.map((line) => (
        <Box key={line.currency}>
          {FIGURES.map((figure) => (
            <Flex key={figure} justifyContent="space-between" gap={2}>
              <Typography variant="pi" textColor="neutral600">
                {formatMessage({ id: `vitrylo.card.balance.${figure}` })}
              </Typography>
              <Typography variant="pi" fontWeight={figure === 'outstanding' ? 'bold' : undefined} textColor={figure === 'overdue' && Number(line.overdue) > 0 ? 'danger600' : 'neutral800'}>
                {formatDecimalMoney(line[figure], line.currency)}
              </Typography>
            </Flex>
          ))}
        </Box>
      ))}
    </Flex>
  );
}

export const BalancePanel: PanelComponent = ({ model, documentId, document }) => {
  const { allows } = useCardPermissions();
  const { formatMessage } = useIntl();
  if (model !== COUNTERPARTY || !documentId || !allows('read', INVOICE)) return null;
  return { title: formatMessage({ id: 'vitrylo.card.balance.title' }), content: <Balance documentId={documentId} version={document?.updatedAt} /> };
};
BalancePanel.displayName = 'CardPanel(balance)';
