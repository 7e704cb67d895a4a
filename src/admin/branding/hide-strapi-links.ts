/**
 * Links to Strapi's own sites: the marketplace in the super admin's main menu (its permission, which the
 * super admin always holds, is the only thing that shows it; there is no setting) and the pricing link on
 * Settings → Overview. Vitrylo installs no plugins from the panel and sells no plans: the links are
 * hidden with a style rule, menu item and all.
 */
export const HIDDEN_LINKS_CSS = [
  'a[href^="https://market.strapi.io"]',
  'a[href^="https://strapi.io/"]',
  'li:has(> a[href^="https://market.strapi.io"])',
  'li:has(> span > a[href^="https://market.strapi.io"])',
]
  .map((selector) => `${selector} { display: none !important; }`)
  .join('\n');

export function hideStrapiLinks(doc: Document): void {
  const style = doc.createElement('style');
  style.dataset.vitrylo = 'hidden-strapi-links';
  style.textContent = HIDDEN_LINKS_CSS;
  doc.head.appendChild(style);
}
