import { capText, LIST_COUNT_CAP } from '../../domain/lists/capped-count';

/**
 * The list header's count. Past the cap the server reports cap + 1 (src/document-middlewares/capped-list-count.ts),
 * which reads as "more than" the cap rather than as an exact number.
 */
export function listCountMessages(): { uk: Record<string, string>; en: Record<string, string> } {
  const over = LIST_COUNT_CAP + 1;
  const id = 'content-manager.pages.ListView.header-subtitle';
  return {
    uk: { [id]: `Знайдено {number, plural, =${over} {понад ${capText()} записів} =0 {# записів} one {# запис} few {# записи} many {# записів} other {# запису}}` },
    en: { [id]: `{number, plural, =${over} {more than ${LIST_COUNT_CAP.toLocaleString('en')} entries} =0 {# entries} one {# entry} other {# entries}} found` },
  };
}
