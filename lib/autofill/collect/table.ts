import { normalise } from './normalise';
import { ownText } from './own-text';

/**
 * A field in a table cell is named by the text cells before it in its row ("Server | [IMAP] |
 * [SMTP]") and by its column's header ("Incoming | Outgoing"). Each table's headers are read once.
 */

export interface TablePlace {
  rowHeader: string;
  columnHeader: string;
}

const maxTextLength = 80;
const nowhere: TablePlace = { rowHeader: '', columnHeader: '' };

export class TableHeaders {
  private readonly headers = new Map<Element, string[]>();

  placeOf(element: Element): TablePlace {
    const cell = element.closest('td,th');
    const row = cell?.parentElement;
    if (!cell || !row || row.localName !== 'tr') return nowhere;
    let position = 0;
    let rowHeader = '';
    for (let other = cell.previousElementSibling; other; other = other.previousElementSibling) {
      position++;
      if (other.childElementCount === 0 || !other.querySelector('input,select,textarea'))
        rowHeader = rowHeader === '' ? ownText(other) : `${ownText(other)} ${rowHeader}`;
    }
    const table = row.closest('table');
    const headers = table ? this.headersOf(table) : [];
    return { rowHeader: normalise(rowHeader).slice(0, maxTextLength), columnHeader: headers[position] ?? '' };
  }

  private headersOf(table: HTMLTableElement): string[] {
    let headers = this.headers.get(table);
    if (!headers) {
      // The first row, in <thead> or not; plain DOM calls, as not every DOM has the table APIs.
      const cells = [...(table.querySelector('tr')?.children ?? [])];
      const isHeader = cells.length > 0 && cells.every((cell) => cell.localName === 'th');
      headers = isHeader ? cells.map((cell) => normalise(ownText(cell)).slice(0, 60)) : [];
      this.headers.set(table, headers);
    }
    return headers;
  }
}
