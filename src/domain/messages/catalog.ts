/**
 * The catalog of validation and refusal messages: one code per reason, its parameters, and the text in
 * Ukrainian (the default; the admin panel is Ukrainian) and English.
 *
 * How it is used:
 * - Producers in the core say *what* is wrong with a code and parameters: `failWith('identifier.digits',
 *   { count: 8 })` for a Result, `issue('lines[0].price', 'number.notNegative')` for a FieldIssue.
 * - `FieldIssue.reason` (and `Result.reason`) stays and is *derived*: always the English text of the code,
 *   made when the issue is made. Logs, older callers and unit tests keep reading English; nothing has to
 *   keep two texts in step by hand. Issues without a code (not yet converted) show their reason in both
 *   languages.
 * - Only the glue decides the language (validation-error.ts reads `Accept-Language`: Ukrainian unless the
 *   caller prefers English) and renders with `formatIssue` / `formatIssues` (format.ts), which also turn
 *   the field path into Ukrainian captions from the types' metas ('lines[0].price' → 'Товари та послуги ›
 *   1 › Ціна'). The machine path in `details.errors[].path` never changes.
 *
 * Adding a message: add its code here with both texts (a unit test checks every code has both), then use
 * the code where the reason is produced. English texts are lower-case fragments after "field: ".
 */
import { ukNoun } from './nouns';
import { pluralEn, pluralUk } from './plural';

export type MessageParams = Readonly<Record<string, string | number>>;
export type MessageText = string | ((params: MessageParams) => string);

export interface MessageTexts {
  uk: MessageText;
  en: MessageText;
}

const n = (params: MessageParams, key: string) => Number(params[key]);
/** '999 999 999 999.99' → '999 999 999 999,99': a decimal comma in Ukrainian texts. */
const ukDecimal = (value: string | number | undefined) => String(value ?? '').replace('.', ',');

export const MESSAGES = {
  // ---- general shapes ----
  required: { uk: "обов'язкове поле", en: 'is required' },
  'type.string': { uk: 'має бути текстом', en: 'must be a string' },
  'type.number': { uk: 'має бути числом', en: 'must be a number' },
  'type.list': { uk: 'має бути списком', en: 'must be a list' },
  'type.object': { uk: 'має бути об’єктом', en: 'must be an object' },
  'type.jsonObject': { uk: 'має бути об’єктом JSON', en: 'must be a JSON object' },
  'text.tooLong': {
    uk: (p) => `має бути не довше ${p.max} ${pluralUk(n(p, 'max'), ['символу', 'символів', 'символів'])}`,
    en: (p) => `must be at most ${p.max} ${pluralEn(n(p, 'max'), 'character', 'characters')}`,
  },
  'text.controlCharacters': { uk: 'не може містити керівних символів', en: 'must not contain control characters' },
  'email.invalid': { uk: 'має бути адресою електронної пошти', en: 'must be an e-mail address' },

  // ---- requests to the admin routes of the crm plugin ----
  'request.notAccepted': { uk: 'тут не приймається', en: 'not accepted here' },
  'request.invalid': { uk: 'має неприпустиме значення', en: 'is not valid' },
  'request.format': { uk: 'має неправильний формат', en: 'has the wrong format' },
  'request.oneOf': { uk: (p) => `має бути одним із: ${p.values}`, en: (p) => `must be one of: ${p.values}` },
  'number.atMost': { uk: (p) => `має бути не більше ${p.limit}`, en: (p) => `must be at most ${p.limit}` },
  'number.atLeast': { uk: (p) => `має бути не менше ${p.limit}`, en: (p) => `must be at least ${p.limit}` },
  'text.tooShort': {
    uk: (p) => `має бути не коротше ${p.min} ${pluralUk(n(p, 'min'), ['символу', 'символів', 'символів'])}`,
    en: (p) => `must be at least ${p.min} ${pluralEn(n(p, 'min'), 'character', 'characters')}`,
  },

  // ---- web form ----
  'form.phoneOrEmail': { uk: 'вкажіть телефон або електронну пошту', en: 'a phone or an e-mail is required' },
  'form.consent': { uk: 'потрібна згода на обробку персональних даних', en: 'must be true' },
  'request.whoIsCalling': {
    uk: 'вкажіть ім’я, організацію, телефон або електронну пошту заявника',
    en: 'give the caller’s name, organisation, phone or e-mail',
  },

  // ---- identifiers: ЄДРПОУ, РНОКПП, IBAN, МФО ----
  'identifier.digitString': { uk: 'має складатися з цифр', en: 'must be a string of digits' },
  'identifier.digits': {
    uk: (p) => `має складатися з ${p.count} ${pluralUk(n(p, 'count'), ['цифри', 'цифр', 'цифр'])}`,
    en: (p) => `must be ${p.count} ${pluralEn(n(p, 'count'), 'digit', 'digits')}`,
  },
  'identifier.checkDigit': { uk: 'контрольна цифра не збігається', en: 'check digit does not match' },
  'identifier.taxpayerCode': {
    uk: 'має складатися з 8 цифр (ЄДРПОУ) або 10 цифр (РНОКПП)',
    en: 'must be 8 digits (ЄДРПОУ) or 10 digits (РНОКПП)',
  },
  'iban.characters': { uk: 'може містити лише латинські літери та цифри', en: 'must contain only letters and digits' },
  'iban.start': { uk: 'має починатися з коду країни та двох контрольних цифр', en: 'must start with a country code and 2 check digits' },
  'iban.lengthForCountry': {
    uk: (p) => `для країни ${p.country} має містити ${p.length} ${pluralUk(n(p, 'length'), ['символ', 'символи', 'символів'])}`,
    en: (p) => `must be ${p.length} characters for ${p.country}`,
  },
  'iban.lengthRange': { uk: 'має містити від 15 до 34 символів', en: 'must be 15 to 34 characters' },
  'iban.bankCode': { uk: 'після контрольних цифр має бути шестизначний код банку', en: 'must have a 6-digit bank code after the check digits' },
  'iban.checkDigits': { uk: 'контрольні цифри не збігаються', en: 'check digits do not match' },
  'mfo.ibanMismatch': { uk: 'не збігається з кодом банку в IBAN', en: 'does not match the IBAN bank code' },

  // ---- phones ----
  'phone.invalid': { uk: 'має бути номером телефону', en: 'must be a phone number' },
  'phone.uaFormat': {
    uk: 'має бути українським номером (0XX XXX XX XX) або починатися з +',
    en: 'must be a Ukrainian number (0XX XXX XX XX) or start with +',
  },
  'phone.countryCode': { uk: 'має починатися з коду країни', en: 'must start with a country code' },
  'phone.uaDigits': { uk: 'після +380 має бути 9 цифр', en: 'must have 9 digits after +380' },
  'phone.length': { uk: 'має містити від 8 до 15 цифр', en: 'must have 8 to 15 digits' },

  // ---- numbers and money ----
  'number.whole': { uk: 'має бути цілим числом', en: 'must be a whole number' },
  'number.decimals': {
    uk: (p) => `може мати не більше ${p.scale} ${pluralUk(n(p, 'scale'), ['знака', 'знаків', 'знаків'])} після коми`,
    en: (p) => `must have at most ${p.scale} decimal ${pluralEn(n(p, 'scale'), 'place', 'places')}`,
  },
  'number.notNegative': { uk: 'не може бути від’ємним', en: 'must not be negative' },
  'money.tooLarge': {
    uk: 'завелике для точного обчислення; передайте його рядком',
    en: 'is too large to be exact; pass it as a string',
  },
  'decimal.atMost': { uk: (p) => `має бути не більше ${ukDecimal(p.limit)}`, en: (p) => `must be at most ${p.limit}` },
  'decimal.atLeast': { uk: (p) => `має бути не менше ${ukDecimal(p.limit)}`, en: (p) => `must be at least ${p.limit}` },
  'decimal.wouldBeAbove': {
    uk: (p) => `дорівнювало б ${ukDecimal(p.value)}, а має бути не більше ${ukDecimal(p.limit)}`,
    en: (p) => `would be ${p.value}; must be at most ${p.limit}`,
  },
  'decimal.wouldBeBelow': {
    uk: (p) => `дорівнювало б ${ukDecimal(p.value)}, а має бути не менше ${ukDecimal(p.limit)}`,
    en: (p) => `would be ${p.value}; must be at least ${p.limit}`,
  },
  'money.discountAboveAmount': { uk: 'не може перевищувати кількість × ціну', en: 'must not exceed quantity × price' },
  'money.vatRate': { uk: (p) => `має бути однією зі ставок: ${p.rates}`, en: (p) => `must be one of ${p.rates}` },

  // ---- unique codes (params: noun from unique-codes/fields.ts, label, year) ----
  'unique.belongsTo': {
    uk: (p) => `уже належить ${ukNoun(p.noun).dative} «${p.label}»`,
    en: (p) => `already belongs to ${p.noun} "${p.label}"`,
  },
  'unique.takenInYear': {
    uk: (p) => `у ${p.year} році вже використовується ${ukNoun(p.noun).otherInstrumental}`,
    en: (p) => `is already used by another ${p.noun} in ${p.year}`,
  },
  'unique.taken': {
    uk: (p) => `уже використовується ${ukNoun(p.noun).otherInstrumental}`,
    en: (p) => `is already used by another ${p.noun}`,
  },

  // ---- document number patterns (domain/documents/number-pattern.ts) ----
  'numbering.noSeq': {
    uk: 'шаблон номера має містити лічильник seq, наприклад СФ-{seq:7}',
    en: 'must contain a seq counter, e.g. СФ-{seq:7}',
  },
  'numbering.manySeq': { uk: 'шаблон номера може містити лише один лічильник seq', en: 'must contain only one seq counter' },
  'numbering.unknownToken': {
    uk: (p) => `невідомий елемент ${p.value}; можливі: seq, seq:N, year, yy`,
    en: (p) => `unknown token ${p.value}; known: seq, seq:N, year, yy`,
  },
  'numbering.braces': { uk: 'фігурні дужки мають обрамлювати елемент шаблону', en: 'braces must enclose a token' },
  'numbering.seqWidth': {
    uk: (p) => `ширина лічильника має бути від 1 до ${p.max}`,
    en: (p) => `the seq width must be 1 to ${p.max}`,
  },

  // ---- relation writes (access/relation-write-guard.ts) ----
  'relation.useConnect': { uk: 'цей список змінюйте додаванням і вилученням окремих записів (connect / disconnect)', en: 'change this list with connect and disconnect' },
  'relation.notVisible': { uk: 'не можна прив’язувати чи відв’язувати записи, яких ви не бачите', en: 'you may not link or unlink records you cannot see' },
  'relation.changeNotEditable': { uk: 'не можна змінювати записи, які ви не можете редагувати', en: 'you may not change records you may not edit' },
  'relation.moveNotEditable': { uk: 'не можна переносити записи, які ви не можете редагувати', en: 'you may not move records you may not edit' },
  'relation.takeAway': { uk: 'не можна забирати записи в запису, який ви не можете редагувати', en: 'you may not take records away from a record you may not edit' },
  'relation.assignSelfOnly': { uk: 'можна призначити лише себе', en: 'you may assign only yourself' },
  'relation.contactOfOtherCounterparty': {
    uk: 'контактна особа має належати обраному контрагенту',
    en: 'the contact person must belong to the chosen counterparty',
  },
  'relation.assignOwnDepartmentOnly': { uk: 'можна вказати лише власний відділ', en: 'you may assign only your own department' },
  'notification.systemCreates': { uk: 'сповіщення створює лише система', en: 'notifications are created by the system only' },
  'notification.systemChanges': { uk: 'сповіщення змінює лише система', en: 'only the system changes a notification' },

  // ---- list queries (access/query-guard.ts) ----
  'query.invalid': { uk: 'Недопустимий запит', en: 'Invalid query' },
  'query.unknownContentType': { uk: 'невідомий тип даних', en: 'unknown content type' },
  'query.unknownOperator': { uk: 'невідомий оператор', en: 'unknown operator' },
  'query.plainOperand': { uk: 'оператор приймає лише прості значення', en: 'an operator takes plain values' },
  'query.userField': { uk: 'це поле користувача недоступне для читання', en: 'not a readable field of a user' },
  'query.unknownField': { uk: 'невідоме поле', en: 'unknown field' },
  'query.documentId': { uk: 'має бути ідентифікатором запису', en: "must be a record's documentId" },
  'query.unknownComponent': { uk: 'невідомий компонент', en: 'unknown component' },
  'query.fieldNotReadable': { uk: 'поле недоступне вам для читання', en: 'field not readable' },
  'query.outsideCrm': { uk: 'зв’язок поза межами CRM', en: 'relation outside the CRM' },
  'query.relatedNotReadable': { uk: 'пов’язані записи недоступні вам для читання', en: 'related type not readable' },
  'query.negatedPartlyVisible': { uk: 'заперечна умова на записи, які ви бачите лише частково', en: 'negated condition on partly visible records' },
  'query.sortPartlyVisible': { uk: 'сортування за записами, які ви бачите лише частково', en: 'sorting by partly visible records' },
  'query.sortDirection': { uk: 'невідомий напрям сортування', en: 'unknown sort direction' },

  // ---- dates and periods ----
  'type.dateTime': { uk: 'має бути датою і часом', en: 'must be a date and time' },
  'type.localDate': { uk: 'має бути датою у форматі РРРР-ММ-ДД', en: 'must be a date YYYY-MM-DD' },
  'period.toBeforeFrom': { uk: 'не може бути раніше за початок періоду', en: 'must not be before from' },

  // ---- work schedule (domain/schedule; params: kind = the enum value, label = its caption or the clashing entry) ----
  'schedule.endAfterStart': { uk: 'має бути пізніше за початок', en: 'must be after the start' },
  'schedule.requiredForKind': {
    uk: (p) => `обов’язкове для виду «${p.label}»`,
    en: (p) => `is required for kind "${p.kind}"`,
  },
  'schedule.overlap': {
    uk: (p) => `перетинається з іншим записом графіка цього співробітника: ${p.label}`,
    en: (p) => `overlaps another schedule entry of this employee: ${p.label}`,
  },

  // ---- chronicle, inbox and caller matching ----
  'interaction.nextAfterOccurred': { uk: 'має бути пізніше за дату і час контакту', en: 'must be after the contact' },
  'interaction.notPlanned': { uk: 'виконати можна лише запланований контакт', en: 'only a planned contact can be completed' },
  'request.alreadyMatched': { uk: 'звернення вже пов’язане з контрагентом', en: 'the request is already linked to a counterparty' },
  'request.nameForProspect': {
    uk: 'вкажіть організацію або ім’я заявника, щоб створити потенційного клієнта',
    en: 'an organisation or a caller name is needed to create a prospect',
  },
  'request.closed': { uk: 'звернення вже закрите', en: 'the request is already closed' },
  'forward.sameAssignee': { uk: 'звернення вже в цього співробітника', en: 'the request is already with this employee' },
  'employee.inactive': { uk: 'співробітник не працює', en: 'the employee is not active' },
  'employee.unknown': { uk: 'такого співробітника немає', en: 'there is no such employee' },
  'department.unknown': { uk: 'такого підрозділу немає', en: 'there is no such department' },
  'department.nobody': { uk: 'у підрозділі немає нікого, хто може взяти звернення', en: 'nobody in the department can take the request' },
  'forward.toOrDepartment': { uk: 'вкажіть співробітника або підрозділ (щось одне)', en: 'give an employee or a department (one of them)' },
  'request.notYours': { uk: 'це може зробити лише виконавець звернення або його керівник', en: 'only the assignee or their head may do this' },

  // ---- bank statements (domain/bank; field = a 1C key or a CSV column as the file wrote it, value = what stood there) ----
  'statement.empty': { uk: 'файл порожній', en: 'the file is empty' },
  'statement.unknownFormat': {
    uk: 'це не банківська виписка: очікується файл обміну з 1С (1CClientBankExchange) або CSV-виписка ПриватБанку, iBank2 чи Альфа-Банку (Сенс Банку)',
    en: 'not a bank statement: expected a 1C exchange file (1CClientBankExchange) or a CSV statement of PrivatBank, iBank2 or Alfa-Bank (Sense Bank)',
  },
  'statement.incomplete': { uk: 'файл обривається: після цього рядка немає «КонецФайла»', en: 'the file is cut short: no "КонецФайла" after this line' },
  'statement.unclosedSection': {
    uk: (p) => `розділ «${p.section}», що починається в цьому рядку, не закрито рядком «${p.end}»`,
    en: (p) => `the section "${p.section}" that starts on this line is not closed by "${p.end}"`,
  },
  'statement.strayEnd': { uk: (p) => `«${p.marker}» без початку свого розділу`, en: (p) => `"${p.marker}" without the start of its section` },
  'statement.textAfterEnd': { uk: 'після «КонецФайла» у файлі є ще дані', en: 'the file goes on after "КонецФайла"' },
  'statement.badLine': { uk: 'рядок не має вигляду «Ключ=Значення»', en: 'the line is not "Key=Value"' },
  'statement.duplicateKey': {
    uk: (p) => `«${p.field}» повторюється в розділі з іншим значенням`,
    en: (p) => `"${p.field}" is repeated in the section with another value`,
  },
  'statement.missingField': { uk: (p) => `немає обов’язкового поля «${p.field}»`, en: (p) => `the required field "${p.field}" is missing` },
  'statement.badAmount': {
    uk: (p) => `у полі «${p.field}» неправильна сума: «${p.value}»`,
    en: (p) => `"${p.field}" has a wrong amount: "${p.value}"`,
  },
  'statement.zeroAmount': {
    uk: (p) => `сума в полі «${p.field}» має бути більшою за нуль`,
    en: (p) => `the amount in "${p.field}" must be above zero`,
  },
  'statement.badDate': {
    uk: (p) => `у полі «${p.field}» неправильна дата: «${p.value}» (очікується ДД.ММ.РРРР)`,
    en: (p) => `"${p.field}" has a wrong date: "${p.value}" (expected DD.MM.YYYY)`,
  },
  'statement.badCurrency': {
    uk: (p) => `у полі «${p.field}» невідомий код валюти: «${p.value}»`,
    en: (p) => `"${p.field}" has an unknown currency code: "${p.value}"`,
  },
  'statement.unknownDirection': {
    uk: 'не видно, надходження це чи списання: жоден рахунок документа не є рахунком виписки, а дати надходження і списання цього не вирішують',
    en: 'cannot tell incoming from outgoing: neither account of the document is one of the statement’s, and the dates of receipt and debit do not decide it',
  },
  'statement.unknownAccount': {
    uk: 'не видно, якого з рахунків виписки стосується документ',
    en: 'cannot tell which of the statement’s accounts the document belongs to',
  },
  'statement.balanceMismatch': {
    uk: (p) => `рахунок ${p.account}: у «${p.field}» ${ukDecimal(p.declared)}, а за документами виходить ${ukDecimal(p.computed)}`,
    en: (p) => `account ${p.account}: "${p.field}" says ${p.declared}, the documents give ${p.computed}`,
  },
  'statement.missingColumn': { uk: (p) => `немає стовпця «${p.field}»`, en: (p) => `the column "${p.field}" is missing` },
  'statement.columnCount': {
    uk: (p) => `у рядку ${p.count} ${pluralUk(n(p, 'count'), ['поле', 'поля', 'полів'])}, а в заголовку ${p.expected}`,
    en: (p) => `the row has ${p.count} ${pluralEn(n(p, 'count'), 'field', 'fields')}, the header ${p.expected}`,
  },
  'statement.unclosedQuote': {
    uk: 'лапки, відкриті в цьому рядку, не закрито до кінця файлу',
    en: 'a quote opened on this line is not closed before the end of the file',
  },
  'statement.debitAndCredit': { uk: 'сума стоїть і в дебеті, і в кредиті', en: 'there is an amount both in debit and in credit' },
  'statement.badOperation': {
    uk: (p) => `у полі «${p.field}» має бути «Дебет» або «Кредит», а не «${p.value}»`,
    en: (p) => `"${p.field}" must be "Дебет" or "Кредит", not "${p.value}"`,
  },

  // ---- bank statements and payments (src/bank) ----
  'statement.atLine': { uk: (p) => `рядок ${p.line}: ${p.reason}`, en: (p) => `line ${p.line}: ${p.reason}` },
  'statement.unsupportedCurrency': {
    uk: (p) => `валюта «${p.value}» не підтримується в оплатах Vitrylo`,
    en: (p) => `the currency "${p.value}" is not supported for payments`,
  },
  'statement.fileMissing': { uk: 'додайте один файл виписки', en: 'attach one statement file' },
  'statement.fileTooLarge': {
    uk: (p) => `файл завеликий: не більше ${p.megabytes} МБ`,
    en: (p) => `the file is too large: at most ${p.megabytes} MB`,
  },
  'payment.invoiceOfAnotherCounterparty': {
    uk: 'рахунок належить іншому контрагентові, ніж оплата',
    en: 'the invoice belongs to another counterparty than the payment',
  },

  // ---- reports (domain/reports; cell = an address such as C7, placeholder = '{{row.amount}}' as written) ----
  'subscription.cron': {
    uk: 'має бути розкладом cron з п’яти полів (хвилина година день місяць день-тижня), напр. «0 8 * * 1»',
    en: 'must be a cron expression of five fields (minute hour day month weekday), e.g. "0 8 * * 1"',
  },
  'subscription.recipient': { uk: (p) => `«${p.value}» не є адресою електронної пошти`, en: (p) => `"${p.value}" is not an e-mail address` },
  'subscription.tooManyRecipients': { uk: (p) => `не більше ${p.max} адрес`, en: (p) => `at most ${p.max} addresses` },
  'subscription.unknownReport': { uk: 'такого звіту немає', en: 'there is no such report' },
  'subscription.ownerMayNotRun': {
    uk: 'власник підписки не може формувати цей звіт',
    en: 'the subscription\'s owner may not run this report',
  },
  'report.referenceNotFound': { uk: 'запис не знайдено або він вам недоступний', en: 'no such record, or it is not visible to you' },
  'report.template.fileMissing': { uk: 'додайте один файл шаблону .xlsx', en: 'attach one .xlsx template file' },
  'report.unknownParameter': { uk: 'у цього звіту немає такого параметра', en: 'is not a parameter of this report' },
  'report.periodTooLong': {
    uk: (p) => `період має бути не довшим за ${p.max} ${pluralUk(n(p, 'max'), ['день', 'дні', 'днів'])}`,
    en: (p) => `the period must be at most ${p.max} ${pluralEn(n(p, 'max'), 'day', 'days')}`,
  },
  'report.tooManyRows': {
    uk: (p) => `забагато рядків: аркуш вміщує не більше ${p.max}; звузьте період або умови відбору`,
    en: (p) => `too many rows: a sheet holds at most ${p.max}; narrow the period or the filters`,
  },
  'report.template.notXlsx': {
    uk: 'це не файл Excel у форматі .xlsx (файл .xls відкрийте й збережіть як .xlsx)',
    en: 'not an Excel .xlsx file (open an .xls file and save it as .xlsx)',
  },
  'report.template.noSheet': { uk: 'у файлі немає жодного аркуша', en: 'the file has no sheet' },
  'report.template.noDataRow': {
    uk: 'немає рядка даних: рядок, що повторюється для кожного запису, позначають заповнювачами {{row.…}}',
    en: 'no data row: mark the row repeated for every record with {{row.…}} placeholders',
  },
  'report.template.severalSheets': {
    uk: (p) => `заповнювачі {{row.…}} стоять на кількох аркушах (${p.sheets}); рядок даних може бути лише на одному`,
    en: (p) => `{{row.…}} placeholders stand on several sheets (${p.sheets}); the data row must be on one`,
  },
  'report.template.severalRows': {
    uk: (p) => `заповнювачі {{row.…}} стоять у кількох рядках (${p.rows}); рядок даних має бути один`,
    en: (p) => `{{row.…}} placeholders stand on several rows (${p.rows}); there must be one data row`,
  },
  'report.template.unknownField': {
    uk: (p) => `у звіті немає поля «${p.field}» (${p.placeholder} у клітинці ${p.cell})`,
    en: (p) => `the report has no field "${p.field}" (${p.placeholder} in cell ${p.cell})`,
  },
  'report.template.unknownPlaceholder': {
    uk: (p) =>
      `невідомий заповнювач ${p.placeholder} у клітинці ${p.cell}; у подвійних фігурних дужках можна писати title, company, period, parameters, parameter.…, generatedAt, row.…, total.…`,
    en: (p) =>
      `unknown placeholder ${p.placeholder} in cell ${p.cell}; known in double braces are title, company, period, parameters, parameter.…, generatedAt, row.…, total.…`,
  },
  'report.template.noTotal': {
    uk: (p) => `звіт не рахує підсумку за полем «${p.field}» (клітинка ${p.cell})`,
    en: (p) => `the report computes no total of "${p.field}" (cell ${p.cell})`,
  },
  'report.template.mergedDataRow': {
    uk: (p) => `об’єднані клітинки ${p.range} захоплюють рядок даних разом із сусідніми рядками; роз’єднайте їх`,
    en: (p) => `the merged cells ${p.range} join the data row with its neighbours; unmerge them`,
  },
  'report.template.excelTable': {
    uk: (p) => `на аркуші є таблиця Excel «${p.name}»; перетворіть її на звичайний діапазон`,
    en: (p) => `the sheet holds the Excel table "${p.name}"; convert it to a normal range`,
  },

  // ---- admin routes (access/admin-route-rules.ts) ----
  'route.invalidRequest': { uk: 'Недопустимий запит', en: 'Invalid request' },
  'route.contentManagerClosed': { uk: 'цей маршрут менеджера вмісту закритий для працівників', en: 'this content-manager route is not open to staff' },
  'route.adminClosed': { uk: 'цей маршрут адмін-панелі закритий для працівників', en: 'this admin route is not open to staff' },
  'route.queryParameter': { uk: 'параметр запиту тут не приймається', en: 'query parameter not accepted here' },
  'route.objectExpected': { uk: 'очікується об’єкт', en: 'an object is expected' },
  'route.bodyField': { uk: 'поле тіла запиту тут не приймається', en: 'body field not accepted here' },
  'route.unknownField': { uk: 'невідоме поле', en: 'unknown field' },
  'route.relationOperation': { uk: 'невідома операція зі зв’язком', en: 'unknown relation operation' },
} satisfies Record<string, MessageTexts>;

export type MessageCode = keyof typeof MESSAGES;

export function isMessageCode(code: unknown): code is MessageCode {
  return typeof code === 'string' && Object.prototype.hasOwnProperty.call(MESSAGES, code);
}
