function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The form fields of a request body: the body itself (`{ name, phone, ... }`) or, Strapi-style,
 * its `data` object (`{ data: { name, phone, ... } }`). Null when the body is not an object.
 */
export function formFields(body: unknown): Record<string, unknown> | null {
  if (!isPlainObject(body)) return null;
  return isPlainObject(body.data) ? body.data : body;
}
