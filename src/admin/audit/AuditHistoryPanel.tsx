/**
 * "Історія змін": a side panel of the content-manager edit view of counterparties, invoices and payments
 * listing the document's latest audit entries (GET /crm/audit-entries, see src/plugins/crm).
 * Shown only to users who may read the audit log; registered by registerAuditPanel(app) in app.tsx.
 */
import * as React from 'react';
import { Badge, Box, Flex, Loader, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import { useRBAC } from '@strapi/strapi/admin';
import { useCrmQuery } from '../kit/useCrmQuery';
import type { PanelComponent } from '@strapi/content-manager/strapi-admin';
import { actionCaption, actorCaption, AUDIT_ENTRY_UID, AuditHistoryEntry, changeCaption, countsCaption, dateTimeCaption } from './audit-format';
import { jobCaption } from './job-caption';

import { AUDIT_PANEL_UIDS } from '../../type-meta/views';

const READ_AUDIT = [{ action: 'plugin::content-manager.explorer.read', subject: AUDIT_ENTRY_UID }];
const MAX_CHANGES_SHOWN = 12;

const BADGE: Record<AuditHistoryEntry['action'], 'success' | 'primary' | 'danger' | 'secondary'> = {
  create: 'success',
  update: 'primary',
  delete: 'danger',
  'bulk-job': 'secondary',
};

const EntryView = ({ uid, entry }: { uid: string; entry: AuditHistoryEntry }) => {
  const { formatMessage } = useIntl();
  const changes = entry.changes ?? [];
  const shown = changes.slice(0, MAX_CHANGES_SHOWN);
  return (
    <Box paddingBottom={3} borderColor="neutral150" style={{ borderBottomWidth: 1, borderBottomStyle: 'solid' }}>
      <Flex gap={2} alignItems="center" wrap="wrap">
        <Badge variant={BADGE[entry.action] ?? 'neutral'}>{actionCaption(entry.action)}</Badge>
        <Typography variant="pi" textColor="neutral600">
          {dateTimeCaption(entry.occurredAt)}
        </Typography>
      </Flex>
      <Box paddingTop={1}>
        <Typography variant="pi" fontWeight="semiBold">
          {actorCaption(entry)}
        </Typography>
      </Box>
      {entry.action === 'bulk-job' ? (
        <Box paddingTop={1}>
          <Typography variant="pi">
            {jobCaption(entry.jobName)}: {countsCaption(entry.counts)}
          </Typography>
        </Box>
      ) : null}
      {entry.action === 'update' || entry.action === 'bulk-job'
        ? shown.map((change) => {
            const { label, text } = changeCaption(uid, change);
            return (
              <Box key={change.field} paddingTop={1}>
                <Typography variant="pi" textColor="neutral800">
                  <Typography variant="pi" fontWeight="semiBold">
                    {label}:
                  </Typography>{' '}
                  {text}
                </Typography>
              </Box>
            );
          })
        : null}
      {entry.action === 'update' && changes.length > shown.length ? (
        <Typography variant="pi" textColor="neutral600">
          {formatMessage({ id: 'vitrylo.audit.more' }, { count: changes.length - shown.length })}
        </Typography>
      ) : null}
    </Box>
  );
};

const AuditHistory = ({ uid, documentId, version }: { uid: string; documentId: string; version?: unknown }) => {
  const { formatMessage } = useIntl();
  // reload when the document changes (its updatedAt)
  const state = useCrmQuery<{ data: AuditHistoryEntry[] }>('/crm/audit-entries', { uid, documentId }, version);
  if (state.status === 'loading') return <Loader small>{formatMessage({ id: 'vitrylo.audit.loading' })}</Loader>;
  if (state.status === 'forbidden' || state.status === 'error') {
    return (
      <Typography variant="pi" textColor="danger600">
        {formatMessage({ id: state.status === 'forbidden' ? 'vitrylo.audit.forbidden' : 'vitrylo.audit.error' })}
      </Typography>
    );
  }
  const entries = state.data.data;
  if (entries.length === 0) {
    return (
      <Typography variant="pi" textColor="neutral600">
        {formatMessage({ id: 'vitrylo.audit.empty' })}
      </Typography>
    );
  }
  return (
    <Flex direction="column" alignItems="stretch" gap={3} width="100%">
      {entries.map((entry) => (
        <EntryView key={entry.id} uid={uid} entry={entry} />
      ))}
      {entries.length >= 50 ? (
        <Typography variant="pi" textColor="neutral600">
          {formatMessage({ id: 'vitrylo.audit.latest' }, { count: 50 })}
        </Typography>
      ) : null}
    </Flex>
  );
};

export const AuditHistoryPanel: PanelComponent = ({ model, documentId, document }) => {
  // Hooks first: panels are rendered as components.
  const { allowedActions, isLoading } = useRBAC(READ_AUDIT);
  const { formatMessage } = useIntl();
  if (!AUDIT_PANEL_UIDS.has(model) || !documentId || isLoading || !allowedActions.canRead) return null;
  return {
    title: formatMessage({ id: 'vitrylo.audit.title' }),
    content: <AuditHistory uid={model} documentId={documentId} version={document?.updatedAt} />,
  };
};
AuditHistoryPanel.displayName = 'AuditHistoryPanel';

interface AdminApp {
  getPlugin(pluginId: string): { apis: Record<string, unknown> } | undefined;
}

/** Adds the change-history panel to the content-manager edit view (call from app.tsx bootstrap). */
export function registerAuditPanel(app: AdminApp): void {
  const apis = app.getPlugin('content-manager')?.apis as { addEditViewSidePanel?: (panels: PanelComponent[]) => void } | undefined;
  apis?.addEditViewSidePanel?.([AuditHistoryPanel]);
}
