import { PassThrough, Writable } from 'node:stream';
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { Visibility } from '../access/visibility';
import { DomainValidationError } from '../domain/errors';
import type { Locale } from '../domain/messages';
import {
  buildReportTable,
  describeReportParameters,
  detailLines,
  prepareDetails,
  EXCEL_MAX_ROWS,
  fillReportTemplate,
  ParameterLine,
  readReportParameters,
  renderReportXlsx,
  ReportParameters,
  ReportRow,
  ReportStreamSummary,
  ReportTable,
} from '../domain/reports';
import { issue } from '../domain/messages';
import { localDateOf } from '../domain/time';
import { toValidationError } from '../document-middlewares/validation-error';
import { businessTime } from '../time/business-time';
import { reportByKey } from './catalog';
import type { CrmReport } from './crm-report';
import { mayRunReport } from './report-access';
import type { ReportQueryContext } from './report-context';
import { resolveReferences } from './report-references';
import { streamWorkbookInThread } from './threaded-workbook';

/** A paged report shows this many rows on screen unless it says otherwise; the workbook holds them all. */
const DEFAULT_SCREEN_ROWS = 500;
/** A paged report written into an uploaded template is held whole: at most this many rows. */
const TEMPLATE_ROW_LIMIT = 100_000;

export interface ReportRun {
  report: CrmReport;
  parameters: ReportParameters;
  context: ReportQueryContext;
  /** the parameters as the heading shows them */
  parameterLines: ParameterLine[];
  locale: Locale;
  company: string | null;
  generatedAt: Date;
  /** the record's single values, for a report of one record */
  details: ReportRow | null;
}

/** The report the caller may run: 404 for an unknown key, 403 when it shows what they may not read. */
export function reportFor(visibility: Visibility, key: string): CrmReport {
  const report = reportByKey(key);
  if (!report) throw new errors.NotFoundError('Звіт не знайдено');
  if (!mayRunReport(visibility, report)) throw new errors.ForbiddenError('Цей звіт показує дані, до яких ви не маєте доступу');
  return report;
}

/** `from` and `to` at the top of the query are the period's ends (`?from=2026-11-01&to=2026-11-30`). */
function withPeriodEnds(raw: Record<string, unknown>): Record<string, unknown> {
  const { from, to, ...rest } = raw;
  if (from === undefined && to === undefined) return raw;
  const period = typeof rest.period === 'object' && rest.period !== null ? (rest.period as Record<string, unknown>) : {};
  return { ...rest, period: { ...period, ...(from !== undefined ? { from } : {}), ...(to !== undefined ? { to } : {}) } };
}

/** Checks the parameters (each bad one named in one 400), finds the records they name, and gets the run ready. */
export async function prepareRun(strapi: Core.Strapi, visibility: Visibility, key: string, raw: Record<string, unknown>, locale: Locale): Promise<ReportRun> {
  const report = reportFor(visibility, key);
  const definition = report.definition;
  let parameters: ReportParameters;
  try {
    parameters = readReportParameters(definition, withPeriodEnds(raw));
  } catch (error) {
    if (error instanceof DomainValidationError) throw toValidationError(error.details);
    throw error;
  }
  const references = await resolveReferences(strapi, visibility, definition, parameters);
  if (references.issues.length > 0) throw toValidationError(references.issues);
  const { timeZone } = businessTime(strapi);
  const generatedAt = new Date();
  const context: ReportQueryContext = {
    strapi,
    visibility,
    timeZone,
    today: localDateOf(generatedAt, timeZone),
    ids: (parameterKey) => references.ids[parameterKey] ?? null,
  };
  return {
    report,
    parameters,
    context,
    details: report.details ? await report.details(parameters, context) : null,
    parameterLines: describeReportParameters(definition, parameters, { locale, names: references.names }),
    locale,
    company: (strapi.config.get('company.name') as string) || null,
    generatedAt,
  };
}

/** All rows of every sheet: the query's, or a paged report's pages up to `limit` rows. */
async function rowsOf(run: ReportRun, limit: number): Promise<{ sheets: ReportRow[][]; truncated: boolean }> {
  const definition = run.report.definition;
  if (definition.query) return { sheets: await definition.query(run.parameters, run.context), truncated: false };
  const rows: ReportRow[] = [];
  for await (const page of definition.pages!(run.parameters, run.context)) {
    for (const row of page) {
      if (rows.length === limit) return { sheets: [rows], truncated: true };
      rows.push(row);
    }
  }
  return { sheets: [rows], truncated: false };
}

function refuseOverfullSheets(sheets: readonly ReportRow[][]) {
  const index = sheets.findIndex((rows) => rows.length >= EXCEL_MAX_ROWS - 100);
  if (index >= 0) throw toValidationError([issue('period', 'report.tooManyRows', { max: EXCEL_MAX_ROWS })]);
}

export interface ReportScreen {
  key: string;
  title: string;
  parameters: ParameterLine[];
  generatedAt: string;
  sheets: ReportTable[];
  /** a paged report shows its first rows on screen; the workbook has all of them */
  truncated: boolean;
  /** the record's single values with a value, for a report of one record */
  details: Array<{ field: string; caption: string; text: string }>;
}

/** The report as the page shows it: every sheet as a table with groups, totals and chart points. */
export async function reportScreen(run: ReportRun): Promise<ReportScreen> {
  const definition = run.report.definition;
  const { sheets, truncated } = await rowsOf(run, run.report.screenRows ?? DEFAULT_SCREEN_ROWS);
  refuseOverfullSheets(sheets);
  return {
    key: definition.key,
    title: definition.title[run.locale] || definition.title.uk,
    parameters: run.parameterLines,
    generatedAt: run.generatedAt.toISOString(),
    sheets: definition.sheets.map((sheet, index) =>
      buildReportTable(sheet, sheets[index] ?? [], { locale: run.locale, timeZone: run.context.timeZone, path: `sheets[${index}].rows` }),
    ),
    truncated,
    details: detailLines(prepareDetails(definition, run.details, run.locale, run.context.timeZone)),
  };
}

const renderInput = (run: ReportRun) => ({
  parameters: run.parameterLines,
  details: run.details,
  company: run.company,
  generatedAt: run.generatedAt,
  timeZone: run.context.timeZone,
  locale: run.locale,
});

/**
 * The workbook: written into the company's template when one is on, else into the report's own built-in
 * template if it has one (the invoice form), else in the standard layout. A paged
 * report in the standard layout is streamed (rows read from the database as the file is written, memory
 * flat); the result is a Buffer or a stream to answer with.
 */
export async function reportWorkbook(run: ReportRun, uploaded: Buffer | null): Promise<Buffer | PassThrough> {
  const definition = run.report.definition;
  const template = uploaded ?? (run.report.defaultTemplate ? await run.report.defaultTemplate() : null);
  if (template) {
    const { sheets, truncated } = await rowsOf(run, TEMPLATE_ROW_LIMIT);
    if (truncated) throw toValidationError([issue('period', 'report.tooManyRows', { max: TEMPLATE_ROW_LIMIT })]);
    return fillReportTemplate(definition, template, { sheets, ...renderInput(run) });
  }
  if (definition.query) {
    const sheets = await definition.query(run.parameters, run.context);
    refuseOverfullSheets(sheets);
    return renderReportXlsx(definition, { sheets, ...renderInput(run) });
  }
  const output = new PassThrough();
  streamPagedWorkbook(run, output).catch((error) => output.destroy(error));
  return output;
}

/**
 * A paged report's workbook written to `output` as its pages are read, laid out in a worker thread of its own
 * (threaded-workbook.ts); resolves when the file is complete.
 */
export function streamPagedWorkbook(run: ReportRun, output: Writable): Promise<ReportStreamSummary> {
  const definition = run.report.definition;
  return streamWorkbookInThread(definition, { rowPages: definition.pages!(run.parameters, run.context), output, ...renderInput(run) });
}

/** «Обсяг і структура продажів 2026-11-01—2026-11-30.xlsx» */
export function workbookFileName(run: ReportRun): string {
  const title = run.report.definition.title[run.locale] || run.report.definition.title.uk;
  const period = run.parameters.period as { from: string; to: string } | null | undefined;
  return `${title}${period ? ` ${period.from}—${period.to}` : ''}.xlsx`.replace(/[\\/:*?"<>|]+/g, ' ');
}
