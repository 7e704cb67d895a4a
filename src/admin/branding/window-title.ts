/**
 * The browser tab says Vitrylo. Strapi 5.54 writes every page title as "<page> | Strapi" (Page.Title) and
 * starts from "Strapi Admin", with no setting for the name; we rewrite the title whenever it changes.
 */

const STRAPI_SUFFIX = / \| Strapi$/;
export const PRODUCT_NAME = 'Vitrylo';

/** "Головна | Strapi" → "Головна | Vitrylo"; "Strapi Admin" → "Vitrylo"; any other title as it is. */
export function vitryloTitle(title: string): string {
  if (title.trim() === '' || title === 'Strapi Admin') return PRODUCT_NAME;
  return title.replace(STRAPI_SUFFIX, ` | ${PRODUCT_NAME}`);
}

/** Keeps the document's title in Vitrylo's words from now on. */
export function keepVitryloTitle(doc: Document): void {
  const apply = () => {
    const wanted = vitryloTitle(doc.title);
    if (doc.title !== wanted) doc.title = wanted; // the observer sees this write too, and finds nothing to do
  };
  apply();
  new MutationObserver(apply).observe(doc.head, { subtree: true, childList: true, characterData: true });
}
