import * as React from 'react';
import { useIntl } from 'react-intl';
import { Box, Typography } from '@strapi/design-system';
import { CrmPage, QueryView } from '../../kit/CrmPage';
import { DataTable } from '../../kit/DataTable';
import { useCrmQuery } from '../../kit/useCrmQuery';

interface TaskInfo {
  name: string;
  description: string | null;
  rule: string;
  tz: string;
  lastRun: { outcome: 'ok' | 'failed' | 'skipped'; startedAt: string | null; error: string | null } | null;
  lastSkipped: string | null;
}

interface SystemInfo {
  vitrylo: string;
  strapi: string | null;
  node: string;
  database: { client: string; version: string | null };
  cronEnabled: boolean;
  timeZone: string;
  tasks: TaskInfo[];
}

type Row = { part: string; value: string };

const AboutPage = () => {
  const { formatMessage } = useIntl();
  const state = useCrmQuery<{ data: SystemInfo }>('/crm/system');
  return (
    <CrmPage titleId="vitrylo.about.title" subtitleId="vitrylo.about.subtitle">
      <QueryView state={state}>
        {({ data }) => {
          const rows: Row[] = [
            { part: 'vitrylo.about.vitrylo', value: data.vitrylo },
            { part: 'vitrylo.about.strapi', value: data.strapi ?? '—' },
            { part: 'vitrylo.about.node', value: data.node },
            { part: 'vitrylo.about.database', value: data.database.version ?? data.database.client },
            { part: 'vitrylo.about.cron', value: formatMessage({ id: data.cronEnabled ? 'vitrylo.about.cron.on' : 'vitrylo.about.cron.off' }) },
          ];
          const lastRun = (task: TaskInfo) =>
            task.lastRun
              ? `${task.lastRun.startedAt ?? ''} — ${formatMessage({ id: `vitrylo.about.outcome.${task.lastRun.outcome}` })}${task.lastRun.error ? `: ${task.lastRun.error}` : ''}`
              : formatMessage({ id: 'vitrylo.about.never' });
          return (
            <>
              <DataTable<Row>
                rowKey={(row) => row.part}
                rows={rows}
                columns={[
                  { key: 'part', labelId: 'vitrylo.about.what', render: (row) => formatMessage({ id: row.part }) },
                  { key: 'value', labelId: 'vitrylo.about.value' },
                ]}
              />
              <Box paddingTop={8} paddingBottom={4}>
                <Typography variant="delta" tag="h2">
                  {formatMessage({ id: 'vitrylo.about.tasks' }, { timeZone: data.timeZone })}
                </Typography>
              </Box>
              <DataTable<TaskInfo & Record<string, unknown>>
                rowKey={(task) => task.name}
                rows={data.tasks as Array<TaskInfo & Record<string, unknown>>}
                columns={[
                  { key: 'name', labelId: 'vitrylo.about.task', render: (task) => task.description ?? task.name },
                  { key: 'rule', labelId: 'vitrylo.about.schedule', render: (task) => `${task.rule} (${task.tz})` },
                  { key: 'lastRun', labelId: 'vitrylo.about.lastRun', render: lastRun },
                ]}
              />
            </>
          );
        }}
      </QueryView>
    </CrmPage>
  );
};

export default AboutPage;
