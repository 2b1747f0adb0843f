import { describe, expect, it } from 'vitest';
import { TableHeaders } from '@/lib/autofill/collect/table';

describe('TableHeaders.placeOf', () => {
  it('names a field by the text cells before it and by its column header', () => {
    document.body.innerHTML = `
      <table><tr><th>Setting</th><th>Incoming</th><th>Outgoing</th></tr>
      <tr><td class="title">Server</td><td><input name="a"></td><td><input name="b"></td></tr></table>`;
    const [incoming, outgoing] = document.querySelectorAll('input');
    const tables = new TableHeaders();
    expect(tables.placeOf(incoming as Element)).toEqual({ rowHeader: 'server', columnHeader: 'incoming' });
    expect(tables.placeOf(outgoing as Element)).toEqual({ rowHeader: 'server', columnHeader: 'outgoing' });
  });

  it('a first row of plain cells is no header row, and a field outside a table has no place', () => {
    document.body.innerHTML = '<table><tr><td>Port</td><td><input></td></tr></table><input id="loose">';
    const tables = new TableHeaders();
    expect(tables.placeOf(document.querySelector('td input') as Element)).toEqual({
      rowHeader: 'port',
      columnHeader: '',
    });
    expect(tables.placeOf(document.getElementById('loose') as Element)).toEqual({ rowHeader: '', columnHeader: '' });
  });
});
