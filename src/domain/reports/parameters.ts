import { DomainValidationError, FieldIssue } from '../errors';
import { describeDateSpan, formatDateSpan, formatLocalDate } from '../format';
import type { Locale } from '../messages/locale';
import { issue } from '../messages/render';
import { DateSpan, daysBetween, parseLocalDate } from '../time';
import type { EnumParameter, ParameterDefinition, ParameterKind, ParameterValue, ReportDefinition, ReportParameters } from './definition';
import { captionIn } from './labels';

/**
 * Parameters arrive as the request gives them (a query string parsed by qs, a JSON body): strings,
 * lists, `{ from, to }` objects. Each is checked against its definition; every bad one is named in one
 * DomainValidationError, so the form can mark them all at once.
 */

const DEFAULT_TEXT_LENGTH = 200;
/** documentIds, numeric ids: letters, digits, '-' and '_'. */
const RECORD_ID = /^[A-Za-z0-9_-]{1,64}$/;
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

const isBlank = (value: unknown) =>
  value === undefined || value === null || (typeof value === 'string' && value.trim() === '') || (Array.isArray(value) && value.length === 0);

/** 'a,b' and ['a', 'b'] alike; null when the shape is wrong. */
function readList(value: unknown): string[] | null {
  const items = Array.isArray(value) ? value : typeof value === 'string' ? value.split(',') : [value];
  const texts: string[] = [];
  for (const item of items) {
    if (typeof item === 'number' && Number.isSafeInteger(item) && item > 0) texts.push(String(item));
    else if (typeof item === 'string') {
      if (item.trim() !== '') texts.push(item.trim());
    } else return null;
  }
  return Array.from(new Set(texts));
}

function readPeriod(definition: ParameterDefinition & { kind: 'period' }, value: unknown, issues: FieldIssue[]): DateSpan | null {
  const key = definition.key;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    issues.push(issue(key, 'type.object'));
    return null;
  }
  const { from, to } = value as Record<string, unknown>;
  const dates: Partial<DateSpan> = {};
  for (const [end, raw] of [['from', from], ['to', to]] as const) {
    if (isBlank(raw)) issues.push(issue(`${key}.${end}`, 'required'));
    else {
      const parsed = parseLocalDate(raw);
      if (parsed.ok) dates[end] = parsed.value;
      else issues.push(issue(`${key}.${end}`, 'type.localDate'));
    }
  }
  if (!dates.from || !dates.to) return null;
  if (dates.to < dates.from) {
    issues.push(issue(`${key}.to`, 'period.toBeforeFrom'));
    return null;
  }
  if (definition.maxDays !== undefined && daysBetween(dates.from, dates.to) + 1 > definition.maxDays) {
    issues.push(issue(key, 'report.periodTooLong', { max: definition.maxDays }));
    return null;
  }
  return { from: dates.from, to: dates.to };
}

function readChoices(definition: ParameterDefinition & { multiple?: boolean }, value: unknown, valid: (item: string) => boolean, failure: () => FieldIssue, issues: FieldIssue[]): string | string[] | null {
  const list = readList(value);
  if (list === null || (!definition.multiple && list.length > 1) || list.some((item) => !valid(item))) {
    issues.push(failure());
    return null;
  }
  return definition.multiple ? list : list[0];
}

function readText(definition: ParameterDefinition & { kind: 'text' }, value: unknown, issues: FieldIssue[]): string | null {
  if (typeof value !== 'string') {
    issues.push(issue(definition.key, 'type.string'));
    return null;
  }
  const text = value.trim();
  const max = definition.maxLength ?? DEFAULT_TEXT_LENGTH;
  if (text.length > max) issues.push(issue(definition.key, 'text.tooLong', { max }));
  else if (CONTROL_CHARACTERS.test(text)) issues.push(issue(definition.key, 'text.controlCharacters'));
  else return text;
  return null;
}

function readOne(definition: ParameterDefinition, value: unknown, issues: FieldIssue[]): ParameterValue {
  switch (definition.kind) {
    case 'period':
      return readPeriod(definition, value, issues);
    case 'date': {
      const parsed = parseLocalDate(value);
      if (parsed.ok) return parsed.value;
      issues.push(issue(definition.key, 'type.localDate'));
      return null;
    }
    case 'enum': {
      const values = definition.options.map((option) => option.value);
      return readChoices(definition, value, (item) => values.includes(item), () => issue(definition.key, 'request.oneOf', { values: values.join(', ') }), issues);
    }
    case 'text':
      return readText(definition, value, issues);
    default:
      return readChoices(definition, value, (item) => RECORD_ID.test(item), () => issue(definition.key, 'query.documentId'), issues);
  }
}

/**
 * The checked parameters of a run: every declared parameter is present, null when not given (an enum's
 * default when it has one). Throws a DomainValidationError naming each bad or missing parameter
 * ('period.from: must be a date YYYY-MM-DD') and each key the report does not declare — the caller
 * passes only the report's parameters, so a misspelt filter is refused instead of silently ignored.
 */
export function readReportParameters<P extends ReportParameters>(definition: ReportDefinition<P, any, any>, raw: Record<string, unknown>): P {
  const issues: FieldIssue[] = [];
  const values: ReportParameters = {};
  const declared = new Set(definition.parameters.map((parameter) => parameter.key));
  for (const key of Object.keys(raw ?? {})) {
    if (!declared.has(key)) issues.push(issue(key, 'report.unknownParameter'));
  }
  for (const parameter of definition.parameters) {
    let value = raw?.[parameter.key];
    if (isBlank(value) && parameter.kind === 'enum' && parameter.default !== undefined) value = parameter.default;
    if (isBlank(value)) {
      if (parameter.required) issues.push(issue(parameter.key, 'required'));
      values[parameter.key] = null;
      continue;
    }
    values[parameter.key] = readOne(parameter, value, issues);
  }
  if (issues.length > 0) throw new DomainValidationError(issues);
  return values as P;
}

/** A parameter as the report's heading shows it: «Період: листопад 2026». */
export interface ParameterLine {
  caption: string;
  text: string;
  key?: string;
  kind?: ParameterKind;
}

export interface DescribeParametersOptions {
  locale?: Locale;
  /** Names of the chosen records by parameter key (ids are all the engine knows): { manager: 'Петренко О.' }. */
  names?: Record<string, string | readonly string[]>;
}

function optionCaption(definition: EnumParameter, value: string, locale: Locale): string {
  const option = definition.options.find((o) => o.value === value);
  return option ? captionIn(option.caption, locale) : value;
}

function describeValue(definition: ParameterDefinition, value: Exclude<ParameterValue, null>, options: DescribeParametersOptions, locale: Locale): string {
  const list = Array.isArray(value) ? value : [value as string];
  switch (definition.kind) {
    case 'period':
      // A whole month reads 'листопад 2026' in Ukrainian; English keeps the dates.
      return locale === 'uk' ? describeDateSpan(value as DateSpan) : formatDateSpan(value as DateSpan);
    case 'date':
      return formatLocalDate(value as string);
    case 'enum':
      return list.map((item) => optionCaption(definition, item, locale)).join(', ');
    case 'text':
      return value as string;
    default: {
      const names = options.names?.[definition.key];
      if (names === undefined) return list.join(', ');
      return (Array.isArray(names) ? names : [names]).join(', ');
    }
  }
}

/** The given parameters as heading lines, in the definition's order; parameters not given are left out. */
export function describeReportParameters(definition: ReportDefinition<any, any, any>, values: ReportParameters, options: DescribeParametersOptions = {}): ParameterLine[] {
  const locale = options.locale ?? 'uk';
  const lines: ParameterLine[] = [];
  for (const parameter of definition.parameters) {
    const value = values[parameter.key];
    if (value === null || value === undefined || (Array.isArray(value) && value.length === 0)) continue;
    lines.push({ key: parameter.key, kind: parameter.kind, caption: captionIn(parameter.caption, locale), text: describeValue(parameter, value, options, locale) });
  }
  return lines;
}

/** «Період: листопад 2026» */
export function parameterLineText(line: ParameterLine): string {
  return `${line.caption}: ${line.text}`;
}
