export type MaterialKind = 'booklet' | 'catalog' | 'banner' | 'souvenir' | 'sample' | 'video' | 'other';

export interface MaterialItem {
  name: string;
  kind: MaterialKind;
  unitCost: number;
  stock: number;
  description?: string;
}

export const MARKETING_MATERIALS: MaterialItem[] = [
  { name: 'Буклет «Рішення для сучасного офісу»', kind: 'booklet', unitCost: 12.5, stock: 1800 },
  { name: 'Каталог продукції Вітрило Трейд', kind: 'catalog', unitCost: 85, stock: 420 },
  { name: 'Ролл-ап банер 85×200 з логотипом', kind: 'banner', unitCost: 1450, stock: 6 },
  { name: 'Чашка керамічна з логотипом', kind: 'souvenir', unitCost: 95, stock: 240 },
  { name: 'Ручка кулькова з логотипом', kind: 'souvenir', unitCost: 18, stock: 2500 },
  { name: 'Блокнот А5 з логотипом', kind: 'souvenir', unitCost: 65, stock: 600 },
  { name: 'Флешка 32 ГБ з логотипом', kind: 'souvenir', unitCost: 180, stock: 150 },
  { name: 'Набір зразків офісного паперу', kind: 'sample', unitCost: 40, stock: 300 },
  { name: 'Відеоролик «Вітрило Трейд за 60 секунд»', kind: 'video', unitCost: 25000, stock: 1 },
  { name: 'Листівка «Сезонні знижки»', kind: 'booklet', unitCost: 3.2, stock: 5000 },
];

export type EventKind =
  | 'promotion'
  | 'price-promotion'
  | 'image-campaign'
  | 'seminar'
  | 'exhibition'
  | 'presentation'
  | 'mailing'
  | 'other';

export interface EventTemplate {
  kind: EventKind;
  name: string;
  /** Length in days (1 = one day). */
  days: number;
  /** Index into VENUES, or null for events without a place (campaigns, mailings). */
  venue: number | null;
  leadSource?: string;
  /** Product groups promoted (price promotions and presentations). */
  groups?: string[];
  discount?: [number, number];
  costs: Array<[string, number, number]>;
  description: string;
}

export const EVENT_TEMPLATES: EventTemplate[] = [
  {
    kind: 'price-promotion',
    name: 'Знижка на ноутбуки для бізнесу',
    days: 30,
    venue: null,
    leadSource: 'Google Ads',
    groups: ['Ноутбуки та комп’ютери'],
    discount: [5, 12],
    costs: [['Контекстна реклама Google Ads', 18000, 35000], ['Банери на сайт', 4000, 8000]],
    description: 'Знижка на ноутбуки та міні-ПК для юридичних осіб при замовленні від 3 одиниць.',
  },
  {
    kind: 'price-promotion',
    name: 'Папір і картриджі: −10% при передоплаті',
    days: 21,
    venue: null,
    leadSource: 'E-mail розсилка',
    groups: ['Витратні матеріали'],
    discount: [7, 10],
    costs: [['Розсилка клієнтам', 2500, 4500]],
    description: 'Акція для постійних клієнтів на витратні матеріали.',
  },
  {
    kind: 'seminar',
    name: 'Семінар «Кібербезпека малого бізнесу»',
    days: 1,
    venue: 2,
    leadSource: 'LinkedIn',
    costs: [['Кава-брейк', 6000, 12000], ['Гонорар спікера', 10000, 20000], ['Друк роздаткових матеріалів', 1500, 3000]],
    description: 'Практичний семінар для керівників і системних адміністраторів.',
  },
  {
    kind: 'exhibition',
    name: 'Виставка «Офіс і ІТ»',
    days: 3,
    venue: 0,
    leadSource: 'Виставка «Офіс і ІТ»',
    costs: [['Оренда стенду', 60000, 90000], ['Забудова стенду', 35000, 55000], ['Відрядження персоналу', 12000, 20000]],
    description: 'Стенд компанії на галузевій виставці: демонстрація рішень для офісу.',
  },
  {
    kind: 'presentation',
    name: 'Презентація нових МФУ та сервісу друку',
    days: 1,
    venue: 4,
    leadSource: 'Рекомендація партнера',
    groups: ['Оргтехніка'],
    costs: [['Оренда залу', 8000, 15000], ['Фуршет', 7000, 14000]],
    description: 'Презентація для клієнтів західного регіону.',
  },
  {
    kind: 'image-campaign',
    name: 'Іміджева кампанія «Вітрило — попутний вітер вашому офісу»',
    days: 45,
    venue: null,
    leadSource: 'Білборди та сітілайти',
    costs: [['Білборди, Київ', 45000, 80000], ['Радіоролики', 25000, 40000], ['Виробництво відеоролика', 20000, 30000]],
    description: 'Кампанія на впізнаваність бренду у Києві та Львові.',
  },
  {
    kind: 'mailing',
    name: 'Розсилка «Новинки програмного забезпечення»',
    days: 1,
    venue: null,
    leadSource: 'E-mail розсилка',
    groups: ['Програмне забезпечення'],
    costs: [['Сервіс розсилок', 1200, 2500]],
    description: 'Інформаційна розсилка про ліцензії Microsoft 365, BAS, M.E.Doc.',
  },
  {
    kind: 'promotion',
    name: 'Подарунок до сервісного договору',
    days: 60,
    venue: null,
    leadSource: 'Сайт компанії',
    groups: ['Послуги'],
    costs: [['Подарункові набори', 8000, 15000], ['Реклама в соцмережах', 6000, 12000]],
    description: 'Кожен новий клієнт абонентського обслуговування отримує аудит ІТ-інфраструктури в подарунок.',
  },
  {
    kind: 'seminar',
    name: 'Вебінар «Microsoft 365 для бухгалтерії»',
    days: 1,
    venue: 6,
    leadSource: 'Facebook та Instagram',
    costs: [['Ліцензія платформи вебінарів', 1500, 3000], ['Реклама в соцмережах', 3000, 6000]],
    description: 'Онлайн-вебінар для бухгалтерів клієнтів.',
  },
];
