/** What each person's home page shows, as rules: what "today", "overdue", "mine", "unpaid" mean. */
export * from './business-day';
export * from './list-query';
export * from './people';
export * from './money-totals';
export * from './counterparties';
export * from './contacts';
export * from './requests';
export * from './invoices';
export * from './payments';
export * from './whereabouts';
export * from './marketing';
