import * as React from 'react';
import { useIntl } from 'react-intl';
import { DatePicker, TimePicker } from '@strapi/design-system';

/**
 * Date and time boxes in the panel's language, not the browser's: a native <input type="date"> or "time"
 * speaks the browser's locale (headless chromium's is en-US: 11/29/2026, 02:05 PM), while a Ukrainian panel
 * must read 29.11.2026 and 14:05. Both take and give the plain values a form keeps: a local date
 * '2026-11-29' and a time '14:05' ('' for none).
 */

const two = (n: number) => String(n).padStart(2, '0');

/** '2026-11-29' as the picker's Date: noon, so no time zone moves it to another day. */
const dateOf = (value: string): Date | undefined => (/^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T12:00:00`) : undefined);
const localDate = (date: Date) => `${date.getFullYear()}-${two(date.getMonth() + 1)}-${two(date.getDate())}`;

interface DateInputProps {
  value: string;
  onChange(value: string): void;
  name?: string;
  label?: string;
  size?: 'S' | 'M';
  /** a clear button, which gives '' */
  clearable?: boolean;
}

export function LocalDateInput({ value, onChange, name, label, size, clearable }: DateInputProps) {
  const { locale, formatMessage } = useIntl();
  return (
    <DatePicker
      name={name}
      aria-label={label}
      placeholder={label}
      locale={locale}
      size={size}
      value={dateOf(value)}
      onChange={(next?: Date) => onChange(next ? localDate(next) : '')}
      onClear={clearable ? () => onChange('') : undefined}
      clearLabel={formatMessage({ id: 'vitrylo.kit.date.clear' })}
      calendarLabel={formatMessage({ id: 'vitrylo.kit.date.calendar' })}
      monthSelectLabel={formatMessage({ id: 'vitrylo.kit.date.month' })}
      yearSelectLabel={formatMessage({ id: 'vitrylo.kit.date.year' })}
    />
  );
}

/** '14:05' in 24 hours; the design system's picker formats with the panel's locale (Strapi's provider). */
export function TimeInput({ value, onChange, name, label }: { value: string; onChange(value: string): void; name?: string; label?: string }) {
  return <TimePicker name={name} aria-label={label} value={value || undefined} step={15} onChange={(next?: string) => onChange(next ?? '')} />;
}
