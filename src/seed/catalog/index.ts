export * from './reference';
export * from './people';
export * from './places';
export * from './companies';
export * from './products';
export * from './banks';
export * from './marketing';
export * from './texts';
