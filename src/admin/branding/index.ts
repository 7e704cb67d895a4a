import { keepVitryloTitle } from './window-title';
import { quietStart } from './quiet-start';
import { installPanelFetch, LANGUAGE_KEY, panelServerOrigin } from './install-panel-fetch';
import { watchHardCodedEnglish } from './watch-hard-coded-english';
import { hideStrapiLinks } from './hide-strapi-links';
import vitryloLogo from '../extensions/vitrylo-logo.svg';
import packageJson from '../../../package.json';

export { vitryloLogo, LANGUAGE_KEY, panelServerOrigin };

/**
 * Vitrylo, not Strapi: what app.tsx's register() does before the panel renders, for what Strapi's
 * configuration cannot say (the logos, the tutorials and release notes are config in app.tsx).
 */
export function brandPanel(): void {
  if (typeof window === 'undefined') return;
  // Ukrainian first: a browser that never chose a language gets the Ukrainian panel.
  if (!window.localStorage.getItem(LANGUAGE_KEY)) window.localStorage.setItem(LANGUAGE_KEY, 'uk');
  quietStart(window.localStorage, packageJson.strapi.uuid);
  keepVitryloTitle(document);
  hideStrapiLinks(document);
  watchHardCodedEnglish(() => window.localStorage.getItem(LANGUAGE_KEY) === 'uk');
  installPanelFetch(panelServerOrigin());
}
