export * from './result';
export * from './errors';
export * from './identifiers';
export * from './money';
export * from './unique-codes';
export * from './time';
export * from './format';
export * from './messages';
