import { makeEdrpou, makeUaIban } from '../domain/identifiers';

/**
 * The fictional company the demo CRM belongs to: Вітрило Трейд, a Kyiv distributor of office and IT equipment,
 * software and services, with a regional sales office in Lviv.
 */

export type DemoRole = 'director' | 'sales-head' | 'sales' | 'marketer' | 'accountant' | 'secretary';

export const DEPARTMENT_NAMES = {
  direction: 'Дирекція',
  salesKyiv: 'Відділ продажів «Київ»',
  salesRegions: 'Відділ продажів «Регіони» (Львів)',
  marketing: 'Відділ маркетингу',
  accounting: 'Бухгалтерія',
  office: 'Секретаріат',
} as const;

export interface DemoDepartment {
  name: string;
  parent: string | null;
  /** E-mail of the head (an employee below). */
  headEmail: string;
  note: string;
  /** City the department works from (schedules, whereabouts). */
  city: string;
}

export interface DemoEmployee {
  fullName: string;
  position: string;
  department: string;
  phone: string;
  email: string;
  role: DemoRole;
}

const DOMAIN = 'vitrylo.com.ua';

export const DEMO_EMPLOYEES: DemoEmployee[] = [
  { fullName: 'Коваленко Олександр Петрович', position: 'Директор', department: DEPARTMENT_NAMES.direction, phone: '+380672104501', email: `o.kovalenko@${DOMAIN}`, role: 'director' },
  { fullName: 'Мельник Ірина Василівна', position: 'Комерційний директор', department: DEPARTMENT_NAMES.direction, phone: '+380502104502', email: `i.melnyk@${DOMAIN}`, role: 'director' },
  { fullName: 'Шевченко Андрій Миколайович', position: 'Керівник відділу продажів', department: DEPARTMENT_NAMES.salesKyiv, phone: '+380672104511', email: `a.shevchenko@${DOMAIN}`, role: 'sales-head' },
  { fullName: 'Бондаренко Олена Ігорівна', position: 'Менеджер з продажу', department: DEPARTMENT_NAMES.salesKyiv, phone: '+380932104512', email: `o.bondarenko@${DOMAIN}`, role: 'sales' },
  { fullName: 'Ткаченко Дмитро Сергійович', position: 'Старший менеджер з продажу', department: DEPARTMENT_NAMES.salesKyiv, phone: '+380972104513', email: `d.tkachenko@${DOMAIN}`, role: 'sales' },
  { fullName: 'Кравченко Юлія Олександрівна', position: 'Менеджер з продажу', department: DEPARTMENT_NAMES.salesKyiv, phone: '+380662104514', email: `y.kravchenko@${DOMAIN}`, role: 'sales' },
  { fullName: 'Олійник Максим Вікторович', position: 'Менеджер з ключових клієнтів', department: DEPARTMENT_NAMES.salesKyiv, phone: '+380682104515', email: `m.oliinyk@${DOMAIN}`, role: 'sales' },
  { fullName: 'Гнатюк Роман Богданович', position: 'Керівник регіонального відділу продажів', department: DEPARTMENT_NAMES.salesRegions, phone: '+380672104521', email: `r.hnatiuk@${DOMAIN}`, role: 'sales-head' },
  { fullName: 'Іваницька Христина Ярославівна', position: 'Менеджер з продажу', department: DEPARTMENT_NAMES.salesRegions, phone: '+380632104522', email: `k.ivanytska@${DOMAIN}`, role: 'sales' },
  { fullName: 'Федорович Тарас Степанович', position: 'Менеджер з продажу', department: DEPARTMENT_NAMES.salesRegions, phone: '+380982104523', email: `t.fedorovych@${DOMAIN}`, role: 'sales' },
  { fullName: 'Савчук Наталія Романівна', position: 'Менеджер з продажу', department: DEPARTMENT_NAMES.salesRegions, phone: '+380952104524', email: `n.savchuk@${DOMAIN}`, role: 'sales' },
  { fullName: 'Лисенко Вікторія Андріївна', position: 'Керівник відділу маркетингу', department: DEPARTMENT_NAMES.marketing, phone: '+380672104531', email: `v.lysenko@${DOMAIN}`, role: 'marketer' },
  { fullName: 'Руденко Артем Олегович', position: 'Маркетолог', department: DEPARTMENT_NAMES.marketing, phone: '+380992104532', email: `a.rudenko@${DOMAIN}`, role: 'marketer' },
  { fullName: 'Поліщук Людмила Миколаївна', position: 'Головний бухгалтер', department: DEPARTMENT_NAMES.accounting, phone: '+380672104541', email: `l.polishchuk@${DOMAIN}`, role: 'accountant' },
  { fullName: 'Марченко Оксана Петрівна', position: 'Бухгалтер', department: DEPARTMENT_NAMES.accounting, phone: '+380732104542', email: `o.marchenko@${DOMAIN}`, role: 'accountant' },
  { fullName: 'Захарченко Анна Володимирівна', position: 'Офіс-менеджер', department: DEPARTMENT_NAMES.office, phone: '+380502104551', email: `a.zakharchenko@${DOMAIN}`, role: 'secretary' },
  { fullName: 'Стецюк Софія Ігорівна', position: 'Секретар-референт', department: DEPARTMENT_NAMES.office, phone: '+380962104552', email: `s.stetsiuk@${DOMAIN}`, role: 'secretary' },
];

export const DEMO_DEPARTMENTS: DemoDepartment[] = [
  { name: DEPARTMENT_NAMES.direction, parent: null, headEmail: `o.kovalenko@${DOMAIN}`, note: 'Керівництво компанії', city: 'Київ' },
  { name: DEPARTMENT_NAMES.salesKyiv, parent: DEPARTMENT_NAMES.direction, headEmail: `a.shevchenko@${DOMAIN}`, note: 'Київ, Київська область, Північ, Центр і Схід', city: 'Київ' },
  { name: DEPARTMENT_NAMES.salesRegions, parent: DEPARTMENT_NAMES.direction, headEmail: `r.hnatiuk@${DOMAIN}`, note: 'Офіс у Львові: Захід, Південь та інші регіони', city: 'Львів' },
  { name: DEPARTMENT_NAMES.marketing, parent: DEPARTMENT_NAMES.direction, headEmail: `v.lysenko@${DOMAIN}`, note: 'Реклама, заходи, розсилки', city: 'Київ' },
  { name: DEPARTMENT_NAMES.accounting, parent: DEPARTMENT_NAMES.direction, headEmail: `l.polishchuk@${DOMAIN}`, note: 'Рахунки, оплати, банківські виписки', city: 'Київ' },
  { name: DEPARTMENT_NAMES.office, parent: DEPARTMENT_NAMES.direction, headEmail: `a.zakharchenko@${DOMAIN}`, note: 'Реєстрація звернень, документообіг', city: 'Київ' },
];

/** Our own requisites, for payer/payee fields of payments. */
export const OUR_COMPANY = {
  name: 'ТОВ «Вітрило Трейд»',
  fullName: 'Товариство з обмеженою відповідальністю «Вітрило Трейд»',
  edrpou: makeEdrpou('4461273'),
  accounts: [
    { bankName: 'АТ КБ «ПриватБанк»', mfo: '305299', iban: makeUaIban('305299', '0000026007300214455') },
    { bankName: 'АТ «Райффайзен Банк»', mfo: '380805', iban: makeUaIban('380805', '0000026008810042117') },
  ],
  address: { postalCode: '03113', city: 'Київ', street: 'вул. Дегтярівська', building: '25', office: '412', country: 'Україна' },
  phone: '+380442104500',
  email: `office@${DOMAIN}`,
  website: 'https://vitrylo.com.ua',
};

export interface DemoRoutingRule {
  name: string;
  priority: number;
  businessLine?: string;
  channel?: 'phone' | 'email' | 'web' | 'walk-in' | 'messenger';
  counterpartyKind?: 'client' | 'prospect' | 'partner' | 'competitor' | 'supplier' | 'other';
  keywords?: string;
  targetDepartment?: string;
  targetEmployeeEmail?: string;
}

/**
 * Routing of inbound requests; a lower priority number is checked first. No rule catches everything: a call
 * from a known client that no rule claims goes to the client's responsible manager (routing's next step), so
 * the last rule takes only callers who are not in the base yet (they count as prospects).
 */
export const DEMO_ROUTING_RULES: DemoRoutingRule[] = [
  { name: 'Рахунки, оплати, акти → Бухгалтерія', priority: 10, keywords: 'рахунок, оплата, оплатили, акт звірки, накладна, ПДВ', targetDepartment: DEPARTMENT_NAMES.accounting },
  { name: 'Реклама та співпраця → Маркетинг', priority: 20, keywords: 'реклама, медіакит, виставка, співпраця, спонсорство', targetDepartment: DEPARTMENT_NAMES.marketing },
  { name: 'Постачальники → Комерційний директор', priority: 30, counterpartyKind: 'supplier', targetDepartment: DEPARTMENT_NAMES.direction, targetEmployeeEmail: `i.melnyk@${DOMAIN}` },
  { name: 'Західні регіони → Відділ продажів «Регіони»', priority: 40, keywords: 'Львів, Тернопіль, Івано-Франківськ, Луцьк, Рівне, Ужгород, Чернівці, Хмельницький', targetDepartment: DEPARTMENT_NAMES.salesRegions },
  { name: 'Програмне забезпечення → Ткаченко Д. С.', priority: 50, businessLine: 'Програмне забезпечення', targetDepartment: DEPARTMENT_NAMES.salesKyiv, targetEmployeeEmail: `d.tkachenko@${DOMAIN}` },
  { name: 'Сервіс і ремонт → Відділ продажів «Київ»', priority: 60, businessLine: 'Сервіс і підтримка', targetDepartment: DEPARTMENT_NAMES.salesKyiv, targetEmployeeEmail: `m.oliinyk@${DOMAIN}` },
  { name: 'Заявки з сайту → Відділ продажів «Київ»', priority: 70, channel: 'web', targetDepartment: DEPARTMENT_NAMES.salesKyiv },
  { name: 'Нові заявники → Секретаріат', priority: 1000, counterpartyKind: 'prospect', targetDepartment: DEPARTMENT_NAMES.office, targetEmployeeEmail: `a.zakharchenko@${DOMAIN}` },
];

export interface DemoSegment {
  name: string;
  purpose: 'mailing' | 'promo' | 'analysis';
  mode: 'dynamic' | 'static';
  criteria?: Record<string, unknown>;
  description: string;
}

/** Dynamic segments filter counterparties by reference-list names; static ones get members from each batch. */
export const DEMO_SEGMENTS: DemoSegment[] = [
  { name: 'Клієнти Києва', purpose: 'mailing', mode: 'dynamic', criteria: { kind: 'client', region: 'Київ' }, description: 'Усі клієнти з Києва' },
  { name: 'Клієнти Львівщини', purpose: 'promo', mode: 'dynamic', criteria: { kind: 'client', region: 'Львівська область' }, description: 'Клієнти регіонального відділу у Львівській області' },
  { name: 'Перспективні ІТ-компанії', purpose: 'promo', mode: 'dynamic', criteria: { kind: 'prospect', industry: 'IT' }, description: 'Потенційні клієнти з ІТ-галузі' },
  { name: 'Великий бізнес', purpose: 'analysis', mode: 'dynamic', criteria: { marketSegment: 'Великий бізнес', state: 'active' }, description: 'Активні контрагенти великого бізнесу' },
  { name: 'Ключові клієнти', purpose: 'promo', mode: 'static', description: 'Клієнти з позначкою «ключовий клієнт»' },
  { name: 'Розсилка «Новинки ПЗ»', purpose: 'mailing', mode: 'static', description: 'Підписані на новини про програмне забезпечення' },
  { name: 'Учасники семінарів', purpose: 'analysis', mode: 'static', description: 'Ті, хто відвідав наші семінари' },
];
