import { FieldIssue } from '../../../../domain/errors';
import { issue } from '../../../../domain/messages';

/**
 * A zod issue (zod 4, as @strapi/utils ships it) as a field issue of the message catalog, so a refused
 * query or body reads in the caller's language like every other validation message. Only the parts of
 * an issue the texts need are read; unknown shapes fall back to "is not valid".
 */
export interface SchemaIssue {
  code: string;
  path: ReadonlyArray<PropertyKey>;
  expected?: string;
  origin?: string;
  minimum?: number | bigint;
  maximum?: number | bigint;
  values?: readonly unknown[];
  keys?: readonly string[];
  message?: string;
}

const TYPE_CODES = { string: 'type.string', number: 'type.number', int: 'type.number', array: 'type.list', object: 'type.object' } as const;

/** What the request held at an issue's path (zod 4 leaves the input out of its issues). */
function valueAt(request: unknown, path: ReadonlyArray<PropertyKey>): unknown {
  let value: any = request;
  for (const step of path) value = value === null || typeof value !== 'object' ? undefined : value[step as any];
  return value;
}

export function requestIssues(schemaIssue: SchemaIssue, where: 'query' | 'body', request: unknown): FieldIssue[] {
  const field = (...extra: string[]) => [where, ...schemaIssue.path.map(String), ...extra].join('.');
  switch (schemaIssue.code) {
    case 'unrecognized_keys':
      return (schemaIssue.keys ?? []).map((key) => issue(field(key), 'request.notAccepted'));
    case 'invalid_type': {
      if (valueAt(request, schemaIssue.path) === undefined) return [issue(field(), 'required')];
      const code = TYPE_CODES[schemaIssue.expected as keyof typeof TYPE_CODES];
      return [issue(field(), code ?? 'request.invalid')];
    }
    case 'too_small':
    case 'too_big': {
      const small = schemaIssue.code === 'too_small';
      const limit = String(small ? schemaIssue.minimum : schemaIssue.maximum);
      if (schemaIssue.origin === 'number' || schemaIssue.origin === 'bigint') return [issue(field(), small ? 'number.atLeast' : 'number.atMost', { limit })];
      if (schemaIssue.origin === 'string') return [issue(field(), small ? 'text.tooShort' : 'text.tooLong', small ? { min: limit } : { max: limit })];
      return [issue(field(), 'request.invalid')];
    }
    case 'invalid_value':
      return [issue(field(), 'request.oneOf', { values: (schemaIssue.values ?? []).map(String).join(', ') })];
    case 'invalid_format':
      return [issue(field(), 'request.format')];
    default:
      return [issue(field(), 'request.invalid')];
  }
}
