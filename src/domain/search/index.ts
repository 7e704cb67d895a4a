export { searchTextOf, normalizeSearchQuery, looksLikeContactDetail } from './search-text';
export { swapPickerCondition } from './picker-condition';
