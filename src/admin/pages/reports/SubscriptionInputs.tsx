import * as React from 'react';
import { useIntl } from 'react-intl';
import { Field, Flex, SingleSelect, SingleSelectOption, TextInput, Typography } from '@strapi/design-system';
import { useFetchClient, useField } from '@strapi/strapi/admin';
import { addFieldRenderer } from '../../kit/field-inputs';
import { modelOnScreen } from '../../model-on-screen';
import { Choice, RecordPicker } from './RecordPicker';
import { LIST_URL, REFERENCE_LISTS, ReportListItem, ReportParameterItem } from './reports-api';

/**
 * A report subscription's parameters as people fill them: the fields of the report chosen above (a period as
 * «минулий місяць», managers from the staff list, a currency from its options), written into the
 * subscription's `parameters` object instead of being typed into a JSON editor.
 */

const SUBSCRIPTION = 'api::report-subscription.report-subscription';
/** The words a scheduled period is given in (src/domain/reports/subscriptions.ts RELATIVE_PERIODS). */
const PERIOD_WORDS = ['previous-month', 'current-month', 'previous-week', 'previous-day', 'current-year'] as const;

type Parameters = Record<string, unknown>;

/** The reports the person may run, read once per page. */
function useReportList(): ReportListItem[] | null {
  const { get } = useFetchClient();
  const [reports, setReports] = React.useState<ReportListItem[] | null>(null);
  React.useEffect(() => {
    let current = true;
    get<{ data: ReportListItem[] }>(LIST_URL)
      .then((response) => current && setReports(response.data.data))
      .catch(() => current && setReports([]));
    return () => {
      current = false;
    };
  }, [get]);
  return reports;
}

interface InputProps {
  name: string;
  label: string;
  hint?: React.ReactNode;
  disabled?: boolean;
  required?: boolean;
}

function ParameterInput({ parameter, value, onChange, disabled }: { parameter: ReportParameterItem; value: unknown; onChange(next: unknown): void; disabled?: boolean }) {
  const { formatMessage } = useIntl();
  const id = `subscription-parameter-${parameter.key}`;
  if (parameter.kind === 'period') {
    return (
      <Field.Root name={id} required={parameter.required}>
        <Field.Label>{parameter.caption}</Field.Label>
        <SingleSelect value={typeof value === 'string' ? value : ''} disabled={disabled} placeholder={formatMessage({ id: 'vitrylo.reports.subscription.choosePeriod' })} onChange={(next: string | number) => onChange(String(next))}>
          {PERIOD_WORDS.map((word) => (
            <SingleSelectOption key={word} value={word}>
              {formatMessage({ id: `vitrylo.reports.subscription.period.${word}` })}
            </SingleSelectOption>
          ))}
        </SingleSelect>
        {value && typeof value === 'object' ? (
          <Typography variant="pi" textColor="neutral600">
            {formatMessage({ id: 'vitrylo.reports.subscription.fixedPeriod' }, value as { from: string; to: string })}
          </Typography>
        ) : null}
      </Field.Root>
    );
  }
  if (parameter.kind === 'enum') {
    return (
      <Field.Root name={id} required={parameter.required}>
        <Field.Label>{parameter.caption}</Field.Label>
        <SingleSelect value={typeof value === 'string' ? value : (parameter.default ?? '')} disabled={disabled} onChange={(next: string | number) => onChange(String(next))}>
          {(parameter.options ?? []).map((option) => (
            <SingleSelectOption key={option.value} value={option.value}>
              {option.caption}
            </SingleSelectOption>
          ))}
        </SingleSelect>
      </Field.Root>
    );
  }
  if (REFERENCE_LISTS[parameter.kind]) {
    const ids = Array.isArray(value) ? (value as string[]) : typeof value === 'string' && value ? [value] : [];
    const choices: Choice[] = ids.map((documentId) => ({ documentId, label: labels.get(documentId) ?? documentId }));
    return (
      <Field.Root name={id} required={parameter.required}>
        <Field.Label>{parameter.caption}</Field.Label>
        <RecordPicker
          kind={parameter.kind}
          multiple={parameter.multiple}
          name={id}
          value={choices}
          onChange={(next) => {
            for (const choice of next) labels.set(choice.documentId, choice.label);
            const picked = next.map((choice) => choice.documentId);
            onChange(parameter.multiple ? picked : (picked[0] ?? null));
          }}
        />
      </Field.Root>
    );
  }
  return (
    <Field.Root name={id} required={parameter.required}>
      <Field.Label>{parameter.caption}</Field.Label>
      <TextInput value={typeof value === 'string' ? value : ''} disabled={disabled} onChange={(event: React.ChangeEvent<HTMLInputElement>) => onChange(event.target.value)} />
    </Field.Root>
  );
}

/** Names of records picked on this page: a stored documentId shows as the name it was picked by. */
const labels = new Map<string, string>();

const ParametersInput = ({ name, label, hint, disabled }: InputProps) => {
  const { formatMessage } = useIntl();
  const field = useField(name);
  const reportKey = useField('reportKey').value as string | undefined;
  const reports = useReportList();
  const report = reports?.find((item) => item.key === reportKey);
  const values: Parameters = field.value && typeof field.value === 'object' && !Array.isArray(field.value) ? (field.value as Parameters) : {};
  const set = (key: string, next: unknown) => {
    const updated: Parameters = { ...values };
    if (next === null || next === '' || (Array.isArray(next) && next.length === 0)) delete updated[key];
    else updated[key] = next;
    field.onChange(name, updated);
  };
  return (
    <Field.Root name={name} hint={hint} error={field.error}>
      <Field.Label>{label}</Field.Label>
      <Flex direction="column" alignItems="stretch" gap={3} paddingTop={1} data-subscription-parameters="">
        {!report ? (
          <Typography variant="omega" textColor="neutral600">
            {formatMessage({ id: reports === null ? 'vitrylo.reports.subscription.loading' : 'vitrylo.reports.subscription.reportFirst' })}
          </Typography>
        ) : report.parameters.length === 0 ? (
          <Typography variant="omega" textColor="neutral600">
            {formatMessage({ id: 'vitrylo.reports.subscription.noParameters' })}
          </Typography>
        ) : (
          report.parameters
            .filter((parameter) => parameter.kind !== 'date')
            .map((parameter) => <ParameterInput key={parameter.key} parameter={parameter} value={values[parameter.key]} disabled={disabled} onChange={(next) => set(parameter.key, next)} />)
        )}
      </Flex>
      <Field.Hint />
      <Field.Error />
    </Field.Root>
  );
};

/** The subscription's parameters field drawn as above; every other JSON field keeps its input. */
export function registerSubscriptionInputs(app: { addFields(field: { type: string; Component: React.ComponentType<any> }): void }): void {
  addFieldRenderer(app, 'json', (props: InputProps) => (modelOnScreen() === SUBSCRIPTION && props.name === 'parameters' ? <ParametersInput {...props} /> : null));
}
