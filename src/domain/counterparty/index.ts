export { attributeEntries, attributesObject, blankEntry, kindOf, parseAttributeNumber } from './attributes';
export type { AttributeEntry, AttributeIssue, AttributeIssueCode, AttributeKind } from './attributes';
