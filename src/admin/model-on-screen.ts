/** The content type of the content-manager page on screen (its uid is in the address), for field and cell overrides. */
export function modelOnScreen(): string | undefined {
  const match = window.location.pathname.match(/\/content-manager\/(?:collection-types|single-types)\/([^/]+)/);
  return match ? decodeURIComponent(match[1]) : undefined;
}
