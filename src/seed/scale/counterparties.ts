import * as catalog from '../catalog';
import type { Rng } from '../random';
import { landlinePhone, mobilePhone, pad, slug, transliterate } from '../text';
import { scaleEdrpou, scaleIban, scaleRnokpp, scaleVatNumber } from './codes';
import { DocumentIds } from './document-id';
import { rowRng, streamSeed } from './row-random';
import { CounterpartyTraits, isPrivateEntrepreneur, TraitsGenerator } from './traits';
import { refId, ScaleWorld } from './world';

/**
 * Counterparty number i with its address, bank accounts and contact persons, as attribute values (API names)
 * and the ids of the rows it links to. The writer turns attribute names into column names.
 */
export interface ContactDraft {
  documentId: string;
  /** 0 for the primary contact, then 1 and 2. */
  slot: number;
  fields: Record<string, unknown>;
}

export interface CounterpartyDraft {
  index: number;
  documentId: string;
  fields: Record<string, unknown>;
  links: { manager: number; department: number; industry: number | null; marketSegment: number | null; region: number | null; leadSource: number | null };
  address: Record<string, unknown>;
  bankAccounts: Array<Record<string, unknown>>;
  contacts: ContactDraft[];
}

const INDUSTRY_NAMES = catalog.INDUSTRIES.map((i) => i.name).filter((n) => n !== 'Державне управління');
const PERSON_SLOTS = 4; // contact documentIds are numbered counterparty × 4 + slot

function industryFor(rng: Rng, traits: CounterpartyTraits, form: string): string {
  if (form === 'ДП' || form === 'КП') return rng.chance(0.7) ? 'Державне управління' : rng.pick(['Енергетика', 'Освіта', 'Медицина']);
  if (form === 'ФОП') return rng.pick(catalog.FOP_INDUSTRIES);
  if (traits.kind === 'competitor') return rng.pick(['Оптова торгівля', 'Роздрібна торгівля']);
  if (traits.kind === 'supplier') return rng.pick(['Оптова торгівля', 'Логістика', 'IT']);
  return rng.pick(INDUSTRY_NAMES);
}

function segmentFor(rng: Rng, traits: CounterpartyTraits, form: string): string {
  if (form === 'ФОП') return 'ФОП і мікробізнес';
  if (form === 'ДП' || form === 'КП') return 'Державний сектор';
  if (form === 'АТ' || form === 'ПрАТ') return rng.chance(0.7) ? 'Великий бізнес' : 'Середній бізнес';
  if (traits.kind === 'partner' || traits.kind === 'supplier') return rng.chance(0.6) ? 'Дилери та дистриб’ютори' : 'Середній бізнес';
  return rng.weighted([['Малий бізнес', 5], ['Середній бізнес', 3], ['Великий бізнес', 1]] as const);
}

function stemFor(rng: Rng, traits: CounterpartyTraits, industry: string): string {
  if (traits.kind === 'competitor') return rng.pick(catalog.COMPETITOR_STEMS);
  if (traits.kind === 'supplier') return rng.pick(catalog.SUPPLIER_STEMS);
  if (traits.kind === 'partner') return rng.pick(catalog.PARTNER_STEMS);
  const stems = catalog.STEMS_BY_INDUSTRY[industry];
  const base = stems && rng.chance(0.55) ? rng.pick(stems) : rng.pick(catalog.NAME_PREFIXES) + rng.pick(catalog.NAME_SUFFIXES);
  return base + rng.pick(catalog.NAME_MODIFIERS);
}

function domainOf(stem: string, index: number): string {
  const words = slug(stem.replace(/[«»"]/g, '')).replace(/[^a-z0-9-]/g, '').split('-').filter(Boolean);
  let base = words[0] ?? 'company';
  for (const word of words.slice(1)) {
    if (base.length + 1 + word.length > 18) break;
    base = `${base}-${word}`;
  }
  // Thousands of companies share a stem: the index keeps their sites and mailboxes apart.
  return `${base}-${index.toString(36)}.com.ua`;
}

/** Names come from a small catalog: transliterate each once. */
const latinNames = new Map<string, string>();
function latin(name: string): string {
  let found = latinNames.get(name);
  if (found === undefined) {
    found = transliterate(name).replace(/ /g, '');
    latinNames.set(name, found);
  }
  return found;
}

function mailbox(rng: Rng, person: catalog.PersonName): string {
  const first = latin(person.firstName);
  const last = latin(person.surname);
  return rng.pick([`${first}.${last}`, `${first[0]}.${last}`, last]);
}

export class CounterpartyGenerator {
  readonly traits: TraitsGenerator;
  readonly ids: DocumentIds;
  readonly contactIds: DocumentIds;
  private readonly stream: number;
  private readonly contactStream: number;

  constructor(private readonly world: ScaleWorld) {
    this.traits = new TraitsGenerator(world);
    this.ids = new DocumentIds(world.seed, 'counterparty');
    this.contactIds = new DocumentIds(world.seed, 'contact-person');
    this.stream = streamSeed(world.seed, 'counterparty');
    this.contactStream = streamSeed(world.seed, 'contact-person');
  }

  /** Contact slot `slot` of counterparty `index`: its name is needed again by the interactions that mention it. */
  contactPerson(index: number, slot: number): catalog.PersonName {
    return catalog.randomPerson(rowRng(this.contactStream, index * PERSON_SLOTS + slot));
  }

  contactDocumentId(index: number, slot: number): string {
    return this.contactIds.of(index * PERSON_SLOTS + slot);
  }

  /** The counterparty and contact slot a contact documentId of ours stands for, or null. */
  contactOf(documentId: string): { index: number; slot: number } | null {
    const n = this.contactIds.indexOf(documentId);
    return n === null ? null : { index: Math.floor(n / PERSON_SLOTS), slot: n % PERSON_SLOTS };
  }

  generate(index: number): CounterpartyDraft {
    const world = this.world;
    const traits = this.traits.of(index);
    const rng = rowRng(this.stream, index);
    const form = catalog.LEGAL_FORMS[traits.form];
    const city = catalog.CITIES[traits.city];
    const team = world.salesTeams[traits.team];
    const fop = isPrivateEntrepreneur(traits);
    const industry = industryFor(rng, traits, form.short);
    const marketSegment = segmentFor(rng, traits, form.short);
    const owner = fop ? this.contactPerson(index, 0) : null;
    const rnokpp = fop ? scaleRnokpp(index) : null;
    const stem = owner ? null : stemFor(rng, traits, industry);
    const domain = stem ? domainOf(stem, index) : null;

    const fields: Record<string, unknown> = {
      kind: traits.kind,
      name: owner ? `ФОП ${owner.fullName}` : `${form.short} «${stem}»`,
      fullName: owner ? `${form.full} ${owner.fullName}` : `${form.full} «${stem}»`,
      legalForm: form.short,
      edrpou: rnokpp ? null : scaleEdrpou(index),
      rnokpp: rnokpp ? rnokpp.code : null,
      vatNumber: null,
      phone: null,
      email: null,
      website: domain && rng.chance(0.7) ? `https://${domain}` : null,
      state: traits.kind === 'client' && rng.chance(0.06) ? 'ceased' : 'active',
      attributes: {},
      note: rng.chance(0.15) ? rng.pick(catalog.COUNTERPARTY_NOTES) : null,
    };
    if (!rnokpp && traits.kind !== 'other' && rng.chance(0.75)) {
      fields.vatNumber = scaleVatNumber(fields.edrpou as string, catalog.REGIONS.findIndex((r) => r.name === city.region) + 1, rng);
    }

    const contacts: ContactDraft[] = [];
    const positions = owner
      ? ['Підприємець', 'Бухгалтер']
      : [rng.pick(catalog.CONTACT_POSITIONS.head), ...rng.sample(catalog.CONTACT_POSITIONS.other, 2)];
    for (let slot = 0; slot < traits.contactCount; slot += 1) {
      const person = slot === 0 && owner ? owner : this.contactPerson(index, slot);
      const email = domain && rng.chance(0.85)
        ? `${mailbox(rng, person)}@${domain}`
        : rng.chance(0.6) ? `${mailbox(rng, person)}${rng.int(70, 99)}@${rng.pick(catalog.FREE_MAIL_DOMAINS)}` : null;
      const birthday = slot === 0 && rnokpp
        ? rnokpp.birthday
        : rng.chance(0.5) ? `${rng.int(1962, 1998)}-${pad(rng.int(1, 12), 2)}-${pad(rng.int(1, 28), 2)}` : null;
      contacts.push({
        documentId: this.contactDocumentId(index, slot),
        slot,
        fields: { fullName: person.fullName, position: positions[slot], phone: mobilePhone(rng), email, birthday, isPrimary: slot === 0, note: null },
      });
    }
    fields.phone = fop || rng.chance(0.35) ? contacts[0].fields.phone : landlinePhone(rng, city.areaCode);
    fields.email = domain ? `${rng.pick(catalog.COMPANY_MAILBOXES)}@${domain}` : contacts[0].fields.email;
    if (traits.kind === 'client' || traits.kind === 'prospect') {
      const attributes: Record<string, unknown> = { 'кількість працівників': fop ? rng.int(1, 9) : rng.int(10, 900) };
      if (traits.kind === 'client') attributes['ключовий клієнт'] = traits.activity > 8;
      if (rng.chance(0.3)) attributes['потреба'] = rng.pick(catalog.CLIENT_ATTRIBUTE_NEEDS);
      fields.attributes = attributes;
    }

    const accountCount = fop ? 1 : rng.chance(0.3) ? 2 : 1;
    const bankAccounts: Array<Record<string, unknown>> = [];
    for (let n = 0; n < accountCount; n += 1) {
      let bank = rng.pickWeighted(catalog.BANKS);
      while (n > 0 && bank.mfo === bankAccounts[0].mfo) bank = rng.pick(catalog.BANKS);
      bankAccounts.push({ iban: scaleIban(bank.mfo, index, n, false, rng), bankName: bank.name, mfo: bank.mfo, currency: 'UAH', isMain: n === 0 });
    }

    const leadSource =
      traits.kind === 'client' || traits.kind === 'prospect'
        ? rng.weighted(catalog.COUNTERPARTY_LEAD_SOURCE_WEIGHTS)
        : traits.kind === 'partner' ? 'Рекомендація партнера' : null;
    return {
      index,
      documentId: this.ids.of(index),
      fields,
      links: {
        manager: team.managers[traits.manager].employeeId,
        department: team.departmentId,
        industry: refId(world, 'industry', industry),
        marketSegment: refId(world, 'marketSegment', marketSegment),
        region: refId(world, 'region', city.region),
        leadSource: refId(world, 'leadSource', leadSource),
      },
      address: {
        postalCode: pad(city.postalFrom + rng.int(0, city.postalSpan), 5),
        city: city.name,
        street: rng.pick(catalog.STREETS),
        building: `${rng.int(1, 160)}${rng.chance(0.15) ? rng.pick(['А', 'Б', 'В']) : ''}`,
        office: !fop && rng.chance(0.45) ? String(rng.int(1, 420)) : null,
        country: 'Україна',
      },
      bankAccounts,
      contacts,
    };
  }
}
