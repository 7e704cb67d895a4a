import { FormState, observeForm, sameValues, TypedMemory } from '../../src/admin/card/typed-values';
import { withContactPickerScope } from '../../src/admin/card/contact-picker-url';
import { withLineHeadings } from '../../src/admin/card/line-headings';
import { chosenCounterparty, counterpartyParameter, isContactPickerOfCounterparty } from '../../src/domain/chronicle';
import { lineSummary } from '../../src/domain/documents/line-summary';
import { applyViewPreset } from '../../src/content-manager-views/apply-view-preset';
import { CONTACT_OF_COUNTERPARTY_HINT } from '../../src/type-meta/shared-captions';

const NBSP = '\u00a0';

describe('a refused save keeps what was typed', () => {
  /** Feeds the states one after another, as the panel sees them render by render; returns every restore asked. */
  function run(states: FormState[]): unknown[] {
    let memory: TypedMemory | null = null;
    const restores: unknown[] = [];
    for (const state of states) {
      const observed = observeForm(memory, state);
      memory = observed.memory;
      if (observed.restore !== undefined) restores.push(observed.restore);
    }
    return restores;
  }
  const stored = { edrpou: '14360570', phone: '+380441234567', contacts: { connect: [], disconnect: [] } };
  const typed = { ...stored, edrpou: '12345678', phone: '+380501112233' };
  // what the form shows while the failed request is out: the cached record patched with the sent data
  const patched = { ...typed, contacts: { connect: [], disconnect: [] } };
  const storedAgain = JSON.parse(JSON.stringify(stored)); // the undo gives an equal record, not the same object

  test('the reset after the 400 (optimistic patch, then its undo) is answered with the typed values', () => {
    expect(
      run([
        { values: stored, initialValues: stored, submitting: false, hasErrors: false },
        { values: typed, initialValues: stored, submitting: false, hasErrors: false },
        { values: typed, initialValues: stored, submitting: true, hasErrors: false },
        { values: patched, initialValues: patched, submitting: true, hasErrors: false },
        { values: patched, initialValues: patched, submitting: false, hasErrors: true },
        { values: storedAgain, initialValues: storedAgain, submitting: false, hasErrors: true },
      ]),
    ).toEqual([typed]);
  });

  test('the undo may come before the save ends; input flushed at the start of the save counts', () => {
    const flushed = { ...typed, phone: '+380501112234' };
    expect(
      run([
        { values: typed, initialValues: stored, submitting: false, hasErrors: false },
        { values: typed, initialValues: stored, submitting: true, hasErrors: false },
        { values: flushed, initialValues: stored, submitting: true, hasErrors: false },
        { values: patched, initialValues: patched, submitting: true, hasErrors: false },
        { values: storedAgain, initialValues: storedAgain, submitting: true, hasErrors: false },
        { values: storedAgain, initialValues: storedAgain, submitting: false, hasErrors: true },
      ]),
    ).toEqual([flushed]);
  });

  test('edits after the refusal are what a later reset brings back', () => {
    const edited = { ...typed, edrpou: '14360571' };
    expect(
      run([
        { values: typed, initialValues: stored, submitting: true, hasErrors: false },
        { values: typed, initialValues: stored, submitting: false, hasErrors: true },
        { values: edited, initialValues: stored, submitting: false, hasErrors: true },
        { values: storedAgain, initialValues: storedAgain, submitting: false, hasErrors: true },
      ]),
    ).toEqual([edited]);
  });

  test('a successful save, a record changed on the server and the client-side check restore nothing', () => {
    const saved = { ...typed, edrpou: '14360570' };
    expect(
      run([
        { values: saved, initialValues: stored, submitting: true, hasErrors: false },
        { values: saved, initialValues: saved, submitting: false, hasErrors: false },
        { values: saved, initialValues: saved, submitting: false, hasErrors: false },
      ]),
    ).toEqual([]);
    const elsewhere = { ...stored, phone: '+380671234567' };
    expect(
      run([
        { values: typed, initialValues: stored, submitting: true, hasErrors: false },
        { values: typed, initialValues: stored, submitting: false, hasErrors: true },
        { values: elsewhere, initialValues: elsewhere, submitting: false, hasErrors: true },
      ]),
    ).toEqual([]);
    expect(
      run([
        { values: typed, initialValues: stored, submitting: true, hasErrors: false },
        { values: typed, initialValues: stored, submitting: false, hasErrors: true },
        { values: typed, initialValues: stored, submitting: false, hasErrors: true },
      ]),
    ).toEqual([]);
  });

  test('form values compare deeply; a key holding undefined is no key', () => {
    expect(sameValues({ a: [1, { b: 'x' }], c: undefined }, { a: [1, { b: 'x' }] })).toBe(true);
    expect(sameValues({ a: [1, 2] }, { a: [2, 1] })).toBe(false);
    expect(sameValues({ a: null }, { a: undefined })).toBe(false);
    expect(sameValues(new Date(5), new Date(5))).toBe(true);
  });
});

describe('the contact-person picker follows the counterparty of the form', () => {
  const picked = (documentId: string) => ({ connect: [{ id: 7, apiData: { id: 7, documentId, isTemporary: true }, label: 'ТОВ' }], disconnect: [] });

  test('which pickers follow it', () => {
    for (const uid of ['api::interaction.interaction', 'api::inbound-request.inbound-request', 'api::complaint.complaint']) {
      expect(isContactPickerOfCounterparty(uid, 'contactPerson')).toBe(true);
      expect(isContactPickerOfCounterparty(uid, 'counterparty')).toBe(false);
    }
    expect(isContactPickerOfCounterparty('api::invoice.invoice', 'contactPerson')).toBe(false);
  });

  test('the counterparty the form holds: a pick wins, a removal leaves none, otherwise the stored one', () => {
    expect(chosenCounterparty(picked('new1'), 'old1')).toBe('new1');
    expect(chosenCounterparty({ connect: [], disconnect: [{ id: 3 }] }, 'old1')).toBeNull();
    expect(chosenCounterparty({ connect: [], disconnect: [] }, 'old1')).toBe('old1');
    expect(chosenCounterparty(undefined, null)).toBeNull();
    expect(chosenCounterparty({ connect: [{ id: 'pre1', apiData: { documentId: 'pre1' } }] }, null)).toBe('pre1'); // "Додати контакт" prefill
  });

  test('only a documentId is taken as the parameter', () => {
    expect(counterpartyParameter('h8q2k0l1m9n3b4v5c6x7z8a1')).toBe('h8q2k0l1m9n3b4v5c6x7z8a1');
    for (const bad of ['', 'a b', "x' OR 1=1", 'x'.repeat(65), ['a'], { $ne: 'a' }, 5, null]) expect(counterpartyParameter(bad)).toBeNull();
  });

  test('the picker request of the form on screen gets the counterparty; nothing else changes', () => {
    const scope = { model: 'api::interaction.interaction', counterparty: 'cp1' };
    const base = 'http://127.0.0.1:1337/content-manager/relations/api::interaction.interaction';
    expect(withContactPickerScope(`${base}/contactPerson?page=1&_q=`, scope)).toBe(`${base}/contactPerson?page=1&_q=&counterparty=cp1`);
    expect(withContactPickerScope(`${base}/contactPerson`, scope)).toBe(`${base}/contactPerson?counterparty=cp1`);
    expect(withContactPickerScope(`${base}/contactPerson?counterparty=x`, scope)).toBe(`${base}/contactPerson?counterparty=x`);
    // existing relations of a record (three segments), another field, another type, no counterparty chosen
    expect(withContactPickerScope(`${base}/doc1/contactPerson?page=1`, scope)).toBe(`${base}/doc1/contactPerson?page=1`);
    expect(withContactPickerScope(`${base}/counterparty?page=1`, scope)).toBe(`${base}/counterparty?page=1`);
    expect(withContactPickerScope(`${base}/contactPerson?page=1`, { ...scope, model: 'api::complaint.complaint' })).toBe(`${base}/contactPerson?page=1`);
    expect(withContactPickerScope(`${base}/contactPerson?page=1`, { ...scope, counterparty: null })).toBe(`${base}/contactPerson?page=1`);
    expect(withContactPickerScope(`${base}/contactPerson?page=1`, null)).toBe(`${base}/contactPerson?page=1`);
  });

  test('the edit view says so under the contact person (its description, where the admin left it empty)', () => {
    const view = (description: string) => ({
      settings: {},
      metadatas: { contactPerson: { edit: { label: 'contactPerson', description }, list: { label: 'contactPerson' } } },
      layouts: { list: [], edit: [[{ name: 'contactPerson', size: 6 }]] },
    });
    expect(applyViewPreset('api::interaction.interaction', view(''), {}, false).metadatas.contactPerson.edit.description).toBe(CONTACT_OF_COUNTERPARTY_HINT);
    expect(applyViewPreset('api::interaction.interaction', view('Своє'), {}, false).metadatas.contactPerson.edit.description).toBe('Своє');
  });
});

describe('a document line is headed by product, quantity and amount', () => {
  test('in Ukrainian number format, in the document currency, the discount shown', () => {
    expect(lineSummary({ description: 'Папір А4', quantity: 10, unit: 'шт', price: '120.00' })).toBe(`Папір А4 — 10 шт × 120,00 = 1${NBSP}200,00${NBSP}грн`);
    expect(lineSummary({ description: 'Тонер', quantity: '2.500', unit: 'кг', price: 1200.5, discount: '50.00' }, 'USD')).toBe(`Тонер — 2,5 кг × 1${NBSP}200,50 − 50,00 = 2${NBSP}951,25${NBSP}USD`);
    expect(lineSummary({ description: 'Монтаж', quantity: 1500, price: 1 })).toBe(`Монтаж — 1${NBSP}500 × 1,00 = 1${NBSP}500,00${NBSP}грн`);
  });

  test('what a line has so far, and no amount without a price (a role that sees no money)', () => {
    expect(lineSummary({ description: 'Папір А4', quantity: 10, unit: 'шт' })).toBe('Папір А4 — 10 шт');
    expect(lineSummary({ description: 'Папір А4', quantity: 'багато', price: 5 })).toBe('Папір А4');
    expect(lineSummary({ quantity: 2, price: 5 })).toBe('2 × 5,00 = 10,00\u00a0грн');
    expect(lineSummary({})).toBe('');
  });

  test('a long description is shortened so the heading keeps within 255 characters', () => {
    const heading = lineSummary({ description: 'Д'.repeat(400), quantity: 1, unit: 'шт', price: 5 });
    expect(heading.length).toBeLessThanOrEqual(255);
    expect(heading).toMatch(/Д…\s—\s1 шт × 5,00 = 5,00\u00a0грн$/);
  });

  test('the edit layout heads the lines component by the summary, and nothing else', () => {
    const lines = { name: 'lines', attribute: { type: 'component', component: 'crm.document-line' }, mainField: { name: 'description', type: 'string' } };
    const address = { name: 'address', attribute: { type: 'component', component: 'crm.address' }, mainField: { name: 'city', type: 'string' } };
    const out = withLineHeadings({ layout: [[[lines, address]]] });
    expect(out.layout[0][0][0].mainField).toEqual({ name: 'summary', type: 'string' });
    expect(out.layout[0][0][1]).toBe(address);
  });
});
