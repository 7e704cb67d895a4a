import * as React from 'react';
import { useLocation } from 'react-router-dom';
import { useFetchClient, useForm } from '@strapi/strapi/admin';
import type { PanelComponent } from '@strapi/content-manager/strapi-admin';
import { newInteractionDefaults } from '../../domain/chronicle/form-defaults';
import { fillLineFromProduct } from '../../domain/money/product-fill';
import { LINE_SUMMARY_FIELD, lineSummary } from '../../domain/documents/line-summary';
import { connectValue, prefillFrom } from './prefill';
import { useContactPickerScope } from './contact-picker';
import { observeForm, sameValues, TypedMemory } from './typed-values';

/**
 * The edit view's form rules on the panel's side, the same the server applies (issue 9, "forms that help"):
 * - a new interaction opens dated now; while its state is left as it is, it follows the date (planned in
 *   the future, done otherwise); "Додати контакт" on a card fills in the client and its contact person;
 * - a new inbound request opens with its received time now;
 * - picking a product on an invoice's or contract's line fills the line's price, unit, VAT rate and
 *   description where they are empty, and a line's heading follows what is typed into it (line-headings.ts);
 * - the contact-person picker of an interaction, a request or a complaint offers the contacts of the
 *   counterparty chosen in the form (contact-picker.ts);
 * - a save the server refused (400 naming a field) keeps what the person typed, next to the message
 *   (typed-values.ts says why Strapi's form would reset).
 * Not a panel to look at: it renders nothing and works inside the edit view's form.
 */

const INTERACTION = 'api::interaction.interaction';
const REQUEST = 'api::inbound-request.inbound-request';
const WITH_LINES = new Set(['api::invoice.invoice', 'api::contract.contract']);

type Change = (field: string, value: unknown) => void;

function useNewInteraction(enabled: boolean, onChange: Change) {
  const location = useLocation();
  const occurredAt = useForm('VitryloFormHelpers', (state: any) => state.values?.occurredAt);
  const state = useForm('VitryloFormHelpers', (state: any) => state.values?.state);
  const lastAuto = React.useRef<string | null>(null);
  React.useEffect(() => {
    if (!enabled) return;
    lastAuto.current = null;
    const prefill = prefillFrom(location.state);
    if (prefill) {
      onChange('counterparty', connectValue('api::counterparty.counterparty', prefill.counterparty, 'name'));
      if (prefill.contactPerson) onChange('contactPerson', connectValue('api::contact-person.contact-person', prefill.contactPerson, 'fullName'));
    }
    const defaults = newInteractionDefaults({ occurredAt, state: null }, new Date());
    if (defaults.occurredAt) onChange('occurredAt', defaults.occurredAt);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [enabled, location.key]);
  React.useEffect(() => {
    if (!enabled || !occurredAt) return;
    // the state follows the date until the person picks one themselves (Strapi's default "done" counts as untouched)
    const untouched = !state || state === lastAuto.current || (lastAuto.current === null && state === 'done');
    if (!untouched) return;
    const next = newInteractionDefaults({ occurredAt, state: null }, new Date()).state ?? null;
    lastAuto.current = next;
    if (next && next !== state) onChange('state', next);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [enabled, occurredAt]);
}

function useNewRequest(enabled: boolean, onChange: Change) {
  const location = useLocation();
  const receivedAt = useForm('VitryloFormHelpers', (state: any) => state.values?.receivedAt);
  React.useEffect(() => {
    if (enabled && !receivedAt) onChange('receivedAt', new Date().toISOString());
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [enabled, location.key]);
}

/** The documentId of a product picked on a line in this form (not yet saved). */
const pickedProduct = (line: any): string | null => line?.product?.connect?.[0]?.apiData?.documentId ?? null;

function useLinesFromProducts(enabled: boolean, onChange: Change) {
  const { get } = useFetchClient();
  const values: unknown = useForm('VitryloFormHelpers', (state: any) => state.values?.lines);
  const lines: any[] = enabled && Array.isArray(values) ? values : [];
  const handled = React.useRef(new Map<string, string>());
  const picks = lines.map((line, index) => ({ index, key: String(line?.__temp_key__ ?? index), product: pickedProduct(line), line }));
  const signature = picks.map((pick) => `${pick.key}:${pick.product ?? ''}`).join('|');
  React.useEffect(() => {
    for (const pick of picks) {
      if (!pick.product || handled.current.get(pick.key) === pick.product) continue;
      handled.current.set(pick.key, pick.product);
      get<{ data: Record<string, any> }>(`/content-manager/collection-types/api::product.product/${pick.product}`)
        .then(({ data }) => {
          const product = data.data;
          const filled = fillLineFromProduct(pick.line, { name: product.name, unit: product.unit, price: product.price, vatRate: product.vatRate });
          for (const field of ['price', 'unit', 'description', 'vatRate']) {
            if (filled[field] !== pick.line[field]) onChange(`lines.${pick.index}.${field}`, field === 'price' ? Number(filled[field]) : filled[field]);
          }
        })
        .catch(() => undefined);
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [signature]);
}

/** What a line's heading is made of (domain/documents/line-summary.ts). */
const SUMMARY_INPUTS = ['description', 'quantity', 'unit', 'price', 'discount', 'vatRate'];

/**
 * A line the person changed (or added) gets its heading from what it holds now; a line as it was loaded
 * keeps the one the server gave, so opening a record never marks the form changed.
 */
function useLineSummaries(enabled: boolean, onChange: Change) {
  const lines: unknown = useForm('VitryloFormHelpers', (state: any) => state.values?.lines);
  const initialLines: unknown = useForm('VitryloFormHelpers', (state: any) => state.initialValues?.lines);
  const currency: unknown = useForm('VitryloFormHelpers', (state: any) => state.values?.currency);
  const initialCurrency: unknown = useForm('VitryloFormHelpers', (state: any) => state.initialValues?.currency);
  React.useEffect(() => {
    if (!enabled || !Array.isArray(lines)) return;
    const loaded = new Map((Array.isArray(initialLines) ? initialLines : []).map((line: any) => [line?.__temp_key__, line]));
    lines.forEach((line: any, index: number) => {
      if (!line || typeof line !== 'object') return;
      const before = loaded.get(line.__temp_key__);
      const untouched = before && currency === initialCurrency && SUMMARY_INPUTS.every((field) => sameValues(line[field], before[field]));
      if (untouched) return;
      const heading = lineSummary(line, currency);
      if (heading !== line[LINE_SUMMARY_FIELD]) onChange(`lines.${index}.${LINE_SUMMARY_FIELD}`, heading);
    });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [enabled, lines, initialLines, currency, initialCurrency]);
}

/** After a refused save, the form's values go back to what was typed (every type, new or stored). */
function useTypedValuesKept() {
  const values = useForm('VitryloFormHelpers', (state: any) => state.values);
  const initialValues = useForm('VitryloFormHelpers', (state: any) => state.initialValues);
  const submitting = useForm('VitryloFormHelpers', (state: any) => state.isSubmitting) as boolean;
  const hasErrors = useForm('VitryloFormHelpers', (state: any) => Object.keys(state.errors ?? {}).length > 0) as boolean;
  const setValues = useForm('VitryloFormHelpers', (state: any) => state.setValues) as (values: unknown) => void;
  const memory = React.useRef<TypedMemory | null>(null);
  React.useEffect(() => {
    const observed = observeForm(memory.current, { values, initialValues, submitting, hasErrors });
    memory.current = observed.memory;
    if (observed.restore !== undefined) setValues(observed.restore);
  }, [values, initialValues, submitting, hasErrors, setValues]);
}

/**
 * Rendered by the content manager as a side panel inside the edit view's form, it draws nothing (no
 * panel): its hooks run the rules. Every hook runs on every page, switched on by the page's type, so the
 * hooks stay the same when the view moves from one record to another.
 */
export const FormHelpersPanel: PanelComponent = ({ model, documentId, document }) => {
  const onChange = useForm('VitryloFormHelpers', (state: any) => state.onChange) as Change;
  const creating = !documentId;
  useNewInteraction(model === INTERACTION && creating, onChange);
  useNewRequest(model === REQUEST && creating, onChange);
  useLinesFromProducts(WITH_LINES.has(model), onChange);
  useLineSummaries(WITH_LINES.has(model), onChange);
  useContactPickerScope(model, documentId, (document as { updatedAt?: unknown } | undefined)?.updatedAt);
  useTypedValuesKept();
  return null;
};
FormHelpersPanel.displayName = 'FormHelpersPanel';
