import * as React from 'react';
import { useIntl } from 'react-intl';
import { CrmPage, QueryView } from '../../kit/CrmPage';
import { DataTable } from '../../kit/DataTable';
import { useCrmQuery } from '../../kit/useCrmQuery';

interface SystemInfo {
  vitrylo: string;
  strapi: string | null;
  node: string;
  database: { client: string; version: string | null };
  cronEnabled: boolean;
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
          return (
            <DataTable<Row>
              rowKey={(row) => row.part}
              rows={rows}
              columns={[
                { key: 'part', labelId: 'vitrylo.about.what', render: (row) => formatMessage({ id: row.part }) },
                { key: 'value', labelId: 'vitrylo.about.value' },
              ]}
            />
          );
        }}
      </QueryView>
    </CrmPage>
  );
};

export default AboutPage;
