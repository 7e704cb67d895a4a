import * as React from 'react';
import { useFetchClient } from '@strapi/strapi/admin';
import { getOnce } from './early-requests';

export type QueryState<T> =
  | { status: 'loading' }
  | { status: 'forbidden' }
  | { status: 'error'; message: string }
  | { status: 'ready'; data: T };

function statusOf(error: unknown): number | undefined {
  const e = error as { status?: number; response?: { status?: number } };
  return e?.status ?? e?.response?.status;
}

/** GET a /crm route: loading, forbidden (403), error or the data; `reload` fetches again, and so does a new `refreshKey`. */
export function useCrmQuery<T>(url: string, params?: Record<string, unknown>, refreshKey?: unknown): QueryState<T> & { reload(): void } {
  const { get } = useFetchClient();
  const [state, setState] = React.useState<QueryState<T>>({ status: 'loading' });
  const [attempt, setAttempt] = React.useState(0);
  const key = JSON.stringify(params ?? {});
  React.useEffect(() => {
    let current = true;
    setState({ status: 'loading' });
    getOnce<T>(get as any, url, params)
      .then((response: { data: T }) => current && setState({ status: 'ready', data: response.data }))
      .catch((error: unknown) => {
        if (!current) return;
        if (statusOf(error) === 403) setState({ status: 'forbidden' });
        else setState({ status: 'error', message: (error as Error)?.message ?? String(error) });
      });
    return () => {
      current = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [url, key, attempt, refreshKey]);
  return { ...state, reload: () => setAttempt((n) => n + 1) } as QueryState<T> & { reload(): void };
}
