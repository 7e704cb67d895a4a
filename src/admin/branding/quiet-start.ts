/**
 * Strapi's own onboarding, switched off before the panel first renders: the guided tour ("Create your
 * schema", "Deploy to Strapi Cloud") and the "Introducing the new Media Library" banner. Strapi 5.54 offers
 * no setting for either; both read their state from the browser's storage, so we store "done" there.
 */

export const GUIDED_TOUR_KEY = 'STRAPI_GUIDED_TOUR';

/**
 * The banner's key: STRAPI_MEDIA_LIBRARY_BANNER_DISMISSED_FOR_<legacy library on?>:<instance uuid>. The uuid is
 * the init answer's, which is `false` with telemetry off and undefined until it arrives; both are covered,
 * and so is our package.json uuid should telemetry be turned on.
 */
export function mediaLibraryBannerKeys(instanceUuid: string): string[] {
  const keys: string[] = [];
  for (const legacy of ['true', 'false']) {
    for (const uuid of ['undefined', 'false', instanceUuid]) keys.push(`STRAPI_MEDIA_LIBRARY_BANNER_DISMISSED_FOR_${legacy}:${uuid}`);
  }
  return keys;
}

type Store = Pick<Storage, 'getItem' | 'setItem'>;

/** The stored guided-tour state with the tour switched off, keeping whatever else Strapi stored there. */
export function guidedTourSwitchedOff(stored: string | null): string {
  let state: Record<string, unknown> = {};
  try {
    const parsed = stored ? JSON.parse(stored) : {};
    if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) state = parsed;
  } catch {
    state = {};
  }
  return JSON.stringify({ ...state, enabled: false });
}

export function quietStart(store: Store, instanceUuid: string): void {
  store.setItem(GUIDED_TOUR_KEY, guidedTourSwitchedOff(store.getItem(GUIDED_TOUR_KEY)));
  for (const key of mediaLibraryBannerKeys(instanceUuid)) store.setItem(key, 'true');
}
