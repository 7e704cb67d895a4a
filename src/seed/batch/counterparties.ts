import * as catalog from '../catalog';
import { demoEdrpou, demoIban, demoRnokpp, demoVatNumber } from '../codes';
import { DEPARTMENT_NAMES } from '../demo-company';
import type { Rng } from '../random';
import { addDays } from '../../domain/time';
import { nextWorkday } from '../calendar';
import { landlinePhone, mobilePhone, pad, slug, transliterate } from '../text';
import type { BatchContext, Contact, Cp, CounterpartyKind } from './context';

/** How many counterparties of each kind one batch creates (220 in all). */
export const KIND_COUNTS: Array<[CounterpartyKind, number]> = [
  ['client', 100],
  ['prospect', 68],
  ['partner', 14],
  ['competitor', 10],
  ['supplier', 14],
  ['other', 14],
];

const INDUSTRY_WEIGHTS: Array<[string, number]> = [
  ['Будівництво', 9], ['Харчова промисловість', 8], ['Роздрібна торгівля', 10], ['Оптова торгівля', 6], ['IT', 10],
  ['Агросектор', 8], ['Логістика', 7], ['Медицина', 7], ['Освіта', 4], ['Готельно-ресторанний бізнес', 5],
  ['Машинобудування', 4], ['Енергетика', 3], ['Фінанси та страхування', 4], ['Юридичні та консалтингові послуги', 5],
];


const LINE_WEIGHTS: Array<[string, number]> = catalog.BUSINESS_LINES.map((b, i) => [b.name, [10, 9, 5, 6, 4, 7, 2][i] ?? 3]);


function legalFormFor(rng: Rng, kind: CounterpartyKind): Pick<catalog.LegalForm, 'short' | 'full' | 'code'> {
  const byShort = (s: string) => catalog.LEGAL_FORMS.find((f) => f.short === s)!;
  switch (kind) {
    case 'client':
    case 'prospect':
      return rng.pickWeighted(catalog.LEGAL_FORMS);
    case 'partner':
    case 'supplier':
      return rng.chance(0.8) ? byShort('ТОВ') : byShort('ПрАТ');
    case 'competitor':
      return byShort('ТОВ');
    default:
      return rng.weighted<Pick<catalog.LegalForm, 'short' | 'full' | 'code'>>([
        [byShort('ФОП'), 5],
        [catalog.PRIVATE_PERSON, 3],
        [byShort('КП'), 2],
      ]);
  }
}

function industryFor(rng: Rng, kind: CounterpartyKind, form: string): string {
  if (form === 'ДП' || form === 'КП') return rng.chance(0.7) ? 'Державне управління' : rng.pick(['Енергетика', 'Освіта', 'Медицина']);
  if (form === 'ФОП' || form === 'ФО') return rng.pick(catalog.FOP_INDUSTRIES);
  if (kind === 'competitor') return rng.pick(['Оптова торгівля', 'Роздрібна торгівля']);
  if (kind === 'supplier') return rng.pick(['Оптова торгівля', 'Логістика', 'IT']);
  if (kind === 'partner') return rng.pick(['IT', 'Юридичні та консалтингові послуги', 'Оптова торгівля']);
  return rng.weighted(INDUSTRY_WEIGHTS);
}

function segmentFor(rng: Rng, kind: CounterpartyKind, form: string): string {
  if (form === 'ФОП' || form === 'ФО') return 'ФОП і мікробізнес';
  if (form === 'ДП' || form === 'КП') return 'Державний сектор';
  if (form === 'АТ' || form === 'ПрАТ') return rng.chance(0.7) ? 'Великий бізнес' : 'Середній бізнес';
  if (kind === 'partner' || kind === 'supplier') return rng.chance(0.6) ? 'Дилери та дистриб’ютори' : 'Середній бізнес';
  return rng.weighted([['Малий бізнес', 5], ['Середній бізнес', 3], ['Великий бізнес', 1]] as const);
}

function staffFor(rng: Rng, segment: string): number {
  switch (segment) {
    case 'Великий бізнес':
      return rng.int(26, 300) * 10;
    case 'Середній бізнес':
      return rng.int(50, 250);
    case 'Малий бізнес':
      return rng.int(10, 49);
    case 'Державний сектор':
      return rng.int(30, 600);
    default:
      return rng.int(1, 9);
  }
}

function stemFor(rng: Rng, kind: CounterpartyKind, industry: string): string {
  if (kind === 'competitor') return rng.pick(catalog.COMPETITOR_STEMS);
  if (kind === 'supplier') return rng.pick(catalog.SUPPLIER_STEMS);
  if (kind === 'partner') return rng.pick(catalog.PARTNER_STEMS);
  const stems = catalog.STEMS_BY_INDUSTRY[industry];
  if (stems && rng.chance(0.55)) return rng.pick(stems);
  return rng.pick(catalog.NAME_PREFIXES) + rng.pick(catalog.NAME_SUFFIXES);
}

function uniqueStem(rng: Rng, used: Set<string>, kind: CounterpartyKind, industry: string): string {
  for (let attempt = 0; attempt < 30; attempt += 1) {
    const base = stemFor(rng, kind, industry);
    const stem = attempt < 3 && rng.chance(0.8) ? base : base + rng.pick(catalog.NAME_MODIFIERS.filter(Boolean));
    if (!used.has(stem)) {
      used.add(stem);
      return stem;
    }
  }
  const stem = `${stemFor(rng, kind, industry)}-${used.size}`;
  used.add(stem);
  return stem;
}

function domainOf(rng: Rng, stem: string, used: Set<string>): string {
  // Whole words only, at most 22 characters: "Системний інтегратор Вектор" → "systemnyi-intehrator".
  const words = slug(stem.replace(/[«»"]/g, '')).replace(/[^a-z0-9-]/g, '').split('-').filter(Boolean);
  let base = words[0] ?? 'company';
  for (const word of words.slice(1)) {
    if (base.length + 1 + word.length > 22) break;
    base = `${base}-${word}`;
  }
  for (const tld of rng.shuffle(['com.ua', 'ua', 'com', 'in.ua', 'kiev.ua'])) {
    const domain = `${base}.${tld}`;
    if (!used.has(domain)) {
      used.add(domain);
      return domain;
    }
  }
  const domain = `${base}${used.size}.com.ua`;
  used.add(domain);
  return domain;
}

function personalEmail(rng: Rng, person: catalog.PersonName): string {
  const first = transliterate(person.firstName).replace(/ /g, '');
  const last = transliterate(person.surname).replace(/ /g, '');
  const box = rng.pick([`${first}.${last}`, `${first[0]}${last}`, `${last}.${first}`, `${last}${rng.int(70, 99)}`]);
  return `${box}@${rng.pick(catalog.FREE_MAIL_DOMAINS)}`;
}

function corporateEmail(rng: Rng, person: catalog.PersonName, domain: string): string {
  const first = transliterate(person.firstName).replace(/ /g, '');
  const last = transliterate(person.surname).replace(/ /g, '');
  return `${rng.pick([`${first}.${last}`, `${first[0]}.${last}`, last])}@${domain}`;
}

function attributesFor(rng: Rng, cp: Cp, staff: number): Record<string, unknown> {
  const a: Record<string, unknown> = {};
  if (cp.kind === 'client' || cp.kind === 'prospect') {
    a['кількість працівників'] = staff;
    if (rng.chance(0.6)) a['робочих місць з ПК'] = Math.max(1, Math.round(staff * rng.real(0.3, 0.9)));
    if (cp.kind === 'client') a['ключовий клієнт'] = cp.keyClient;
    if (cp.kind === 'client' && rng.chance(0.5)) a['відстрочка, днів'] = rng.pick([0, 7, 14, 30]);
    if (cp.kind === 'prospect' || rng.chance(0.3)) a['потреба'] = rng.pick(catalog.CLIENT_ATTRIBUTE_NEEDS);
    if (rng.chance(0.4)) a['рік заснування'] = rng.int(1996, 2023);
    if (rng.chance(0.2)) a['ЕДО'] = rng.pick(['M.E.Doc', 'Вчасно', 'FlyDoc']);
  } else if (cp.kind === 'partner') {
    a['агентська винагорода, %'] = rng.pick([3, 5, 7, 10]);
    a['зона відповідальності'] = cp.city.region;
  } else if (cp.kind === 'supplier') {
    a['відстрочка постачальника, днів'] = rng.pick([14, 21, 30, 45]);
    a['бренди'] = rng.pick(['HP, Canon', 'Lenovo, Dell', 'Hikvision, Ubiquiti', 'Microsoft, ESET', 'меблі власного виробництва', 'папір Navigator, Double A']);
  } else if (cp.kind === 'competitor') {
    a['цінова політика'] = rng.pick(['нижче ринку', 'на рівні ринку', 'вище ринку']);
    a['сильні сторони'] = rng.pick(['власний сервісний центр', 'широкий асортимент', 'агресивні знижки', 'мережа філій']);
  }
  return a;
}

/** Generates (in memory) the batch's counterparties with their contacts; create() saves them. */
export function generateCounterparties(ctx: BatchContext): Cp[] {
  const rng = ctx.rng('counterparties');
  const kinds = rng.shuffle(KIND_COUNTS.flatMap(([kind, n]) => Array<CounterpartyKind>(n).fill(kind)));
  const usedStems = new Set<string>();
  const usedDomains = new Set<string>();
  const cps: Cp[] = [];
  let personIndex = 0;

  kinds.forEach((kind, index) => {
    const form = legalFormFor(rng, kind);
    const industry = industryFor(rng, kind, form.short);
    const marketSegment = segmentFor(rng, kind, form.short);
    const city = rng.pickWeighted(catalog.CITIES);
    const isPerson = form.code === 'rnokpp';
    const department = catalog.KYIV_SALES_REGIONS.has(city.region) ? DEPARTMENT_NAMES.salesKyiv : DEPARTMENT_NAMES.salesRegions;
    const sales = ctx.salesOf(department);
    const manager = rng.weighted(sales.map((e) => [e, e.role === 'sales-head' ? 1 : 3] as const));

    let name: string;
    let fullName: string;
    let code: string;
    let domain: string | null = null;
    let owner: catalog.PersonName | null = null;
    let ownerBirthday: string | null = null;
    if (isPerson) {
      owner = catalog.randomPerson(rng);
      const r = demoRnokpp(ctx.batch, personIndex, owner.sex, rng);
      personIndex += 1;
      code = r.code;
      ownerBirthday = r.birthday;
      name = form.short === 'ФОП' ? `ФОП ${owner.fullName}` : owner.fullName;
      fullName = form.short === 'ФОП' ? `${form.full} ${owner.fullName}` : owner.fullName;
    } else {
      const stem = uniqueStem(rng, usedStems, kind, industry);
      code = demoEdrpou(ctx.batch, index);
      name = `${form.short} «${stem}»`;
      fullName = `${form.full} «${stem}»`;
      domain = domainOf(rng, stem, usedDomains);
    }

    const accounts = [];
    const accountCount = isPerson ? 1 : rng.chance(0.3) ? 2 : 1;
    const banks = rng.sample(catalog.BANKS, 2);
    for (let n = 0; n < accountCount; n += 1) {
      const bank = n === 0 ? rng.pickWeighted(catalog.BANKS) : banks.find((b) => b.mfo !== accounts[0].mfo)!;
      accounts.push({
        iban: demoIban(bank.mfo, ctx.batch, index, n, form.short === 'ФО', rng),
        bankName: bank.name,
        mfo: bank.mfo,
        currency: 'UAH',
        isMain: n === 0,
      });
    }

    const keyClient = kind === 'client' && marketSegment !== 'ФОП і мікробізнес' && rng.chance(0.25);
    const lineCount = rng.weighted([[1, 4], [2, 4], [3, 2]] as const);
    const lines: string[] = [];
    while (lines.length < lineCount) {
      const l = rng.weighted(LINE_WEIGHTS);
      if (!lines.includes(l)) lines.push(l);
    }

    // Contacts: the owner for a ФОП / private person; one to three people at a company, the first one primary.
    const contacts: Contact[] = [];
    if (owner) {
      contacts.push({
        person: owner,
        position: form.short === 'ФОП' ? 'Підприємець' : 'Приватна особа',
        phone: mobilePhone(rng),
        email: personalEmail(rng, owner),
        isPrimary: true,
        birthday: ownerBirthday!,
      });
      if (form.short === 'ФОП' && rng.chance(0.25)) {
        const p = catalog.randomPerson(rng, 'f');
        contacts.push({ person: p, position: 'Бухгалтер', phone: mobilePhone(rng), email: personalEmail(rng, p), isPrimary: false });
      }
    } else {
      const count = rng.weighted([[1, 35], [2, 40], [3, 25]] as const);
      const positions = [rng.pick(catalog.CONTACT_POSITIONS.head), ...rng.sample(catalog.CONTACT_POSITIONS.other, count - 1)];
      const surnames = new Set<string>();
      for (const position of positions) {
        let p = catalog.randomPerson(rng);
        while (surnames.has(p.surname)) p = catalog.randomPerson(rng);
        surnames.add(p.surname);
        contacts.push({
          person: p,
          position,
          phone: mobilePhone(rng),
          email: rng.chance(0.85) ? corporateEmail(rng, p, domain!) : rng.chance(0.5) ? personalEmail(rng, p) : null,
          isPrimary: contacts.length === 0,
        });
      }
    }
    for (const c of contacts) {
      if (!c.birthday && rng.chance(0.55)) c.birthday = `${rng.int(1962, 1998)}-${pad(rng.int(1, 12), 2)}-${pad(rng.int(1, 28), 2)}`;
    }

    const cp: Cp = {
      index,
      kind,
      legalForm: form,
      name,
      fullName,
      code,
      vatPayer: false,
      accounts,
      city,
      industry,
      marketSegment,
      leadSource:
        kind === 'client' || kind === 'prospect'
          ? rng.weighted(catalog.COUNTERPARTY_LEAD_SOURCE_WEIGHTS)
          : kind === 'partner'
            ? 'Рекомендація партнера'
            : rng.chance(0.3)
              ? rng.weighted(catalog.COUNTERPARTY_LEAD_SOURCE_WEIGHTS)
              : null,
      manager,
      status: 'active',
      keyClient,
      lines,
      contacts,
      phone: isPerson || rng.chance(0.35) ? contacts[0].phone : landlinePhone(rng, city.areaCode),
      email: domain ? `${rng.pick(catalog.COMPANY_MAILBOXES)}@${domain}` : contacts[0].email,
      website: domain && rng.chance(0.7) ? `https://${domain}` : null,
      address: {
        postalCode: pad(city.postalFrom + rng.int(0, city.postalSpan), 5),
        city: city.name,
        street: rng.pick(catalog.STREETS),
        building: `${rng.int(1, 160)}${rng.chance(0.15) ? rng.pick(['А', 'Б', 'В']) : ''}`,
        ...(!isPerson && rng.chance(0.45) ? { office: String(rng.int(1, 420)) } : {}),
        country: 'Україна',
      },
      vatNumber: null,
      note: rng.chance(0.2) ? rng.pick(catalog.COUNTERPARTY_NOTES) : null,
      attributes: {},
      refusal: null,
      refusalDate: null,
    };
    if (!isPerson && kind !== 'other' && rng.chance(0.75)) {
      cp.vatPayer = true;
      cp.vatNumber = demoVatNumber(code, catalog.REGIONS.findIndex((r) => r.name === city.region) + 1, rng);
    }
    cp.attributes = attributesFor(rng, cp, staffFor(rng, marketSegment));
    cps.push(cp);
  });

  // Planned losses: some clients ended cooperation (ceased), some prospects refused.
  for (const cp of rng.sample(cps.filter((c) => c.kind === 'client' && !c.keyClient), 7)) {
    cp.refusal = 'ended-cooperation';
    cp.status = 'ceased';
    cp.refusalDate = nextWorkday(addDays(ctx.today, -rng.int(30, 140)));
  }
  for (const cp of rng.sample(cps.filter((c) => c.kind === 'prospect'), 16)) {
    cp.refusal = 'refused-purchase';
    cp.refusalDate = nextWorkday(addDays(ctx.today, -rng.int(5, 250)));
    if (cp.refusalDate > ctx.today) cp.refusalDate = addDays(ctx.today, -1);
  }
  return cps;
}

/** Saves the counterparties and their contact persons. */
export async function createCounterparties(ctx: BatchContext, cps: Cp[]): Promise<void> {
  for (const cp of cps) {
    const isPerson = cp.legalForm.code === 'rnokpp';
    const doc = await ctx.w.create('api::counterparty.counterparty', {
      kind: cp.kind,
      name: cp.name,
      fullName: cp.fullName,
      legalForm: cp.legalForm.short,
      ...(isPerson ? { rnokpp: cp.code } : { edrpou: cp.code }),
      ...(cp.vatNumber ? { vatNumber: cp.vatNumber } : {}),
      bankAccounts: cp.accounts,
      address: cp.address,
      phone: cp.phone,
      ...(cp.email ? { email: cp.email } : {}),
      ...(cp.website ? { website: cp.website } : {}),
      industry: ctx.ref('industry', cp.industry),
      marketSegment: ctx.ref('marketSegment', cp.marketSegment),
      region: ctx.ref('region', cp.city.region),
      ...(cp.leadSource ? { leadSource: ctx.ref('leadSource', cp.leadSource) } : {}),
      manager: cp.manager.documentId,
      department: cp.manager.departmentId,
      state: cp.status,
      attributes: cp.attributes,
      ...(cp.note ? { note: cp.note } : {}),
    });
    cp.documentId = doc.documentId;

    for (const c of cp.contacts) {
      const saved = await ctx.w.create('api::contact-person.contact-person', {
        counterparty: cp.documentId,
        fullName: c.person.fullName,
        position: c.position,
        phone: c.phone,
        ...(c.email ? { email: c.email } : {}),
        ...(c.birthday ? { birthday: c.birthday } : {}),
        isPrimary: c.isPrimary,
      });
      c.documentId = saved.documentId;
    }
  }
}
