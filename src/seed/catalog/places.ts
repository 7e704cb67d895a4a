/** Cities where the demo counterparties sit, with their region (reference list name), phone area code and postal codes. */
export interface City {
  name: string;
  region: string;
  areaCode: string;
  /** First postal code of the city; addresses use postalFrom..postalFrom+postalSpan. */
  postalFrom: number;
  postalSpan: number;
  weight: number;
}

export const CITIES: City[] = [
  { name: 'Київ', region: 'Київ', areaCode: '44', postalFrom: 1001, postalSpan: 3200, weight: 34 },
  { name: 'Бровари', region: 'Київська область', areaCode: '4594', postalFrom: 7400, postalSpan: 10, weight: 2 },
  { name: 'Ірпінь', region: 'Київська область', areaCode: '4597', postalFrom: 8200, postalSpan: 5, weight: 2 },
  { name: 'Бориспіль', region: 'Київська область', areaCode: '4595', postalFrom: 8300, postalSpan: 5, weight: 2 },
  { name: 'Біла Церква', region: 'Київська область', areaCode: '4563', postalFrom: 9100, postalSpan: 20, weight: 2 },
  { name: 'Львів', region: 'Львівська область', areaCode: '32', postalFrom: 79000, postalSpan: 70, weight: 12 },
  { name: 'Дрогобич', region: 'Львівська область', areaCode: '3244', postalFrom: 82100, postalSpan: 5, weight: 1 },
  { name: 'Стрий', region: 'Львівська область', areaCode: '3245', postalFrom: 82400, postalSpan: 5, weight: 1 },
  { name: 'Харків', region: 'Харківська область', areaCode: '57', postalFrom: 61000, postalSpan: 180, weight: 5 },
  { name: 'Одеса', region: 'Одеська область', areaCode: '48', postalFrom: 65000, postalSpan: 120, weight: 5 },
  { name: 'Ізмаїл', region: 'Одеська область', areaCode: '4841', postalFrom: 68600, postalSpan: 10, weight: 1 },
  { name: 'Дніпро', region: 'Дніпропетровська область', areaCode: '56', postalFrom: 49000, postalSpan: 130, weight: 5 },
  { name: 'Кривий Ріг', region: 'Дніпропетровська область', areaCode: '56', postalFrom: 50000, postalSpan: 100, weight: 2 },
  { name: 'Запоріжжя', region: 'Запорізька область', areaCode: '61', postalFrom: 69000, postalSpan: 120, weight: 2 },
  { name: 'Вінниця', region: 'Вінницька область', areaCode: '432', postalFrom: 21000, postalSpan: 50, weight: 3 },
  { name: 'Полтава', region: 'Полтавська область', areaCode: '532', postalFrom: 36000, postalSpan: 40, weight: 2 },
  { name: 'Кременчук', region: 'Полтавська область', areaCode: '536', postalFrom: 39600, postalSpan: 30, weight: 1 },
  { name: 'Чернігів', region: 'Чернігівська область', areaCode: '462', postalFrom: 14000, postalSpan: 40, weight: 2 },
  { name: 'Черкаси', region: 'Черкаська область', areaCode: '472', postalFrom: 18000, postalSpan: 40, weight: 2 },
  { name: 'Умань', region: 'Черкаська область', areaCode: '4744', postalFrom: 20300, postalSpan: 10, weight: 1 },
  { name: 'Житомир', region: 'Житомирська область', areaCode: '412', postalFrom: 10000, postalSpan: 40, weight: 2 },
  { name: 'Суми', region: 'Сумська область', areaCode: '542', postalFrom: 40000, postalSpan: 40, weight: 1 },
  { name: 'Рівне', region: 'Рівненська область', areaCode: '362', postalFrom: 33000, postalSpan: 30, weight: 2 },
  { name: 'Луцьк', region: 'Волинська область', areaCode: '332', postalFrom: 43000, postalSpan: 30, weight: 2 },
  { name: 'Ковель', region: 'Волинська область', areaCode: '3352', postalFrom: 45000, postalSpan: 10, weight: 1 },
  { name: 'Тернопіль', region: 'Тернопільська область', areaCode: '352', postalFrom: 46000, postalSpan: 30, weight: 2 },
  { name: 'Івано-Франківськ', region: 'Івано-Франківська область', areaCode: '342', postalFrom: 76000, postalSpan: 30, weight: 2 },
  { name: 'Ужгород', region: 'Закарпатська область', areaCode: '312', postalFrom: 88000, postalSpan: 20, weight: 1 },
  { name: 'Мукачево', region: 'Закарпатська область', areaCode: '3131', postalFrom: 89600, postalSpan: 10, weight: 1 },
  { name: 'Чернівці', region: 'Чернівецька область', areaCode: '372', postalFrom: 58000, postalSpan: 30, weight: 2 },
  { name: 'Хмельницький', region: 'Хмельницька область', areaCode: '382', postalFrom: 29000, postalSpan: 30, weight: 2 },
  { name: 'Кам’янець-Подільський', region: 'Хмельницька область', areaCode: '3849', postalFrom: 32300, postalSpan: 10, weight: 1 },
  { name: 'Кропивницький', region: 'Кіровоградська область', areaCode: '522', postalFrom: 25000, postalSpan: 30, weight: 1 },
  { name: 'Миколаїв', region: 'Миколаївська область', areaCode: '512', postalFrom: 54000, postalSpan: 50, weight: 2 },
  { name: 'Херсон', region: 'Херсонська область', areaCode: '552', postalFrom: 73000, postalSpan: 30, weight: 1 },
  { name: 'Краматорськ', region: 'Донецька область', areaCode: '626', postalFrom: 84300, postalSpan: 20, weight: 1 },
];

/** Regions served by the Kyiv sales department; the regional (Lviv) department serves the rest. */
export const KYIV_SALES_REGIONS = new Set([
  'Київ',
  'Київська область',
  'Чернігівська область',
  'Житомирська область',
  'Черкаська область',
  'Полтавська область',
  'Сумська область',
  'Харківська область',
]);

export const STREETS: readonly string[] = [
  'вул. Шевченка', 'вул. Івана Франка', 'просп. Незалежності', 'вул. Михайла Грушевського', 'вул. Соборна',
  'вул. Садова', 'вул. Героїв Майдану', 'вул. Лесі Українки', 'вул. Богдана Хмельницького', 'вул. Миру',
  'вул. Київська', 'вул. Промислова', 'вул. Заводська', 'вул. Володимира Великого', 'вул. Січових Стрільців',
  'бульв. Тараса Шевченка', 'вул. Гетьмана Мазепи', 'вул. Степана Бандери', 'вул. Театральна', 'вул. Польова',
  'вул. Лугова', 'вул. Центральна', 'вул. Зелена', 'вул. Замкова', 'вул. Євгена Коновальця', 'вул. Вокзальна',
  'вул. Пирогова', 'вул. Ярослава Мудрого', 'просп. Перемоги', 'вул. Князя Володимира', 'вул. Університетська',
  'вул. Григорія Сковороди', 'вул. Олени Теліги', 'вул. Небесної Сотні', 'вул. Академіка Павлова', 'вул. Сонячна',
  'вул. Весняна', 'вул. Кооперативна', 'вул. Індустріальна', 'вул. Складська', 'вул. Торгова', 'пров. Тихий',
  'вул. Козацька', 'вул. Шкільна', 'вул. Наукова', 'вул. Митрополита Шептицького', 'вул. Василя Стуса',
  'вул. Пилипа Орлика', 'вул. Лисенка', 'вул. Ольжича',
];

/** Addresses of exhibition and seminar venues. */
export const VENUES: ReadonlyArray<{ place: string; city: string }> = [
  { place: 'МВЦ, Київ, Броварський просп., 15', city: 'Київ' },
  { place: 'Конгрес-холл «Ковалівка», Київ, вул. Ковальська, 4', city: 'Київ' },
  { place: 'Офіс Вітрило Трейд, Київ, вул. Дегтярівська, 25', city: 'Київ' },
  { place: 'Палац мистецтв, Львів, вул. Коперника, 17', city: 'Львів' },
  { place: 'Бізнес-центр «Арсенал», Львів, вул. Городоцька, 174', city: 'Львів' },
  { place: 'Готель «Дніпро», Дніпро, просп. Дмитра Яворницького, 33', city: 'Дніпро' },
  { place: 'Онлайн (Zoom)', city: '' },
];
