import { columnsNotRead, DISPLAYED_COLUMNS_HEADER, ShownHeader } from '../../domain/lists/list-populate';
import { modelOnScreen } from '../model-on-screen';
import { requestUrl } from '../branding/install-panel-fetch';

/**
 * A list reads the related records of its columns only (src/domain/lists/list-populate.ts). Besides the
 * stored columns, a person may switch on others for themself in the list's "Показані поля" menu; Strapi
 * keeps that choice in the browser and does not ask the server again. So the panel names the columns shown
 * in each list request (a header the server narrows by), and when a relation column is switched on that the
 * page was not read with, it has the list read again: the column then shows its values, not "-".
 */

const LIST_COLUMNS_HOOK = 'Admin/CM/pages/ListView/inject-column-in-table';
const LIST_REQUEST = /\/content-manager\/collection-types\/([^/?#]+)\/?$/;

interface PanelApp {
  registerHook(name: string, fn: (value: any) => any): void;
  /** Strapi's admin store, there once the panel renders */
  store?: { dispatch(action: unknown): unknown } | null;
}

/** model → the columns shown now, as the list's header hook last saw them */
const shownColumns = new Map<string, string[]>();
/** model → the columns the last list request named */
const requestedColumns = new Map<string, Set<string>>();

function listModel(url: URL): string | null {
  const match = LIST_REQUEST.exec(url.pathname);
  return match ? decodeURIComponent(match[1]) : null;
}

function readListAgain(app: PanelApp, model: string): void {
  // RTK Query's invalidateTags action: the list query of the model provides this tag (content manager's documents service)
  app.store?.dispatch({ type: 'adminApi/invalidateTags', payload: [{ type: 'Document', id: `${model}_LIST` }] });
}

/** Called once from the panel's register(): the app is Strapi's own, whose store exists once the panel renders. */
export function registerDisplayedColumns(app: PanelApp, serverOrigin: string): void {
  app.registerHook(LIST_COLUMNS_HOOK, (value: { displayedHeaders?: ShownHeader[]; layout?: { layout?: ShownHeader[] } }) => {
    const model = modelOnScreen();
    if (!model || !Array.isArray(value?.displayedHeaders)) return value;
    shownColumns.set(model, value.displayedHeaders.map((header) => header.name));
    const stored = (value.layout?.layout ?? []).map((header) => header.name);
    const missing = columnsNotRead(value.displayedHeaders, stored, requestedColumns.get(model));
    if (missing.length > 0) {
      // named now, so that the list's own next request does not ask again
      for (const name of missing) requestedColumns.get(model)!.add(name);
      setTimeout(() => readListAgain(app, model), 0);
    }
    return value;
  });

  const send = window.fetch.bind(window);
  window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    const url = requestUrl(input);
    const method = (init?.method ?? (input instanceof Request ? input.method : 'GET')).toUpperCase();
    const model = method === 'GET' && url.origin === serverOrigin && !(input instanceof Request) ? listModel(url) : null;
    if (!model) return send(input, init);
    const columns = shownColumns.get(model) ?? [];
    requestedColumns.set(model, new Set(columns));
    if (columns.length === 0) return send(input, init);
    const headers = new Headers(init?.headers);
    headers.set(DISPLAYED_COLUMNS_HEADER, columns.join(','));
    return send(input, { ...init, headers });
  };
}
