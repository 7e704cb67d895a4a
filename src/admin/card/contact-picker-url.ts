import { CONTACT_PICKER_PARAMETER, isContactPickerOfCounterparty } from '../../domain/chronicle/contact-picker';

/** The counterparty chosen in the edit view's form on screen, for the form's type. */
export interface ContactPickerScope {
  model: string;
  counterparty: string | null;
}

/** The relation picker's search (findAvailable): /content-manager/relations/<model>/<field>, no third segment. */
const PICKER = /\/content-manager\/relations\/([^/?#]+)\/([^/?#]+)(?:[?#]|$)/;

/**
 * The address of a relation picker's request with the form's counterparty added, when it is the
 * contact-person picker of the type on screen and the form has a counterparty; any other address as it is.
 */
export function withContactPickerScope(url: string, scope: ContactPickerScope | null): string {
  if (!scope?.counterparty) return url;
  const match = PICKER.exec(url);
  if (!match) return url;
  const [model, field] = [decodeURIComponent(match[1]), decodeURIComponent(match[2])];
  if (model !== scope.model || !isContactPickerOfCounterparty(model, field)) return url;
  const [path, hash = ''] = url.split('#');
  if (new RegExp(`[?&]${CONTACT_PICKER_PARAMETER}=`).test(path)) return url;
  const separator = path.includes('?') ? (path.endsWith('?') || path.endsWith('&') ? '' : '&') : '?';
  return `${path}${separator}${CONTACT_PICKER_PARAMETER}=${encodeURIComponent(scope.counterparty)}${hash ? `#${hash}` : ''}`;
}
