export { searchTextOf, normalizeSearchQuery, looksLikeContactDetail } from './search-text';
