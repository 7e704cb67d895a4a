import * as catalog from '../catalog';

/** The catalog's products of each business line (index into catalog.BUSINESS_LINES); all of them for a line without any. */
export const PRODUCTS_BY_LINE: catalog.ProductItem[][] = catalog.BUSINESS_LINES.map((line) => {
  const groups = new Set(catalog.PRODUCT_GROUPS.filter((g) => g.businessLine === line.name).map((g) => g.name));
  const products = catalog.PRODUCTS.filter((p) => groups.has(p.group));
  return products.length ? products : catalog.PRODUCTS;
});
