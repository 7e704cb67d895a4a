import type { Locale } from '../messages/locale';
import type { CellValue } from './cells';
import { readCells } from './cells';
import { PreparedColumn, prepareColumns } from './columns';
import type { ReportDefinition, ReportRow } from './definition';

/** The details of one run (definition.details) read for their types: the text and the typed cell value of each. */
export interface PreparedDetails {
  columns: PreparedColumn[];
  cells: CellValue[];
}

export function prepareDetails(definition: ReportDefinition<any, any, any>, values: ReportRow | null | undefined, locale: Locale, timeZone: string): PreparedDetails {
  const columns = prepareColumns({ name: definition.title, columns: definition.details ?? [] }, locale);
  return { columns, cells: readCells(columns, values ?? {}, 'details', timeZone) };
}

/** «Покупець: ТОВ «Альфа»» for each detail with a value, as the standard layout's title block and the screen show them. */
export function detailLines(details: PreparedDetails): Array<{ field: string; caption: string; text: string }> {
  return details.columns
    .map((column, index) => ({ field: column.field, caption: column.caption, text: details.cells[index].text }))
    .filter((line) => line.text !== '');
}
