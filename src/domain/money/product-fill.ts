/**
 * A document line that names a product takes what it leaves empty from that product: the price, the unit,
 * the VAT rate and the description (the product's name). What the writer typed is kept, so a negotiated
 * price or a longer description survives; a line without a product is left as it is.
 */
export interface ProductForLine {
  name?: string | null;
  unit?: string | null;
  price?: string | number | null;
  vatRate?: number | null;
}

const blank = (value: unknown) => value === undefined || value === null || (typeof value === 'string' && value.trim() === '');

export function fillLineFromProduct<L extends Record<string, unknown>>(line: L, product: ProductForLine | null | undefined): L {
  if (!product) return line;
  const filled: Record<string, unknown> = { ...line };
  if (blank(filled.price) && !blank(product.price)) filled.price = String(product.price);
  if (blank(filled.unit) && !blank(product.unit)) filled.unit = product.unit;
  if (blank(filled.description) && !blank(product.name)) filled.description = product.name;
  if (blank(filled.vatRate) && typeof product.vatRate === 'number') filled.vatRate = product.vatRate;
  return filled as L;
}
