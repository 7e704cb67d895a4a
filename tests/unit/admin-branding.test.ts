import { vitryloTitle } from '../../src/admin/branding/window-title';
import { GUIDED_TOUR_KEY, guidedTourSwitchedOff, mediaLibraryBannerKeys, quietStart } from '../../src/admin/branding/quiet-start';
import { panelLanguageHeader, switchedOffAnswer } from '../../src/admin/branding/panel-requests';
import { ukrainianForHardCoded } from '../../src/admin/branding/hard-coded-english';

const SERVER = 'http://127.0.0.1:1337';
const at = (path: string) => new URL(path, SERVER);

describe('the browser tab says Vitrylo', () => {
  test('Strapi’s suffix and start title are replaced, other titles kept', () => {
    expect(vitryloTitle('Головна | Strapi')).toBe('Головна | Vitrylo');
    expect(vitryloTitle('Strapi Admin')).toBe('Vitrylo');
    expect(vitryloTitle('')).toBe('Vitrylo');
    expect(vitryloTitle('Про систему | Vitrylo')).toBe('Про систему | Vitrylo');
    expect(vitryloTitle('Strapi | Strapi')).toBe('Strapi | Vitrylo');
  });
});

describe('Strapi’s onboarding is switched off before the first render', () => {
  function memoryStore(initial: Record<string, string> = {}) {
    const items = new Map(Object.entries(initial));
    return { getItem: (key: string) => items.get(key) ?? null, setItem: (key: string, value: string) => void items.set(key, value), items };
  }

  test('the guided tour is off, whatever Strapi stored before', () => {
    expect(JSON.parse(guidedTourSwitchedOff(null))).toEqual({ enabled: false });
    expect(JSON.parse(guidedTourSwitchedOff('{"enabled":true,"tours":{"a":1}}'))).toEqual({ enabled: false, tours: { a: 1 } });
    expect(JSON.parse(guidedTourSwitchedOff('not json'))).toEqual({ enabled: false });
  });

  test('the media library banner counts as dismissed for every key it may read', () => {
    const store = memoryStore();
    quietStart(store, 'vitrylo-crm-oss');
    expect(mediaLibraryBannerKeys('vitrylo-crm-oss')).toContain('STRAPI_MEDIA_LIBRARY_BANNER_DISMISSED_FOR_false:false');
    for (const key of mediaLibraryBannerKeys('vitrylo-crm-oss')) expect(store.getItem(key)).toBe('true');
    expect(JSON.parse(store.getItem(GUIDED_TOUR_KEY)!).enabled).toBe(false);
  });
});

describe('the panel’s own requests', () => {
  test('AI and preview questions are answered "off" in the browser', () => {
    expect(switchedOffAnswer('GET', at('/admin/ai-feature-config'), SERVER)).toEqual({
      status: 200,
      body: { data: { isAiI18nConfigured: false, isAiMediaLibraryConfigured: false } },
    });
    expect(switchedOffAnswer('GET', at('/i18n/ai-localization-jobs/collection-types/api::invoice.invoice/abc'), SERVER)?.body).toEqual({ data: null });
    expect(switchedOffAnswer('GET', at('/content-manager/preview/url/api::invoice.invoice?documentId=abc'), SERVER)?.body).toEqual({ data: {} });
  });

  test('everything else goes to the server', () => {
    expect(switchedOffAnswer('GET', at('/content-manager/collection-types/api::invoice.invoice'), SERVER)).toBeNull();
    expect(switchedOffAnswer('POST', at('/admin/ai-feature-config'), SERVER)).toBeNull();
    expect(switchedOffAnswer('GET', new URL('https://example.org/admin/ai-feature-config'), SERVER)).toBeNull();
  });

  test('the server hears the panel’s language unless the request chose one', () => {
    expect(panelLanguageHeader(null, 'uk')).toBe('uk');
    expect(panelLanguageHeader(null, null)).toBeNull();
    expect(panelLanguageHeader('en', 'uk')).toBe('en');
  });
});

describe('Strapi’s hard-coded English gets its Ukrainian on the page', () => {
  test('loaders, the picker’s clear buttons and the users list status', () => {
    expect(ukrainianForHardCoded('Loading content.')).toBe('Завантаження…');
    expect(ukrainianForHardCoded('Loading')).toBe('Завантаження…');
    expect(ukrainianForHardCoded('Очистити date')).toBe('Очистити дату');
    expect(ukrainianForHardCoded('Очистити time')).toBe('Очистити час');
    expect(ukrainianForHardCoded('Active')).toBe('Активний');
    expect(ukrainianForHardCoded('Community')).toBe('Безплатна');
  });

  test('any other text is left alone, English sentences ending in "date" too', () => {
    expect(ukrainianForHardCoded('Update date')).toBeNull();
    expect(ukrainianForHardCoded('Контрагенти')).toBeNull();
    expect(ukrainianForHardCoded('Loading…')).toBeNull();
  });
});
