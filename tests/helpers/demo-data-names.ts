import { BANKS, LEAD_SOURCES, PRODUCTS } from '../../src/seed/catalog';

const LATIN = /[A-Za-z]{2,}/;

/**
 * Names in the demo data written partly in Latin letters (brands in product names, «(monobank)» in a
 * bank's, lead sources such as «LinkedIn»): data a screen shows as is, wherever the seed happened to put it (a home widget's subject
 * «КП: Моноблок HP ProOne 240 G9 …»), so a walk cannot list them screen by screen.
 */
export const DEMO_DATA_NAMES: readonly string[] = [...PRODUCTS, ...BANKS, ...LEAD_SOURCES].map((item) => item.name).filter((name) =>
  LATIN.test(name),
);
