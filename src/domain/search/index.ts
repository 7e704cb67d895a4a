export { searchTextOf, normalizeSearchQuery } from './search-text';
