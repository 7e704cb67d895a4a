import * as React from 'react';
import { useIntl } from 'react-intl';
import { Alert, Box, Button, Field, Flex, MultiSelect, MultiSelectOption, SingleSelect, SingleSelectOption, TextButton, TextInput, Typography } from '@strapi/design-system';
import { useFetchClient } from '@strapi/strapi/admin';
import { LocalDateInput } from '../../kit/date-inputs';
import { QUICK_PERIODS, quickPeriod } from './period';
import { Choice, RecordPicker } from './RecordPicker';
import { ReportPreview } from './ReportPreview';
import {
  FieldProblem,
  fileNameOf,
  Refusal,
  refusalOf,
  refusalOfError,
  REPORT_URL,
  ReportListItem,
  ReportParameterItem,
  ReportScreen,
  saveBlob,
  sentence,
  StoredTemplate,
  REFERENCE_LISTS,
  TEMPLATE_URL,
} from './reports-api';

type Value = { from: string; to: string } | string | string[] | Choice[];
type Values = Record<string, Value>;
type Busy = 'run' | 'excel' | 'template' | 'upload' | 'reset' | null;

const REFERENCE_KINDS = Object.keys(REFERENCE_LISTS);

function initialValues(report: ReportListItem): Values {
  const values: Values = {};
  for (const parameter of report.parameters) {
    if (parameter.kind === 'period') values[parameter.key] = quickPeriod('thisMonth');
    else if (parameter.kind === 'enum') values[parameter.key] = parameter.multiple ? (parameter.default ? [parameter.default] : []) : (parameter.default ?? '');
    else if (REFERENCE_KINDS.includes(parameter.kind)) values[parameter.key] = [];
    else values[parameter.key] = '';
  }
  return values;
}

/** The query string of a run: the period as `from`/`to`, lists as 'a,b', blanks left out (the server says what is missing). */
function queryOf(report: ReportListItem, values: Values): string {
  const query = new URLSearchParams();
  for (const parameter of report.parameters) {
    const value = values[parameter.key];
    if (parameter.kind === 'period') {
      const period = value as { from: string; to: string };
      const [from, to] = parameter.key === 'period' ? ['from', 'to'] : [`${parameter.key}[from]`, `${parameter.key}[to]`];
      if (period.from) query.set(from, period.from);
      if (period.to) query.set(to, period.to);
    } else if (REFERENCE_KINDS.includes(parameter.kind)) {
      const ids = (value as Choice[]).map((choice) => choice.documentId);
      if (ids.length > 0) query.set(parameter.key, ids.join(','));
    } else if (Array.isArray(value)) {
      if (value.length > 0) query.set(parameter.key, (value as string[]).join(','));
    } else if (typeof value === 'string' && value.trim() !== '') {
      query.set(parameter.key, value);
    }
  }
  return query.toString();
}

async function refusalOfBlob(blob: Blob, keys: readonly string[]): Promise<Refusal | null> {
  try {
    return refusalOf(JSON.parse(await blob.text()), keys);
  } catch {
    return null;
  }
}

/** The chosen report: its parameters, the buttons that build it, and its template for those who manage them. */
export function ReportPanel({ report, canManageTemplates, onTemplate }: { report: ReportListItem; canManageTemplates: boolean; onTemplate(template: StoredTemplate | null): void }) {
  const { formatMessage } = useIntl();
  const { get, post, del } = useFetchClient();
  const [values, setValues] = React.useState<Values>(() => initialValues(report));
  const [fieldErrors, setFieldErrors] = React.useState<Record<string, FieldProblem[]>>({});
  const [failure, setFailure] = React.useState<{ title: string; lines: string[] } | null>(null);
  const [notice, setNotice] = React.useState<string | null>(null);
  const [busy, setBusy] = React.useState<Busy>(null);
  const [screen, setScreen] = React.useState<ReportScreen | null>(null);
  const fileInput = React.useRef<HTMLInputElement>(null);
  const keys = report.parameters.map((parameter) => parameter.key);
  const template = report.template;

  const set = (key: string, value: Value) => {
    setValues((current) => ({ ...current, [key]: value }));
    setFieldErrors((current) => (key in current ? Object.fromEntries(Object.entries(current).filter(([name]) => name !== key)) : current));
  };

  const clearMessages = () => {
    setFailure(null);
    setNotice(null);
  };

  /** A refusal: what it says of each field goes next to that field, the rest above the form. */
  const showRefusal = (refusal: Refusal | null, titleId: string, fallbackId: string) => {
    if (!refusal) {
      setFailure({ title: formatMessage({ id: titleId }), lines: [formatMessage({ id: fallbackId })] });
      return;
    }
    setFieldErrors(refusal.fields);
    const lines = [...refusal.other];
    if (Object.keys(refusal.fields).length > 0 && lines.length === 0) lines.push(formatMessage({ id: 'vitrylo.reports.fixFields' }));
    setFailure(lines.length > 0 ? { title: formatMessage({ id: titleId }), lines } : null);
  };

  const run = async () => {
    clearMessages();
    setFieldErrors({});
    setBusy('run');
    try {
      const response = await get<{ data: ReportScreen }>(REPORT_URL(report.key), { params: queryOf(report, values) });
      setScreen(response.data.data);
    } catch (error) {
      setScreen(null);
      showRefusal(refusalOfError(error, keys), 'vitrylo.reports.refused', 'vitrylo.reports.failed');
    } finally {
      setBusy(null);
    }
  };

  /** A file answer (the workbook, the template) saved as a download; a refusal read from its JSON body. */
  const download = async (url: string, params: string | undefined, kind: Busy, fallbackName: string) => {
    clearMessages();
    if (kind === 'excel') setFieldErrors({});
    setBusy(kind);
    try {
      const response = await get(url, { params, responseType: 'blob', validateStatus: (status: number) => status === 400 || status === 403 || status === 404 });
      if (response.status === 200 || response.status === undefined) {
        saveBlob(response.data, fileNameOf(response.headers, fallbackName));
        return;
      }
      showRefusal(await refusalOfBlob(response.data, keys), 'vitrylo.reports.refused', 'vitrylo.reports.downloadFailed');
    } catch {
      showRefusal(null, 'vitrylo.reports.refused', 'vitrylo.reports.downloadFailed');
    } finally {
      setBusy(null);
    }
  };

  const upload = async (file: File) => {
    clearMessages();
    setBusy('upload');
    const form = new FormData();
    form.append('file', file, file.name);
    try {
      const response = await post<{ data: StoredTemplate }>(TEMPLATE_URL(report.key), form);
      onTemplate(response.data.data);
      setNotice(formatMessage({ id: 'vitrylo.reports.template.uploaded' }, { name: response.data.data.name }));
    } catch (error) {
      const refusal = refusalOfError(error, ['file']);
      const lines = refusal ? [...(refusal.fields.file ?? []).map((problem) => sentence(problem.message)), ...refusal.other] : [];
      setFailure({ title: formatMessage({ id: 'vitrylo.reports.template.refused' }), lines: lines.length > 0 ? lines : [formatMessage({ id: 'vitrylo.reports.template.failed' })] });
    } finally {
      setBusy(null);
      if (fileInput.current) fileInput.current.value = '';
    }
  };

  const reset = async () => {
    clearMessages();
    setBusy('reset');
    try {
      await del(TEMPLATE_URL(report.key));
      onTemplate(null);
      setNotice(formatMessage({ id: 'vitrylo.reports.template.removed' }));
    } catch (error) {
      const refusal = refusalOfError(error, []);
      setFailure({ title: formatMessage({ id: 'vitrylo.reports.template.resetFailed' }), lines: refusal?.other.length ? refusal.other : [formatMessage({ id: 'vitrylo.reports.tryAgain' })] });
    } finally {
      setBusy(null);
    }
  };

  return (
    <Flex direction="column" alignItems="stretch" gap={4}>
      <Box background="neutral0" hasRadius shadow="tableShadow" padding={6} data-testid="report-form">
        <form
          onSubmit={(event) => {
            event.preventDefault();
            run();
          }}
        >
          <Flex direction="column" alignItems="stretch" gap={5}>
            <Typography variant="beta" tag="h2">
              {report.title}
            </Typography>
            {failure ? (
              <Alert variant="danger" title={failure.title} closeLabel={formatMessage({ id: 'vitrylo.reports.close' })} onClose={() => setFailure(null)} data-testid="report-refusal">
                {failure.lines.join(' ')}
              </Alert>
            ) : null}
            {notice ? (
              <Alert variant="success" closeLabel={formatMessage({ id: 'vitrylo.reports.close' })} onClose={() => setNotice(null)} data-testid="report-notice">
                {notice}
              </Alert>
            ) : null}
            <Flex gap={6} alignItems="flex-start" wrap="wrap">
              {report.parameters.map((parameter) => (
                <ParameterField key={parameter.key} parameter={parameter} value={values[parameter.key]} errors={fieldErrors[parameter.key]} onChange={(value) => set(parameter.key, value)} />
              ))}
            </Flex>
            <Flex gap={2} wrap="wrap" alignItems="center">
              <Button type="submit" loading={busy === 'run'} disabled={busy !== null && busy !== 'run'}>
                {formatMessage({ id: 'vitrylo.reports.run' })}
              </Button>
              <Button
                type="button"
                variant="secondary"
                loading={busy === 'excel'}
                disabled={busy !== null && busy !== 'excel'}
                onClick={() => download(REPORT_URL(report.key), `${queryOf(report, values)}&format=xlsx`, 'excel', `${report.title}.xlsx`)}
              >
                {formatMessage({ id: 'vitrylo.reports.excel' })}
              </Button>
            </Flex>
            <Box borderColor="neutral150" hasRadius padding={4} background="neutral100">
              <Flex gap={3} wrap="wrap" alignItems="center">
                <Typography textColor="neutral700" data-testid="report-template-name">
                  {template
                    ? formatMessage({ id: template.active ? 'vitrylo.reports.template.own' : 'vitrylo.reports.template.off' }, { name: template.name })
                    : formatMessage({ id: 'vitrylo.reports.template.standard' })}
                </Typography>
                <Button
                  type="button"
                  variant="tertiary"
                  loading={busy === 'template'}
                  disabled={busy !== null && busy !== 'template'}
                  onClick={() => download(TEMPLATE_URL(report.key), undefined, 'template', `${report.title}.xlsx`)}
                >
                  {formatMessage({ id: 'vitrylo.reports.template.download' })}
                </Button>
                {canManageTemplates ? (
                  <>
                    <input
                      ref={fileInput}
                      type="file"
                      accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                      data-testid="report-template-file"
                      style={{ display: 'none' }}
                      onChange={(event) => {
                        const file = event.target.files?.[0];
                        if (file) upload(file);
                      }}
                    />
                    <Button type="button" variant="tertiary" loading={busy === 'upload'} disabled={busy !== null && busy !== 'upload'} onClick={() => fileInput.current?.click()}>
                      {formatMessage({ id: 'vitrylo.reports.template.upload' })}
                    </Button>
                    {template ? (
                      <Button type="button" variant="danger-light" loading={busy === 'reset'} disabled={busy !== null && busy !== 'reset'} onClick={reset}>
                        {formatMessage({ id: 'vitrylo.reports.template.reset' })}
                      </Button>
                    ) : null}
                  </>
                ) : null}
              </Flex>
            </Box>
          </Flex>
        </form>
      </Box>
      {screen ? <ReportPreview key={screen.generatedAt} screen={screen} /> : null}
    </Flex>
  );
}

/** One parameter's input, by its kind, with the server's words about it underneath. */
function ParameterField({ parameter, value, errors, onChange }: { parameter: ReportParameterItem; value: Value; errors?: FieldProblem[]; onChange(value: Value): void }) {
  const { formatMessage } = useIntl();
  // «Початок періоду: обов'язкове поле» for `period.from`; a chosen record's own problem (`manager[1]`) and the field's as a sentence
  const texts = (errors ?? []).map((problem) =>
    problem.part === 'from' || problem.part === 'to' ? formatMessage({ id: `vitrylo.reports.period.${problem.part}Error` }, { message: problem.message }) : sentence(problem.message),
  );
  const error = texts.length > 0 ? Array.from(new Set(texts)).join(' ') : undefined;
  if (parameter.kind === 'period') {
    const period = value as { from: string; to: string };
    return (
      <Flex direction="column" alignItems="flex-start" gap={1} data-testid={`report-parameter-${parameter.key}`}>
        <Typography variant="pi" fontWeight="bold" textColor="neutral800">
          {parameter.caption}
          {parameter.required ? <Typography textColor="danger600">*</Typography> : null}
        </Typography>
        <Flex gap={2} alignItems="center">
          <Typography variant="pi" textColor="neutral600">
            {formatMessage({ id: 'vitrylo.reports.period.from' })}
          </Typography>
          <LocalDateInput name={`${parameter.key}.from`} label={`${parameter.caption}: ${formatMessage({ id: 'vitrylo.reports.period.from' })}`} value={period.from} onChange={(from) => onChange({ ...period, from })} clearable />
          <Typography variant="pi" textColor="neutral600">
            {formatMessage({ id: 'vitrylo.reports.period.to' })}
          </Typography>
          <LocalDateInput name={`${parameter.key}.to`} label={`${parameter.caption}: ${formatMessage({ id: 'vitrylo.reports.period.to' })}`} value={period.to} onChange={(to) => onChange({ ...period, to })} clearable />
        </Flex>
        <Flex gap={3} wrap="wrap">
          {QUICK_PERIODS.map((choice) => (
            <TextButton key={choice} type="button" onClick={() => onChange(quickPeriod(choice))}>
              {formatMessage({ id: `vitrylo.reports.period.${choice}` })}
            </TextButton>
          ))}
        </Flex>
        {error ? (
          <Typography variant="pi" textColor="danger600" role="alert" data-testid={`report-error-${parameter.key}`}>
            {error}
          </Typography>
        ) : null}
      </Flex>
    );
  }
  return (
    <Box style={{ minWidth: '24rem', maxWidth: '36rem' }} data-testid={`report-parameter-${parameter.key}`}>
      <Field.Root name={parameter.key} required={parameter.required} error={error}>
        <Field.Label>{parameter.caption}</Field.Label>
        <ParameterInput parameter={parameter} value={value} onChange={onChange} hasError={!!error} />
        <Field.Error data-testid={`report-error-${parameter.key}`} />
      </Field.Root>
    </Box>
  );
}

function ParameterInput({ parameter, value, onChange, hasError }: { parameter: ReportParameterItem; value: Value; onChange(value: Value): void; hasError: boolean }) {
  const { formatMessage } = useIntl();
  if (REFERENCE_KINDS.includes(parameter.kind)) {
    return <RecordPicker name={parameter.key} kind={parameter.kind} multiple={parameter.multiple} value={value as Choice[]} onChange={onChange} hasError={hasError} />;
  }
  if (parameter.kind === 'enum') {
    const options = parameter.options ?? [];
    if (parameter.multiple) {
      return (
        <MultiSelect value={value as string[]} onChange={(next: string[]) => onChange(next)} placeholder={formatMessage({ id: 'vitrylo.reports.any' })} withTags>
          {options.map((option) => (
            <MultiSelectOption key={option.value} value={option.value}>
              {option.caption}
            </MultiSelectOption>
          ))}
        </MultiSelect>
      );
    }
    return (
      <SingleSelect
        value={value as string}
        onChange={(next: string | number) => onChange(String(next))}
        placeholder={formatMessage({ id: 'vitrylo.reports.any' })}
        onClear={parameter.required || parameter.default ? undefined : () => onChange('')}
        clearLabel={formatMessage({ id: 'vitrylo.reports.search.clear' })}
      >
        {options.map((option) => (
          <SingleSelectOption key={option.value} value={option.value}>
            {option.caption}
          </SingleSelectOption>
        ))}
      </SingleSelect>
    );
  }
  if (parameter.kind === 'date') {
    return <LocalDateInput name={parameter.key} label={parameter.caption} value={value as string} onChange={onChange} clearable={!parameter.required} />;
  }
  return <TextInput value={value as string} onChange={(event: React.ChangeEvent<HTMLInputElement>) => onChange(event.target.value)} />;
}
