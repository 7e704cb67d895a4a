/**
 * What the person typed survives a save the server refused (issue: "a failed save loses what was typed").
 *
 * Why the form resets in Strapi 5.54: the content manager's update mutation (services/documents) patches the
 * cached document with the sent data at once ("optimistic update") and undoes the patch when the server
 * answers 400. Each change of the cached document gives the edit view new initial values, and the admin's
 * <Form> replaces its values with new initial values (SET_INITIAL_VALUES). So after the undo the form shows
 * the stored record again; the errors Strapi set from the 400 stay, on fields that no longer hold what was
 * refused. The undo and the reset land a render or two after the save has ended, so they cannot be caught
 * at the save itself.
 *
 * This is the rule, apart from React (FormHelpers.tsx feeds it every form state): remember the person's
 * values; when a save ends with errors and the form is then reset to the very record it started from (the
 * server kept nothing), put the remembered values back. A reset to other initial values (the record was
 * really saved or changed) is left alone.
 */

export interface FormState {
  values: unknown;
  /** the form's initial values; after a reset `values` is this very object */
  initialValues: unknown;
  submitting: boolean;
  /** the form holds errors (the server's or its own validation) */
  hasErrors: boolean;
}

export interface TypedMemory {
  phase: 'editing' | 'saving' | 'refused';
  /** the person's latest values */
  typed: unknown;
  /** the initial values when the save began: the stored record */
  base: unknown;
}

export interface Observed {
  memory: TypedMemory;
  /** values to put back into the form, when the form was just reset after a refused save */
  restore?: unknown;
}

/** Deep equality of form values (plain objects, arrays, strings, numbers, booleans, null, dates). */
export function sameValues(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (a instanceof Date || b instanceof Date) return a instanceof Date && b instanceof Date && a.getTime() === b.getTime();
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) return a.length === (b as unknown[]).length && a.every((item, index) => sameValues(item, (b as unknown[])[index]));
  // a key holding undefined is the same as no key (Strapi's form drops nulls to undefined)
  const keysA = Object.keys(a).filter((key) => (a as any)[key] !== undefined);
  const keysB = Object.keys(b).filter((key) => (b as any)[key] !== undefined);
  if (keysA.length !== keysB.length) return false;
  return keysA.every((key) => sameValues((a as any)[key], (b as any)[key]));
}

/** The next memory after one form state. */
export function observeForm(memory: TypedMemory | null, form: FormState): Observed {
  if (form.submitting) {
    if (!memory || memory.phase !== 'saving') return { memory: { phase: 'saving', typed: form.values, base: form.initialValues } };
    // inputs flushed just before the request still count; once the cached record was patched they are its echo
    if (form.initialValues === memory.base) return { memory: { ...memory, typed: form.values } };
    return { memory };
  }
  if (memory?.phase === 'saving') {
    if (!form.hasErrors) return { memory: editing(form) };
    memory = { ...memory, phase: 'refused' };
  }
  if (!memory || memory.phase === 'editing') return { memory: editing(form) };

  // refused: the form is either the person's (values of its own) or reset to some initial values
  if (form.values !== form.initialValues) return { memory: { ...memory, typed: form.values } };
  if (sameValues(form.initialValues, memory.base) && !sameValues(form.values, memory.typed)) return { memory, restore: memory.typed };
  // the patched record of the failed save, or the same values: wait for what comes next
  return { memory };
}

const editing = (form: FormState): TypedMemory => ({ phase: 'editing', typed: form.values, base: form.initialValues });
