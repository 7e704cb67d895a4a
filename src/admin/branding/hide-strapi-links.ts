/**
 * Strapi's marketplace is a link in the main menu of the super admin (its permission, which the super
 * admin always holds, is the only thing that shows it; there is no setting). Vitrylo installs no plugins
 * from the panel: the link is hidden with a style rule, menu item and all.
 */
export const HIDDEN_LINKS_CSS = [
  'a[href^="https://market.strapi.io"]',
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
