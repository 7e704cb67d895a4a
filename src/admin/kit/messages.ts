import type { Messages } from './pages';

/** Messages the kit's own components show, in Ukrainian and English. */
export const kitMessages: Messages = {
  uk: {
    'vitrylo.kit.loading': 'Завантаження…',
    'vitrylo.kit.forbidden': 'Немає доступу',
    'vitrylo.kit.forbidden.hint': 'Ваша роль не дає права бачити цю сторінку. Зверніться до адміністратора.',
    'vitrylo.kit.error': 'Не вдалося завантажити дані',
    'vitrylo.kit.retry': 'Спробувати ще раз',
    'vitrylo.kit.empty': 'Тут поки нічого немає',
    'vitrylo.kit.page': 'Сторінка {page} з {pageCount}',
    'vitrylo.kit.previous': 'Попередня',
    'vitrylo.kit.next': 'Наступна',
    'vitrylo.kit.apply': 'Показати',
    'vitrylo.kit.date.clear': 'Очистити дату',
    'vitrylo.kit.date.calendar': 'Календар',
    'vitrylo.kit.date.month': 'Місяць',
    'vitrylo.kit.date.year': 'Рік',
  },
  en: {
    'vitrylo.kit.loading': 'Loading…',
    'vitrylo.kit.forbidden': 'No access',
    'vitrylo.kit.forbidden.hint': 'Your role does not allow this page. Ask an administrator.',
    'vitrylo.kit.error': 'Could not load the data',
    'vitrylo.kit.retry': 'Try again',
    'vitrylo.kit.empty': 'Nothing here yet',
    'vitrylo.kit.page': 'Page {page} of {pageCount}',
    'vitrylo.kit.previous': 'Previous',
    'vitrylo.kit.next': 'Next',
    'vitrylo.kit.apply': 'Show',
    'vitrylo.kit.date.clear': 'Clear the date',
    'vitrylo.kit.date.calendar': 'Calendar',
    'vitrylo.kit.date.month': 'Month',
    'vitrylo.kit.date.year': 'Year',
  },
};
