import { moduleTransformPlugin } from './module-transform';

/**
 * The edit view's side panels (the card's chronicle, invoices and requests) drawn within 50 ms of their data.
 *
 * Strapi's edit view draws its side panels from "description components" and pushes each update to the screen
 * from a `requestIdleCallback` (admin's DescriptionComponentRenderer). On the counterparty card the browser is
 * not idle until the form and its relation fields have drawn and redrawn, so the panels, whose data is there
 * 0.4 s after the click, waited about a second more for an idle moment (docs/benchmarks.md, 2026-12-03). With
 * a 50 ms timeout the update runs at the next frame after it even when the browser is busy; the shim Strapi
 * uses where the browser has no `requestIdleCallback` (a 1 ms timer) ignores the option.
 */

export const DESCRIPTION_RENDERER_MODULE = /[\\/]@strapi[\\/]admin[\\/]dist[\\/]admin[\\/]admin[\\/]src[\\/]components[\\/]DescriptionComponentRenderer\.mjs$/;

export const SIDE_PANEL_UPDATE_TIMEOUT_MS = 50;

const IDLE_UPDATE = /(requestHandle\.current\s*=\s*_requestIdleCallback\(\(\)\s*=>\s*\{\s*requestHandle\.current\s*=\s*null;\s*forceUpdate\(\);\s*\})\)/;

/** Strapi's renderer with its idle-time update given a timeout. */
export function promptSidePanelUpdates(code: string): string {
  if (code.split(IDLE_UPDATE).length !== 3) {
    throw new Error("prompt-side-panels: Strapi's DescriptionComponentRenderer.mjs no longer updates the panels from one requestIdleCallback as expected; update src/admin/build-plugins/prompt-side-panels.ts");
  }
  return code.replace(IDLE_UPDATE, `$1, { timeout: ${SIDE_PANEL_UPDATE_TIMEOUT_MS} })`);
}

/** The Vite plugin (src/admin/vite.config.ts). */
export function promptSidePanels() {
  return moduleTransformPlugin('vitrylo-prompt-side-panels', DESCRIPTION_RENDERER_MODULE, promptSidePanelUpdates);
}
