import * as React from 'react';
import { useIntl } from 'react-intl';
import { useSearchParams } from 'react-router-dom';
import { styled } from 'styled-components';
import { Badge, Box, Flex, Grid, Typography } from '@strapi/design-system';
import { Page, useAuth } from '@strapi/strapi/admin';
import { CrmPage, QueryView } from '../../kit/CrmPage';
import { useCrmQuery } from '../../kit/useCrmQuery';
import { LIST_URL, ReportListItem, REPORTS_PERMISSIONS, SECTIONS, StoredTemplate, TEMPLATE_PERMISSIONS } from './reports-api';
import { ReportPanel } from './ReportPanel';

type Permissions = Array<{ action: string }>;
const holds = (permissions: Permissions | undefined, needed: Array<{ action: string }>) => (permissions ?? []).some((permission) => needed.some((one) => one.action === permission.action));

/**
 * «Звіти»: the reports the person may run, by section (the list comes from GET /crm/reports, so a new
 * report appears here by itself); the chosen one's parameters, its preview on screen and its workbook.
 */
export default function ReportsPage() {
  const { formatMessage } = useIntl();
  // the menu hides the entry from the others, but the address opens the page for anyone signed in
  const permissions = useAuth('ReportsPage', (state: { permissions: Permissions }) => state.permissions);
  if (!holds(permissions, REPORTS_PERMISSIONS)) {
    return (
      <CrmPage titleId="vitrylo.reports.title">
        <Page.NoPermissions content={`${formatMessage({ id: 'vitrylo.kit.forbidden' })}. ${formatMessage({ id: 'vitrylo.kit.forbidden.hint' })}`} />
      </CrmPage>
    );
  }
  return <Reports canManageTemplates={holds(permissions, TEMPLATE_PERMISSIONS)} />;
}

function Reports({ canManageTemplates }: { canManageTemplates: boolean }) {
  const { formatMessage } = useIntl();
  const list = useCrmQuery<{ data: ReportListItem[] }>(LIST_URL);
  const [params, setParams] = useSearchParams();
  // templates changed on this page since the list was read
  const [templates, setTemplates] = React.useState<Record<string, StoredTemplate | null>>({});
  const chosenKey = params.get('report');
  return (
    <CrmPage titleId="vitrylo.reports.title" subtitleId="vitrylo.reports.subtitle">
      <QueryView state={list}>
        {({ data }) => {
          const reports = data.map((report) => (report.key in templates ? { ...report, template: templates[report.key] } : report));
          if (reports.length === 0) {
            return (
              <Box background="neutral0" hasRadius shadow="tableShadow" padding={6} data-testid="reports-none">
                <Typography textColor="neutral600">{formatMessage({ id: 'vitrylo.reports.none' })}</Typography>
              </Box>
            );
          }
          const chosen = reports.find((report) => report.key === chosenKey) ?? null;
          return (
            <Flex direction="column" alignItems="stretch" gap={6}>
              <ReportList reports={reports} chosen={chosen?.key ?? null} onChoose={(key) => setParams({ report: key })} />
              {chosen ? (
                <ReportPanel
                  key={chosen.key}
                  report={chosen}
                  canManageTemplates={canManageTemplates}
                  onTemplate={(template) => setTemplates((current) => ({ ...current, [chosen.key]: template }))}
                />
              ) : (
                <Typography textColor="neutral600">{formatMessage({ id: 'vitrylo.reports.choose' })}</Typography>
              )}
            </Flex>
          );
        }}
      </QueryView>
    </CrmPage>
  );
}

const ReportButton = styled.button<{ $chosen: boolean }>`
  display: block;
  width: 100%;
  text-align: left;
  cursor: pointer;
  padding: 0.8rem 1.2rem;
  border-radius: 4px;
  border: 1px solid ${({ theme, $chosen }) => ($chosen ? theme.colors.primary600 : theme.colors.neutral150)};
  background: ${({ theme, $chosen }) => ($chosen ? theme.colors.primary100 : theme.colors.neutral0)};
  &:hover {
    background: ${({ theme }) => theme.colors.primary100};
  }
  &:focus-visible {
    outline: 2px solid ${({ theme }) => theme.colors.primary600};
    outline-offset: 2px;
  }
`;

/** The reports by section, in the order of SECTIONS; a section with no report for this person is left out. */
function ReportList({ reports, chosen, onChoose }: { reports: ReportListItem[]; chosen: string | null; onChoose(key: string): void }) {
  const { formatMessage } = useIntl();
  const sections = SECTIONS.map((section) => ({ section, reports: reports.filter((report) => report.section === section) })).filter((entry) => entry.reports.length > 0);
  return (
    <Box background="neutral0" hasRadius shadow="tableShadow" padding={6} data-testid="reports-list">
      <Grid.Root gap={6}>
        {sections.map(({ section, reports: inSection }) => (
          <Grid.Item key={section} col={4} s={6} xs={12} direction="column" alignItems="stretch">
            <Box paddingBottom={2}>
              <Typography variant="delta" tag="h2">
                {formatMessage({ id: `vitrylo.reports.section.${section}` })}
              </Typography>
            </Box>
            <Flex direction="column" alignItems="stretch" gap={2}>
              {inSection.map((report) => (
                <ReportButton key={report.key} type="button" $chosen={report.key === chosen} aria-pressed={report.key === chosen} onClick={() => onChoose(report.key)}>
                  <Typography variant="omega" fontWeight="semiBold" textColor={report.key === chosen ? 'primary700' : 'neutral800'}>
                    {report.title}
                  </Typography>
                  <Flex gap={2} paddingTop={1}>
                    <Typography variant="pi" textColor="neutral600">
                      {formatMessage({ id: 'vitrylo.reports.sheets' }, { count: report.sheets.length })}
                    </Typography>
                    {report.template?.active ? <Badge>{formatMessage({ id: 'vitrylo.reports.ownTemplate' })}</Badge> : null}
                  </Flex>
                </ReportButton>
              ))}
            </Flex>
          </Grid.Item>
        ))}
      </Grid.Root>
    </Box>
  );
}
