import * as React from 'react';
import { useIntl } from 'react-intl';
import { Combobox, ComboboxOption, Flex, Tag } from '@strapi/design-system';
import { Cross } from '@strapi/icons';
import { useFetchClient } from '@strapi/strapi/admin';
import { REFERENCE_LISTS, referenceListUrl } from './reports-api';

/** A record a reference parameter names: its documentId (what the report gets) and its name (what the form shows). */
export interface Choice {
  documentId: string;
  label: string;
}

type SearchState = 'idle' | 'loading' | 'forbidden' | 'error';

const PAGE_SIZE = 20;

/**
 * Searches the records of a reference parameter (employees, departments, counterparties, product groups)
 * through the content manager's own list, so a person finds only what they may read there; one record, or
 * several shown as tags under the box.
 */
export function RecordPicker({ kind, multiple, value, onChange, name, hasError }: { kind: string; multiple: boolean; value: Choice[]; onChange(next: Choice[]): void; name: string; hasError?: boolean }) {
  const { formatMessage } = useIntl();
  const { get } = useFetchClient();
  const list = REFERENCE_LISTS[kind];
  const [text, setText] = React.useState(!multiple && value[0] ? value[0].label : '');
  const [query, setQuery] = React.useState<string | null>(null);
  const [options, setOptions] = React.useState<Choice[]>([]);
  const [state, setState] = React.useState<SearchState>('idle');

  React.useEffect(() => {
    if (query === null || !list) return undefined;
    let current = true;
    const timer = setTimeout(() => {
      setState('loading');
      const params = new URLSearchParams({ page: '1', pageSize: String(PAGE_SIZE), sort: `${list.field}:ASC` });
      if (query.trim()) params.set('_q', query.trim());
      get<{ results: Array<Record<string, unknown>> }>(referenceListUrl(list.uid), { params: params.toString() })
        .then((response) => {
          if (!current) return;
          setOptions(response.data.results.map((record) => ({ documentId: String(record.documentId), label: String(record[list.field] ?? record.documentId) })));
          setState('idle');
        })
        .catch((error: any) => {
          if (!current) return;
          setOptions([]);
          setState((error?.status ?? error?.response?.status) === 403 ? 'forbidden' : 'error');
        });
    }, 250);
    return () => {
      current = false;
      clearTimeout(timer);
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [query, kind]);

  const chosen = new Set(value.map((choice) => choice.documentId));
  const shown = multiple ? options.filter((option) => !chosen.has(option.documentId)) : options;
  const pick = (documentId: string | undefined) => {
    const option = options.find((candidate) => candidate.documentId === documentId);
    if (!option) {
      if (!multiple && !documentId) onChange([]);
      return;
    }
    if (multiple) {
      onChange([...value, option]);
      setText('');
    } else {
      onChange([option]);
      setText(option.label);
    }
  };

  return (
    <Flex direction="column" alignItems="stretch" gap={2}>
      <Combobox
        name={name}
        hasError={hasError}
        autocomplete={{ type: 'list', filter: 'contains' }}
        value={multiple ? '' : (value[0]?.documentId ?? '')}
        textValue={text}
        onTextValueChange={(next: string) => setText(next)}
        onInputChange={(event: React.ChangeEvent<HTMLInputElement>) => setQuery(event.currentTarget.value)}
        onOpenChange={(open: boolean) => open && setQuery(text === (value[0]?.label ?? null) ? '' : text)}
        onChange={pick}
        onClear={() => {
          setText('');
          setQuery('');
          if (!multiple) onChange([]);
        }}
        placeholder={formatMessage({ id: multiple && value.length > 0 ? 'vitrylo.reports.search' : 'vitrylo.reports.any' })}
        loading={state === 'loading'}
        loadingMessage={formatMessage({ id: 'vitrylo.kit.loading' })}
        noOptionsMessage={() => formatMessage({ id: state === 'forbidden' ? 'vitrylo.reports.search.forbidden' : state === 'error' ? 'vitrylo.kit.error' : 'vitrylo.reports.search.none' })}
        clearLabel={formatMessage({ id: 'vitrylo.reports.search.clear' })}
      >
        {shown.map((option) => (
          <ComboboxOption key={option.documentId} value={option.documentId} textValue={option.label}>
            {option.label}
          </ComboboxOption>
        ))}
      </Combobox>
      {multiple && value.length > 0 ? (
        <Flex gap={2} wrap="wrap">
          {value.map((choice) => (
            <Tag
              key={choice.documentId}
              icon={<Cross aria-hidden />}
              label={formatMessage({ id: 'vitrylo.reports.remove' }, { name: choice.label })}
              onClick={() => onChange(value.filter((other) => other.documentId !== choice.documentId))}
            >
              {choice.label}
            </Tag>
          ))}
        </Flex>
      ) : null}
    </Flex>
  );
}
