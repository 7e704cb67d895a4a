/**
 * Reference lists (довідники) the demo company starts with. Admins edit them later, so the seed only
 * adds rows that are missing by name.
 */

export interface RefItem {
  name: string;
  code: string;
  description?: string;
}

export interface LeadSourceItem extends RefItem {
  channel: 'tv' | 'radio' | 'press' | 'internet' | 'social' | 'exhibition' | 'referral' | 'outdoor' | 'mailing' | 'other';
}

export const INDUSTRIES: RefItem[] = [
  { name: 'Будівництво', code: 'construction' },
  { name: 'Харчова промисловість', code: 'food' },
  { name: 'Роздрібна торгівля', code: 'retail' },
  { name: 'Оптова торгівля', code: 'wholesale' },
  { name: 'IT', code: 'it', description: 'Розробка програмного забезпечення, ІТ-послуги' },
  { name: 'Агросектор', code: 'agro' },
  { name: 'Логістика', code: 'logistics' },
  { name: 'Медицина', code: 'medicine' },
  { name: 'Освіта', code: 'education' },
  { name: 'Готельно-ресторанний бізнес', code: 'horeca' },
  { name: 'Машинобудування', code: 'machinery' },
  { name: 'Енергетика', code: 'energy' },
  { name: 'Фінанси та страхування', code: 'finance' },
  { name: 'Державне управління', code: 'government' },
  { name: 'Юридичні та консалтингові послуги', code: 'consulting' },
];

export const MARKET_SEGMENTS: RefItem[] = [
  { name: 'Великий бізнес', code: 'enterprise', description: 'Понад 250 працівників' },
  { name: 'Середній бізнес', code: 'mid', description: '50–250 працівників' },
  { name: 'Малий бізнес', code: 'small', description: '10–50 працівників' },
  { name: 'ФОП і мікробізнес', code: 'micro' },
  { name: 'Державний сектор', code: 'public', description: 'Закупівлі через Prozorro' },
  { name: 'Дилери та дистриб’ютори', code: 'dealers' },
];

/** The 24 oblasts, the city of Kyiv and the Autonomous Republic of Crimea, with ISO 3166-2 codes. */
export const REGIONS: RefItem[] = [
  { name: 'Київ', code: 'UA-30' },
  { name: 'Вінницька область', code: 'UA-05' },
  { name: 'Волинська область', code: 'UA-07' },
  { name: 'Дніпропетровська область', code: 'UA-12' },
  { name: 'Донецька область', code: 'UA-14' },
  { name: 'Житомирська область', code: 'UA-18' },
  { name: 'Закарпатська область', code: 'UA-21' },
  { name: 'Запорізька область', code: 'UA-23' },
  { name: 'Івано-Франківська область', code: 'UA-26' },
  { name: 'Київська область', code: 'UA-32' },
  { name: 'Кіровоградська область', code: 'UA-35' },
  { name: 'Луганська область', code: 'UA-09' },
  { name: 'Львівська область', code: 'UA-46' },
  { name: 'Миколаївська область', code: 'UA-48' },
  { name: 'Одеська область', code: 'UA-51' },
  { name: 'Полтавська область', code: 'UA-53' },
  { name: 'Рівненська область', code: 'UA-56' },
  { name: 'Сумська область', code: 'UA-59' },
  { name: 'Тернопільська область', code: 'UA-61' },
  { name: 'Харківська область', code: 'UA-63' },
  { name: 'Херсонська область', code: 'UA-65' },
  { name: 'Хмельницька область', code: 'UA-68' },
  { name: 'Черкаська область', code: 'UA-71' },
  { name: 'Чернівецька область', code: 'UA-77' },
  { name: 'Чернігівська область', code: 'UA-74' },
  { name: 'Автономна Республіка Крим', code: 'UA-43' },
];

/** Напрями діяльності of Вітрило Трейд. */
export const BUSINESS_LINES: RefItem[] = [
  { name: 'Комп’ютерна техніка', code: 'hardware', description: 'Ноутбуки, ПК, монітори, сервери' },
  { name: 'Оргтехніка та витратні матеріали', code: 'printing' },
  { name: 'Мережі та відеонагляд', code: 'network' },
  { name: 'Програмне забезпечення', code: 'software' },
  { name: 'Офісні меблі', code: 'furniture' },
  { name: 'Сервіс і підтримка', code: 'service', description: 'Сервісні договори, ремонт, виїзд інженера' },
  { name: 'Навчання', code: 'training' },
];

/** Interaction stages in the order a deal goes through them. */
export const INTERACTION_STAGES: RefItem[] = [
  { name: 'Перший контакт', code: 'first-contact' },
  { name: 'Виявлення потреб', code: 'needs' },
  { name: 'Комерційна пропозиція', code: 'proposal' },
  { name: 'Переговори', code: 'negotiation' },
  { name: 'Укладення договору', code: 'contract' },
  { name: 'Виконання', code: 'fulfilment' },
  { name: 'Повторний продаж', code: 'repeat-sale' },
];

export const STAGE = {
  firstContact: 0,
  needs: 1,
  proposal: 2,
  negotiation: 3,
  contract: 4,
  fulfilment: 5,
  repeatSale: 6,
} as const;

export const LEAD_SOURCES: LeadSourceItem[] = [
  { name: 'Реклама на телебаченні', code: 'tv', channel: 'tv' },
  { name: 'Реклама на радіо', code: 'radio', channel: 'radio' },
  { name: 'Публікація в діловій пресі', code: 'press', channel: 'press' },
  { name: 'Сайт компанії', code: 'site', channel: 'internet' },
  { name: 'Google Ads', code: 'google-ads', channel: 'internet' },
  { name: 'Пошук Google', code: 'seo', channel: 'internet' },
  { name: 'Facebook та Instagram', code: 'meta', channel: 'social' },
  { name: 'LinkedIn', code: 'linkedin', channel: 'social' },
  { name: 'Виставка «Офіс і ІТ»', code: 'expo', channel: 'exhibition' },
  { name: 'Рекомендація клієнта', code: 'referral-client', channel: 'referral' },
  { name: 'Рекомендація партнера', code: 'referral-partner', channel: 'referral' },
  { name: 'Білборди та сітілайти', code: 'outdoor', channel: 'outdoor' },
  { name: 'E-mail розсилка', code: 'mailing', channel: 'mailing' },
  { name: 'Холодний дзвінок', code: 'cold-call', channel: 'other' },
  { name: 'Тендер Prozorro', code: 'prozorro', channel: 'other' },
];

export const LOSS_REASONS: RefItem[] = [
  { name: 'Висока ціна', code: 'price' },
  { name: 'Обрали конкурента', code: 'competitor' },
  { name: 'Немає бюджету', code: 'no-budget' },
  { name: 'Потребу відкладено', code: 'postponed' },
  { name: 'Не влаштували терміни поставки', code: 'delivery-time' },
  { name: 'Незадоволені якістю', code: 'quality' },
  { name: 'Втрачено контакт', code: 'lost-contact' },
  { name: 'Зміна керівництва клієнта', code: 'management-change' },
  { name: 'Припинення діяльності клієнта', code: 'closed' },
  { name: 'Програли тендер', code: 'tender' },
];
