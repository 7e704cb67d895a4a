import { getOnce, startEarly } from '../../src/admin/kit/early-requests';
import { balanceRequest, clientListRequest, timelineRequest } from '../../src/admin/card/card-requests';

/** The card's side panels take answers started while the form was drawn (src/admin/card/open-card-early.ts). */

const recordingGet = () => {
  const calls: Array<{ url: string; params: unknown }> = [];
  const get = (url: string, config?: { params?: unknown }) => {
    calls.push({ url, params: config?.params });
    return Promise.resolve({ data: { url, n: calls.length } });
  };
  return { get, calls };
};

test('a request started early is handed to the same request once; the next one asks again', async () => {
  const { get, calls } = recordingGet();
  const timeline = timelineRequest('abc');
  startEarly(get, timeline.url, timeline.params);
  startEarly(get, timeline.url, timeline.params); // started once
  expect(calls).toHaveLength(1);
  // the panel builds its first request from its empty filters and page 1: the same request
  const panels = timelineRequest('abc', { kind: '', stage: '', businessLine: '', employee: '', from: '', to: '' }, 1);
  expect(await getOnce(get, panels.url, panels.params)).toEqual({ data: { url: '/crm/counterparties/abc/timeline', n: 1 } });
  expect(calls).toHaveLength(1);
  await getOnce(get, panels.url, panels.params);
  expect(calls).toHaveLength(2);
});

test('another request, another client or another page is not answered by an early one', async () => {
  const { get, calls } = recordingGet();
  const invoices = clientListRequest('api::invoice.invoice', 'date:DESC', 'abc');
  startEarly(get, invoices.url, invoices.params);
  await getOnce(get, clientListRequest('api::invoice.invoice', 'date:DESC', 'xyz').url, clientListRequest('api::invoice.invoice', 'date:DESC', 'xyz').params);
  const second = timelineRequest('abc', { kind: 'call-in' }, 2);
  await getOnce(get, second.url, second.params);
  expect(calls.map((call) => call.params)).toEqual([invoices.params, clientListRequest('api::invoice.invoice', 'date:DESC', 'xyz').params, { kind: 'call-in', page: '2', pageSize: '10' }]);
});

test('an early answer that failed fails the panel that takes it, and nothing before', async () => {
  const get = jest.fn((url: string) => Promise.reject(Object.assign(new Error('Forbidden'), { status: 403, url })));
  const balance = balanceRequest('abc');
  startEarly(get, balance.url, balance.params);
  await expect(getOnce(get, balance.url, balance.params)).rejects.toMatchObject({ status: 403 });
  expect(get).toHaveBeenCalledTimes(1);
});

test("a client's list on the card: its first five by the list's order, filtered to the client", () => {
  expect(clientListRequest('api::payment.payment', 'date:DESC', 'abc')).toEqual({
    url: '/content-manager/collection-types/api::payment.payment',
    params: { page: 1, pageSize: 5, sort: 'date:DESC', filters: { $and: [{ counterparty: { documentId: { $eq: 'abc' } } }] } },
  });
});
