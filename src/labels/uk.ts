/**
 * Ukrainian labels for every Vitrylo content type and component: display names, field captions and
 * enumeration captions. Plain data, no Strapi imports: the admin panel (translations, content-manager
 * view settings), reports and exports all read from here.
 *
 * Keys are uids: 'api::<name>.<name>' for content types, 'crm.<name>' for components.
 */

export interface UkTypeLabels {
  displayName: string;
  pluralName?: string;
  fields: Record<string, string>;
  enums?: Record<string, Record<string, string>>;
}

/** Captions of the fields Strapi adds to every content type. */
export const systemFieldLabels: Record<string, string> = {
  id: 'ID',
  documentId: 'ID документа',
  createdAt: 'Створено',
  updatedAt: 'Змінено',
  createdBy: 'Створив',
  updatedBy: 'Змінив',
};

// ---- shared captions -------------------------------------------------------------------------

const referenceFields: Record<string, string> = {
  name: 'Назва',
  code: 'Код',
  sortOrder: 'Порядок сортування',
  active: 'Активний',
  description: 'Опис',
};

const counterpartyKinds: Record<string, string> = {
  client: 'Клієнт',
  prospect: 'Потенційний клієнт',
  partner: 'Партнер',
  competitor: 'Конкурент',
  supplier: 'Постачальник',
  other: 'Інше',
};

const requestChannels: Record<string, string> = {
  phone: 'Телефон',
  email: 'Електронна пошта',
  web: 'Форма на сайті',
  'walk-in': 'Особисте звернення',
  messenger: 'Месенджер',
};

const currencies: Record<string, string> = {
  UAH: 'Гривня (UAH)',
  USD: 'Долар США (USD)',
  EUR: 'Євро (EUR)',
  PLN: 'Польський злотий (PLN)',
  GBP: 'Фунт стерлінгів (GBP)',
};

const ref = (displayName: string, pluralName: string, extra: Partial<UkTypeLabels> = {}): UkTypeLabels => ({
  displayName,
  pluralName,
  fields: { ...referenceFields, ...(extra.fields ?? {}) },
  ...(extra.enums ? { enums: extra.enums } : {}),
});

// ---- labels ----------------------------------------------------------------------------------

export const ukLabels: Record<string, UkTypeLabels> = {
  // Reference lists
  'api::industry.industry': ref('Галузь', 'Галузі'),
  'api::market-segment.market-segment': ref('Сегмент ринку', 'Сегменти ринку'),
  'api::region.region': ref('Регіон', 'Регіони'),
  'api::business-line.business-line': ref('Напрям діяльності', 'Напрями діяльності'),
  'api::interaction-stage.interaction-stage': ref('Етап продажу', 'Етапи продажу'),
  'api::loss-reason.loss-reason': ref('Причина відмови', 'Причини відмови'),
  'api::product-group.product-group': ref('Група товарів і послуг', 'Групи товарів і послуг'),
  'api::lead-source.lead-source': ref('Джерело залучення', 'Джерела залучення', {
    fields: { channel: 'Рекламний канал' },
    enums: {
      channel: {
        tv: 'Телебачення',
        radio: 'Радіо',
        press: 'Преса',
        internet: 'Інтернет',
        social: 'Соціальні мережі',
        exhibition: 'Виставка',
        referral: 'Рекомендація',
        outdoor: 'Зовнішня реклама',
        mailing: 'Розсилка',
        other: 'Інше',
      },
    },
  }),

  // Organisation
  'api::department.department': {
    displayName: 'Підрозділ',
    pluralName: 'Підрозділи',
    fields: {
      name: 'Назва',
      parent: 'Вищий підрозділ',
      children: 'Підпорядковані підрозділи',
      head: 'Керівник',
      employees: 'Співробітники',
      note: 'Примітка',
    },
  },
  'api::employee.employee': {
    displayName: 'Співробітник',
    pluralName: 'Співробітники',
    fields: {
      fullName: 'ПІБ',
      position: 'Посада',
      department: 'Підрозділ',
      phone: 'Телефон',
      email: 'Електронна пошта',
      adminUser: 'Обліковий запис для входу',
      active: 'Працює',
      counterparties: 'Закріплені контрагенти',
      interactions: 'Хроніка контактів',
      assignedRequests: 'Доручені звернення',
      scheduleEntries: 'Графік роботи',
    },
  },

  // Counterparties
  'api::counterparty.counterparty': {
    displayName: 'Контрагент',
    pluralName: 'Контрагенти',
    fields: {
      kind: 'Тип контрагента',
      name: 'Назва',
      fullName: 'Повна назва',
      legalForm: 'Організаційно-правова форма',
      edrpou: 'ЄДРПОУ',
      rnokpp: 'РНОКПП (ІПН)',
      vatNumber: 'ІПН платника ПДВ',
      bankAccounts: 'Банківські рахунки',
      address: 'Адреса',
      phone: 'Телефон',
      email: 'Електронна пошта',
      website: 'Вебсайт',
      industry: 'Галузь',
      marketSegment: 'Сегмент ринку',
      region: 'Регіон',
      leadSource: 'Джерело залучення',
      manager: 'Відповідальний менеджер',
      department: 'Підрозділ',
      state: 'Стан',
      attributes: 'Додаткові реквізити',
      note: 'Примітка',
      segments: 'Сегменти та групи',
      contactPersons: 'Контактні особи',
      interactions: 'Хроніка контактів',
      inboundRequests: 'Вхідні звернення',
      contracts: 'Договори',
      invoices: 'Рахунки',
      payments: 'Оплати',
      refusals: 'Відмови',
      complaints: 'Рекламації',
    },
    enums: {
      kind: counterpartyKinds,
      state: { active: 'Діючий', ceased: 'Припинений' },
    },
  },
  'api::contact-person.contact-person': {
    displayName: 'Контактна особа',
    pluralName: 'Контактні особи',
    fields: {
      counterparty: 'Контрагент',
      fullName: 'ПІБ',
      position: 'Посада',
      phone: 'Телефон',
      email: 'Електронна пошта',
      birthday: 'Дата народження',
      isPrimary: 'Основна контактна особа',
      note: 'Примітка',
    },
  },

  // Sales and service
  'api::interaction.interaction': {
    displayName: 'Запис хроніки контактів',
    pluralName: 'Хроніка контактів',
    fields: {
      counterparty: 'Контрагент',
      contactPerson: 'Контактна особа',
      employee: 'Співробітник',
      occurredAt: 'Дата і час',
      kind: 'Вид контакту',
      direction: 'Ініціатива',
      stage: 'Етап продажу',
      businessLine: 'Напрям діяльності',
      subject: 'Тема',
      content: 'Зміст',
      result: 'Результат',
      state: 'Статус',
      nextContactAt: 'Наступний контакт',
      nextContactNote: 'Мета наступного контакту',
      inboundRequest: 'Вхідне звернення',
      contract: 'Договір',
      invoice: 'Рахунок',
      marketingEvent: 'Маркетинговий захід',
    },
    enums: {
      kind: {
        'call-in': 'Вхідний дзвінок',
        'call-out': 'Вихідний дзвінок',
        meeting: 'Зустріч',
        visit: 'Візит',
        email: 'Електронний лист',
        letter: 'Лист',
        messenger: 'Месенджер',
        other: 'Інше',
      },
      direction: { inbound: 'Вхідний (від клієнта)', outbound: 'Вихідний (від нас)' },
      state: { planned: 'Заплановано', done: 'Виконано', cancelled: 'Скасовано' },
    },
  },
  'api::inbound-request.inbound-request': {
    displayName: 'Вхідне звернення',
    pluralName: 'Вхідні звернення',
    fields: {
      receivedAt: 'Дата і час надходження',
      channel: 'Канал звернення',
      callerName: "Ім'я заявника",
      callerPhone: 'Телефон заявника',
      callerEmail: 'Електронна пошта заявника',
      organizationName: 'Організація',
      counterparty: 'Контрагент',
      contactPerson: 'Контактна особа',
      subject: 'Тема',
      message: 'Текст звернення',
      leadSource: 'Джерело залучення',
      businessLine: 'Напрям діяльності',
      urgency: 'Терміновість',
      registeredBy: 'Зареєстрував',
      targetDepartment: 'Підрозділ-виконавець',
      assignee: 'Виконавець',
      state: 'Статус',
      readAt: 'Прочитано',
      doneAt: 'Виконано',
      dueAt: 'Виконати до',
      interaction: 'Запис хроніки контактів',
      consent: 'Згода на обробку персональних даних',
    },
    enums: {
      channel: requestChannels,
      urgency: { low: 'Низька', normal: 'Звичайна', high: 'Висока', critical: 'Критична' },
      state: {
        new: 'Нове',
        assigned: 'Призначене',
        read: 'Прочитане',
        'in-progress': 'В роботі',
        done: 'Виконане',
        rejected: 'Відхилене',
      },
    },
  },
  'api::routing-rule.routing-rule': {
    displayName: 'Правило розподілу звернень',
    pluralName: 'Правила розподілу звернень',
    fields: {
      name: 'Назва',
      priority: 'Пріоритет',
      active: 'Діє',
      conditions: 'Умови',
      targetDepartment: 'Передати підрозділу',
      targetEmployee: 'Передати співробітнику',
    },
  },
  'api::notification.notification': {
    displayName: 'Повідомлення',
    pluralName: 'Повідомлення',
    fields: {
      recipient: 'Одержувач',
      kind: 'Вид',
      title: 'Заголовок',
      body: 'Текст',
      link: 'Посилання',
      readAt: 'Прочитано',
    },
    enums: {
      kind: {
        'inbound-request': 'Вхідне звернення',
        'next-contact': 'Нагадування про контакт',
        'overdue-invoice': 'Прострочений рахунок',
        complaint: 'Рекламація',
        system: 'Системне',
      },
    },
  },

  // Products and documents
  'api::product.product': {
    displayName: 'Товар / послуга',
    pluralName: 'Товари та послуги',
    fields: {
      code: 'Артикул',
      name: 'Найменування',
      kind: 'Вид',
      unit: 'Одиниця виміру',
      price: 'Ціна',
      vatRate: 'Ставка ПДВ, %',
      productGroup: 'Група товарів і послуг',
      active: 'Активний',
      description: 'Опис',
    },
    enums: {
      kind: { goods: 'Товар', service: 'Послуга' },
    },
  },
  'api::contract.contract': {
    displayName: 'Договір',
    pluralName: 'Договори',
    fields: {
      number: 'Номер',
      date: 'Дата',
      counterparty: 'Контрагент',
      author: 'Відповідальний',
      agent: 'Агент (посередник)',
      subject: 'Предмет договору',
      validFrom: 'Діє з',
      validTo: 'Діє до',
      currency: 'Валюта',
      lines: 'Специфікація',
      totalNet: 'Сума без ПДВ',
      totalVat: 'Сума ПДВ',
      total: 'Сума з ПДВ',
      state: 'Статус',
      invoices: 'Рахунки',
      note: 'Примітка',
    },
    enums: {
      currency: currencies,
      state: { draft: 'Чернетка', active: 'Діючий', completed: 'Виконаний', terminated: 'Розірваний' },
    },
  },
  'api::invoice.invoice': {
    displayName: 'Рахунок',
    pluralName: 'Рахунки',
    fields: {
      number: 'Номер',
      date: 'Дата',
      counterparty: 'Контрагент',
      contract: 'Договір',
      author: 'Відповідальний',
      agent: 'Агент (посередник)',
      currency: 'Валюта',
      lines: 'Товари та послуги',
      totalNet: 'Сума без ПДВ',
      totalVat: 'Сума ПДВ',
      total: 'Усього з ПДВ',
      dueDate: 'Сплатити до',
      paidAmount: 'Сплачено',
      state: 'Статус',
      payments: 'Оплати',
      note: 'Примітка',
    },
    enums: {
      currency: currencies,
      state: {
        draft: 'Чернетка',
        issued: 'Виставлений',
        'partially-paid': 'Частково оплачений',
        paid: 'Оплачений',
        overdue: 'Прострочений',
        cancelled: 'Анульований',
      },
    },
  },
  'api::payment.payment': {
    displayName: 'Оплата',
    pluralName: 'Оплати',
    fields: {
      date: 'Дата',
      amount: 'Сума',
      currency: 'Валюта',
      direction: 'Вид операції',
      payerName: 'Платник',
      payerCode: 'ЄДРПОУ / РНОКПП платника',
      payerIban: 'Рахунок (IBAN) платника',
      payeeName: 'Отримувач',
      payeeCode: 'ЄДРПОУ / РНОКПП отримувача',
      payeeIban: 'Рахунок (IBAN) отримувача',
      purpose: 'Призначення платежу',
      bankDocNumber: 'Номер платіжного документа',
      bankDocDate: 'Дата платіжного документа',
      counterparty: 'Контрагент',
      invoice: 'Рахунок',
      contract: 'Договір',
      statement: 'Банківська виписка',
      matchStatus: 'Зіставлення з рахунком',
      dedupeKey: 'Ключ унікальності',
    },
    enums: {
      currency: currencies,
      direction: { incoming: 'Надходження', outgoing: 'Списання' },
      matchStatus: { auto: 'Автоматично', manual: 'Вручну', unmatched: 'Не зіставлено' },
    },
  },
  'api::bank-statement.bank-statement': {
    displayName: 'Банківська виписка',
    pluralName: 'Банківські виписки',
    fields: {
      file: 'Файл виписки',
      fileName: "Ім'я файлу",
      format: 'Формат',
      encoding: 'Кодування',
      account: 'Рахунок (IBAN)',
      periodFrom: 'Період з',
      periodTo: 'Період по',
      openingBalance: 'Вхідний залишок',
      closingBalance: 'Вихідний залишок',
      totalIncoming: 'Усього надходжень',
      totalOutgoing: 'Усього списань',
      documentsCount: 'Документів у виписці',
      createdCount: 'Створено оплат',
      duplicatesCount: 'Дублікатів',
      matchedCount: 'Зіставлено',
      unmatchedCount: 'Не зіставлено',
      importedBy: 'Імпортував',
      importedAt: 'Дата імпорту',
      state: 'Статус',
      errorMessage: 'Текст помилки',
      payments: 'Оплати',
    },
    enums: {
      // `format` is stored as a string (Strapi rejects the enum value "1c-client-bank"); these are its allowed values.
      format: {
        '1c-client-bank': '1С: Клієнт-банк',
        'csv-ibank2': 'CSV (iBank 2 UA)',
        'csv-sense': 'CSV (Sense Bank)',
        'csv-generic': 'CSV (загальний)',
      },
      state: { processing: 'Обробляється', imported: 'Імпортовано', failed: 'Помилка' },
    },
  },

  // Schedule
  'api::schedule-entry.schedule-entry': {
    displayName: 'Запис графіка роботи',
    pluralName: 'Графік роботи',
    fields: {
      employee: 'Співробітник',
      start: 'Початок',
      end: 'Закінчення',
      kind: 'Вид',
      counterparty: 'Контрагент',
      city: 'Місто',
      organization: 'Організація',
      purpose: 'Мета',
      note: 'Примітка',
    },
    enums: {
      kind: {
        office: 'В офісі',
        'client-visit': 'Візит до клієнта',
        'business-trip': 'Відрядження',
        remote: 'Віддалена робота',
        vacation: 'Відпустка',
        'sick-leave': 'Лікарняний',
        'day-off': 'Вихідний',
        other: 'Інше',
      },
    },
  },

  // Marketing
  'api::marketing-event.marketing-event': {
    displayName: 'Маркетинговий захід',
    pluralName: 'Маркетингові заходи',
    fields: {
      kind: 'Вид заходу',
      name: 'Назва',
      start: 'Початок',
      end: 'Закінчення',
      place: 'Місце проведення',
      responsible: 'Відповідальний',
      budget: 'Бюджет',
      participants: 'Учасники',
      materials: 'Рекламні матеріали',
      costs: 'Витрати',
      revenues: 'Доходи',
      promotedProducts: 'Товари в акції',
      discountPercent: 'Знижка, %',
      leadSource: 'Джерело залучення',
      description: 'Опис',
      interactions: 'Хроніка контактів',
    },
    enums: {
      kind: {
        promotion: 'Акція',
        'price-promotion': 'Цінова акція',
        'image-campaign': 'Іміджева кампанія',
        seminar: 'Семінар',
        exhibition: 'Виставка',
        presentation: 'Презентація',
        mailing: 'Розсилка',
        other: 'Інше',
      },
    },
  },
  'api::marketing-material.marketing-material': {
    displayName: 'Рекламний матеріал',
    pluralName: 'Рекламні матеріали',
    fields: {
      name: 'Назва',
      kind: 'Вид',
      unitCost: 'Вартість одиниці',
      stock: 'Залишок',
      description: 'Опис',
    },
    enums: {
      kind: {
        booklet: 'Буклет',
        catalog: 'Каталог',
        banner: 'Банер',
        souvenir: 'Сувенір',
        sample: 'Зразок продукції',
        video: 'Відеоролик',
        other: 'Інше',
      },
    },
  },
  'api::segment.segment': {
    displayName: 'Сегмент / група',
    pluralName: 'Сегменти та групи',
    fields: {
      name: 'Назва',
      purpose: 'Призначення',
      mode: 'Склад',
      criteria: 'Умови відбору',
      members: 'Контрагенти',
      description: 'Опис',
    },
    enums: {
      purpose: { mailing: 'Розсилка', promo: 'Акція', analysis: 'Аналіз' },
      mode: { dynamic: 'Динамічний (за умовами відбору)', static: 'Статичний (вибрані вручну)' },
    },
  },

  // Losses and complaints
  'api::refusal.refusal': {
    displayName: 'Відмова',
    pluralName: 'Відмови та розриви співпраці',
    fields: {
      counterparty: 'Контрагент',
      date: 'Дата',
      kind: 'Вид',
      lossReason: 'Причина відмови',
      stage: 'Етап продажу',
      product: 'Товар / послуга',
      competitor: 'Конкурент',
      lostAmount: 'Втрачена сума',
      employee: 'Співробітник',
      comment: 'Коментар',
    },
    enums: {
      kind: { 'refused-purchase': 'Відмова від покупки', 'ended-cooperation': 'Припинення співпраці' },
    },
  },
  'api::complaint.complaint': {
    displayName: 'Рекламація',
    pluralName: 'Рекламації',
    fields: {
      number: 'Номер',
      receivedAt: 'Дата надходження',
      counterparty: 'Контрагент',
      contactPerson: 'Контактна особа',
      product: 'Товар / послуга',
      invoice: 'Рахунок',
      category: 'Категорія',
      severity: 'Важливість',
      description: 'Суть рекламації',
      registeredBy: 'Зареєстрував',
      responsible: 'Відповідальний',
      state: 'Статус',
      resolution: 'Рішення',
      resolvedAt: 'Дата вирішення',
      cost: 'Витрати на врегулювання',
    },
    enums: {
      category: {
        quality: 'Якість',
        delivery: 'Доставка',
        service: 'Обслуговування',
        documents: 'Документи',
        other: 'Інше',
      },
      severity: { low: 'Низька', medium: 'Середня', high: 'Висока', critical: 'Критична' },
      state: { new: 'Нова', investigating: 'Розглядається', resolved: 'Вирішена', rejected: 'Відхилена' },
    },
  },

  // Reports
  'api::report-template.report-template': {
    displayName: 'Шаблон звіту',
    pluralName: 'Шаблони звітів',
    fields: {
      reportKey: 'Код звіту',
      name: 'Назва',
      file: 'Файл шаблону (.xlsx)',
      active: 'Активний',
      description: 'Опис',
    },
  },

  // Audit trail
  'api::audit-entry.audit-entry': {
    displayName: 'Запис журналу змін',
    pluralName: 'Журнал змін',
    fields: {
      occurredAt: 'Дата і час',
      actorType: 'Хто змінив',
      actorAdminUser: 'Користувач',
      actorName: 'Автор зміни',
      apiTokenName: 'API-токен',
      targetUid: 'Тип запису',
      targetDocumentId: 'ID запису',
      targetLabel: 'Запис',
      action: 'Дія',
      changes: 'Зміни',
      jobName: 'Пакетне завдання',
      counts: 'Підсумки завдання',
    },
    enums: {
      actorType: { admin: 'Користувач адмін-панелі', 'api-token': 'API-токен', system: 'Система' },
      action: { create: 'Створення', update: 'Зміна', delete: 'Видалення', 'bulk-job': 'Пакетне завдання' },
    },
  },

  // Components
  'crm.bank-account': {
    displayName: 'Банківський рахунок',
    pluralName: 'Банківські рахунки',
    fields: {
      iban: 'IBAN',
      bankName: 'Банк',
      mfo: 'МФО',
      currency: 'Валюта',
      isMain: 'Основний рахунок',
    },
  },
  'crm.address': {
    displayName: 'Адреса',
    fields: {
      postalCode: 'Поштовий індекс',
      city: 'Населений пункт',
      street: 'Вулиця',
      building: 'Будинок',
      office: 'Офіс / квартира',
      country: 'Країна',
    },
  },
  'crm.document-line': {
    displayName: 'Рядок документа',
    pluralName: 'Рядки документа',
    fields: {
      product: 'Товар / послуга',
      description: 'Опис',
      quantity: 'Кількість',
      unit: 'Од. виміру',
      price: 'Ціна',
      discount: 'Знижка (сума)',
      vatRate: 'Ставка ПДВ, %',
      net: 'Сума без ПДВ',
      vat: 'ПДВ',
      total: 'Сума з ПДВ',
    },
  },
  'crm.event-participant': {
    displayName: 'Учасник заходу',
    pluralName: 'Учасники заходу',
    fields: {
      counterparty: 'Контрагент',
      contactPerson: 'Контактна особа',
      status: 'Статус участі',
    },
    enums: {
      status: { invited: 'Запрошений', registered: 'Зареєстрований', attended: 'Був присутній', 'no-show': "Не з'явився" },
    },
  },
  'crm.event-material': {
    displayName: 'Використаний рекламний матеріал',
    pluralName: 'Використані рекламні матеріали',
    fields: {
      marketingMaterial: 'Рекламний матеріал',
      quantity: 'Кількість',
    },
  },
  'crm.money-item': {
    displayName: 'Стаття',
    pluralName: 'Статті',
    fields: {
      item: 'Стаття',
      amount: 'Сума',
      date: 'Дата',
    },
  },
  'crm.routing-condition': {
    displayName: 'Умови розподілу',
    fields: {
      businessLine: 'Напрям діяльності',
      channel: 'Канал звернення',
      counterpartyKind: 'Тип контрагента',
      keywords: 'Ключові слова',
    },
    enums: {
      channel: requestChannels,
      counterpartyKind: counterpartyKinds,
    },
  },
};

/**
 * The field that shows a record in relation pickers and lists of related records (content-manager `mainField`).
 * Components are included: their main field labels collapsed repeatable items.
 */
export const mainFields: Record<string, string> = {
  'api::industry.industry': 'name',
  'api::market-segment.market-segment': 'name',
  'api::region.region': 'name',
  'api::business-line.business-line': 'name',
  'api::interaction-stage.interaction-stage': 'name',
  'api::loss-reason.loss-reason': 'name',
  'api::product-group.product-group': 'name',
  'api::lead-source.lead-source': 'name',
  'api::department.department': 'name',
  'api::employee.employee': 'fullName',
  'api::counterparty.counterparty': 'name',
  'api::contact-person.contact-person': 'fullName',
  'api::interaction.interaction': 'subject',
  'api::inbound-request.inbound-request': 'subject',
  'api::routing-rule.routing-rule': 'name',
  'api::notification.notification': 'title',
  'api::product.product': 'name',
  'api::contract.contract': 'number',
  'api::invoice.invoice': 'number',
  'api::payment.payment': 'purpose',
  'api::bank-statement.bank-statement': 'fileName',
  'api::schedule-entry.schedule-entry': 'purpose',
  'api::marketing-event.marketing-event': 'name',
  'api::marketing-material.marketing-material': 'name',
  'api::segment.segment': 'name',
  'api::refusal.refusal': 'comment',
  'api::complaint.complaint': 'number',
  'api::report-template.report-template': 'name',
  'api::audit-entry.audit-entry': 'targetLabel',
  'crm.bank-account': 'iban',
  'crm.address': 'city',
  'crm.document-line': 'description',
  'crm.event-participant': 'status',
  'crm.event-material': 'quantity',
  'crm.money-item': 'item',
  'crm.routing-condition': 'keywords',
};

/** Columns of the content-manager list view, in order (content types only). */
export const listColumns: Record<string, string[]> = {
  'api::industry.industry': ['name', 'code', 'sortOrder', 'active'],
  'api::market-segment.market-segment': ['name', 'code', 'sortOrder', 'active'],
  'api::region.region': ['name', 'code', 'sortOrder', 'active'],
  'api::business-line.business-line': ['name', 'code', 'sortOrder', 'active'],
  'api::interaction-stage.interaction-stage': ['name', 'code', 'sortOrder', 'active'],
  'api::loss-reason.loss-reason': ['name', 'code', 'sortOrder', 'active'],
  'api::product-group.product-group': ['name', 'code', 'sortOrder', 'active'],
  'api::lead-source.lead-source': ['name', 'channel', 'code', 'sortOrder', 'active'],
  'api::department.department': ['name', 'parent', 'head', 'employees'],
  'api::employee.employee': ['fullName', 'position', 'department', 'phone', 'email', 'active'],
  'api::counterparty.counterparty': ['name', 'kind', 'edrpou', 'phone', 'manager', 'state'],
  'api::contact-person.contact-person': ['fullName', 'counterparty', 'position', 'phone', 'email'],
  'api::interaction.interaction': ['occurredAt', 'kind', 'counterparty', 'subject', 'employee', 'state'],
  'api::inbound-request.inbound-request': ['receivedAt', 'channel', 'callerName', 'subject', 'assignee', 'state'],
  'api::routing-rule.routing-rule': ['name', 'priority', 'active', 'targetDepartment', 'targetEmployee'],
  'api::notification.notification': ['createdAt', 'title', 'kind', 'recipient', 'readAt'],
  'api::product.product': ['code', 'name', 'kind', 'unit', 'price', 'active'],
  'api::contract.contract': ['number', 'date', 'counterparty', 'total', 'currency', 'state'],
  'api::invoice.invoice': ['number', 'date', 'counterparty', 'total', 'dueDate', 'state'],
  'api::payment.payment': ['date', 'amount', 'direction', 'counterparty', 'invoice', 'matchStatus'],
  'api::bank-statement.bank-statement': ['importedAt', 'fileName', 'account', 'documentsCount', 'unmatchedCount', 'state'],
  'api::schedule-entry.schedule-entry': ['employee', 'start', 'end', 'kind', 'counterparty', 'city'],
  'api::marketing-event.marketing-event': ['name', 'kind', 'start', 'end', 'responsible', 'budget'],
  'api::marketing-material.marketing-material': ['name', 'kind', 'unitCost', 'stock'],
  'api::segment.segment': ['name', 'purpose', 'mode', 'members'],
  'api::refusal.refusal': ['date', 'counterparty', 'kind', 'lossReason', 'competitor', 'lostAmount'],
  'api::complaint.complaint': ['number', 'receivedAt', 'counterparty', 'category', 'severity', 'state'],
  'api::report-template.report-template': ['reportKey', 'name', 'active', 'updatedAt'],
  'api::audit-entry.audit-entry': ['occurredAt', 'actorName', 'action', 'targetUid', 'targetLabel', 'jobName'],
};
