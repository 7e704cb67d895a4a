import * as React from 'react';
import { useFetchClient, useForm } from '@strapi/strapi/admin';
import { chosenCounterparty, TYPES_WITH_CONTACT_OF_COUNTERPARTY } from '../../domain/chronicle/contact-picker';
import { ContactPickerScope, withContactPickerScope } from './contact-picker-url';

/**
 * The contact-person picker of an interaction, a request or a complaint offers only the contacts of the
 * counterparty chosen in the form (the server narrows it: src/search/contact-picker.ts).
 *
 * Strapi's relation input builds the picker's request itself (Relations.tsx: the model, the field, the
 * page's query, the typed text) and takes no extra parameter from outside; its query runs through the
 * admin's fetch client, which calls the browser's `fetch`. So the form's counterparty joins the request
 * there, the one place every picker request passes: only the contact-person picker of the type on screen,
 * and only while its form has a counterparty. Everything else goes out as Strapi sent it.
 */

/** The form on screen and its counterparty, kept by useContactPickerScope. */
let scope: ContactPickerScope | null = null;
let installed = false;

/** Called once from the panel's bootstrap. */
export function installContactPickerScope(): void {
  if (installed || typeof window === 'undefined' || typeof window.fetch !== 'function') return;
  installed = true;
  const original = window.fetch.bind(window);
  window.fetch = (input: RequestInfo | URL, init?: RequestInit) => original(typeof input === 'string' ? withContactPickerScope(input, scope) : input, init);
}

/**
 * Inside the edit view's form: which counterparty the form holds now. A stored record's counterparty is
 * not in the form's values (the content manager keeps only the changes of a relation there), so it is read
 * once per saved version of the record, as the relation input itself reads it.
 */
export function useContactPickerScope(model: string, documentId: string | undefined, savedAt: unknown): void {
  const enabled = TYPES_WITH_CONTACT_OF_COUNTERPARTY.includes(model);
  const { get } = useFetchClient();
  const formValue: unknown = useForm('VitryloFormHelpers', (state: any) => state.values?.counterparty);
  const [stored, setStored] = React.useState<string | null>(null);
  React.useEffect(() => {
    setStored(null);
    if (!enabled || !documentId) return undefined;
    let current = true;
    get<{ results?: Array<{ documentId?: string }> }>(`/content-manager/relations/${model}/${documentId}/counterparty`, { params: { page: 1, pageSize: 1 } })
      .then(({ data }) => {
        if (current) setStored(data?.results?.[0]?.documentId ?? null);
      })
      .catch(() => undefined);
    return () => {
      current = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [enabled, model, documentId, savedAt]);
  const counterparty = enabled ? chosenCounterparty(formValue, stored) : null;
  React.useEffect(() => {
    scope = enabled ? { model, counterparty } : null;
    return () => {
      scope = null;
    };
  }, [enabled, model, counterparty]);
}
