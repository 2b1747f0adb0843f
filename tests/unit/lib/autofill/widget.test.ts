import { beforeEach, describe, expect, it } from 'vitest';
import { collectFields } from '@/lib/autofill/collect/collect';
import type { CollectedField } from '@/lib/autofill/collect/field';
import { fillCustomSelectsWith, fillFields } from '@/lib/autofill/fill/fill-fields';
import { customSelects, widgetHolds, widgetPicksDone } from '@/lib/autofill/fill/fill-widget';
import { readWidgetOptions } from '@/lib/autofill/fill/widget-options';
import { isWidgetTrigger, shownValue, widgetParts } from '@/lib/autofill/widget';

// As the generic pipeline does (lib/autofill/index.ts): these tests call fillFields directly.
fillCustomSelectsWith(customSelects);

/**
 * Custom dropdowns, one shape each: a role=button with aria-haspopup=listbox whose listbox is mounted
 * at the end of <body> while open, a read-only role=combobox input, a custom element made of a button
 * and a list of valued items; and the look-alikes that are not one.
 */

const labels = ['None', 'STARTTLS', 'SSL/TLS'];

/** A dropdown that mounts its listbox at the end of <body> on click, optionally a render later. */
function portalDropdown(opensLate = false): HTMLElement {
  document.body.innerHTML = `
    <label id="security-label">Security</label>
    <div role="button" tabindex="0" aria-haspopup="listbox" aria-expanded="false" aria-labelledby="security-label"
      id="security" data-value="none"><span>None</span></div>`;
  const trigger = document.getElementById('security') as HTMLElement;
  let listbox: HTMLElement | null = null;
  const closeList = () => {
    listbox?.remove();
    listbox = null;
    trigger.setAttribute('aria-expanded', 'false');
  };
  const openList = () => {
    listbox = document.createElement('div');
    listbox.setAttribute('role', 'listbox');
    for (const label of labels) {
      const option = document.createElement('div');
      option.setAttribute('role', 'option');
      option.setAttribute('data-value', label.toLowerCase());
      option.textContent = label;
      option.addEventListener('click', () => {
        trigger.setAttribute('data-value', label.toLowerCase());
        (trigger.firstElementChild as HTMLElement).textContent = label;
        closeList();
      });
      listbox.append(option);
    }
    document.body.append(listbox);
    trigger.setAttribute('aria-expanded', 'true');
  };
  trigger.addEventListener('click', () => {
    if (listbox) closeList();
    else if (opensLate) setTimeout(openList, 30);
    else openList();
  });
  return trigger;
}

function onlyField(): CollectedField {
  const [field, ...more] = collectFields(document);
  if (!field || more.length > 0) throw new Error(`expected one field, got ${more.length + (field ? 1 : 0)}`);
  return field;
}

/** The dropdown's field, on a page that also holds a server field (widgets are opened only on such pages). */
function besideServer(): { field: CollectedField; fields: CollectedField[] } {
  document.body.insertAdjacentHTML('afterbegin', '<label for="server">SMTP server</label><input id="server">');
  const fields = collectFields(document);
  const field = fields.find(({ kind }) => kind === 'select');
  if (!field) throw new Error('no dropdown');
  return { field, fields };
}

const step = (element: HTMLElement, text: string, value = '') => ({
  role: 'smtpSecurity',
  element,
  want: { kind: 'select' as const, value, text },
});

describe('recognising a custom dropdown', () => {
  it('takes a role=button with aria-haspopup=listbox as a select with its label and shown value', () => {
    portalDropdown();
    const field = onlyField();
    expect(field).toMatchObject({ kind: 'select', labels: 'security', value: 'None', choices: [] });
  });

  it('takes a read-only role=combobox input, but an editable one stays a text field', () => {
    document.body.innerHTML = `<label for="mode">Encryption</label>
      <input id="mode" role="combobox" aria-haspopup="listbox" readonly value="TLS">`;
    expect(onlyField()).toMatchObject({ kind: 'select', labels: 'encryption', value: 'TLS' });
    document.body.innerHTML = `<label for="host">Host</label><input id="host" role="combobox" aria-autocomplete="list">`;
    expect(onlyField()).toMatchObject({ kind: 'text', labels: 'host' });
  });

  it('reads the options a button keeps in its own list of valued items, the chosen one by the hidden value', () => {
    document.body.innerHTML = `<label for="provider-button">Email provider</label>
      <x-select><button type="button" id="provider-button">Gmail</button><input type="hidden" name="provider" value="1">
      <ul><li value="0">Generic SMTP</li><li value="1">Gmail</li></ul></x-select>`;
    const field = onlyField();
    expect(field.kind).toBe('select');
    expect(field.choices.map(({ text, value, selected }) => ({ text, value, selected }))).toEqual([
      { text: 'generic smtp', value: '0', selected: false },
      { text: 'gmail', value: '1', selected: true },
    ]);
    expect(widgetParts(field.element)).toEqual([document.querySelector('input[type=hidden]')]);
  });

  it('is not a plain button, a menu button, a disabled widget or the stand-in of a hidden native select', () => {
    document.body.innerHTML = `
      <button type="button" id="plain">Send test</button>
      <button type="button" id="menu" aria-haspopup="menu">Actions</button>
      <div role="combobox" id="off" aria-disabled="true">None</div>
      <div><select name="security" style="display:none"><option>None</option></select>
        <span class="box"><span role="combobox" id="stand-in" aria-haspopup="true">None</span></span></div>`;
    for (const id of ['plain', 'menu', 'off', 'stand-in'])
      expect(isWidgetTrigger(document.getElementById(id) as Element), id).toBe(false);
    expect(collectFields(document).map(({ kind, name }) => `${kind} ${name}`)).toEqual(['select security']);
  });

  it('shows the text beside a read-only input that holds no value itself', () => {
    document.body.innerHTML = `<div><input id="enc" aria-haspopup="listbox" readonly><span>Keine Verschlüsselung</span></div>`;
    expect(shownValue(document.getElementById('enc') as Element)).toBe('Keine Verschlüsselung');
  });
});

describe('reading options that appear only while the dropdown is open', () => {
  it('opens it with a click, reads the listbox mounted at the end of <body>, and closes it again', async () => {
    const trigger = portalDropdown();
    const { field, fields } = besideServer();
    expect(await readWidgetOptions(fields)).toBe(true);
    expect(field.choices.map(({ text, value, selected }) => ({ text, value, selected }))).toEqual([
      { text: 'none', value: 'none', selected: true },
      { text: 'starttls', value: 'starttls', selected: false },
      { text: 'ssl tls', value: 'ssl/tls', selected: false },
    ]);
    expect(trigger.getAttribute('aria-expanded')).toBe('false');
    expect(document.querySelector('[role=listbox]')).toBeNull();
  });

  it('waits for a listbox that a framework mounts a render later', async () => {
    portalDropdown(true);
    const { field, fields } = besideServer();
    expect(await readWidgetOptions(fields)).toBe(true);
    expect(field.choices).toHaveLength(3);
    expect(document.querySelector('[role=listbox]')).toBeNull();
  });

  it('opens nothing on a page without a server field', async () => {
    const trigger = portalDropdown();
    let clicks = 0;
    trigger.addEventListener('click', () => clicks++);
    expect(await readWidgetOptions(collectFields(document))).toBe(false);
    expect(clicks).toBe(0);
  });

  it('opens nothing whose words say it is no mode, type, security or authentication choice', async () => {
    document.body.innerHTML = `<label for="server">Server</label><input id="server"><label for="to">Recipient(s)</label>
      <input id="to" role="combobox" aria-haspopup="listbox" readonly value="root">`;
    const input = document.getElementById('to') as HTMLElement;
    let clicks = 0;
    input.addEventListener('click', () => clicks++);
    expect(await readWidgetOptions(collectFields(document))).toBe(false);
    expect(clicks).toBe(0);
  });
});

describe('setting a custom dropdown through its own UI', () => {
  beforeEach(() => {
    portalDropdown();
  });

  it('opens it, clicks the wanted option, and undoes by picking the one it showed before', () => {
    const trigger = document.getElementById('security') as HTMLElement;
    const result = fillFields([step(trigger, 'starttls', 'starttls')]);
    expect(result.outcomes).toEqual([{ role: 'smtpSecurity', outcome: 'corrected', from: 'None', value: 'starttls' }]);
    expect(trigger.getAttribute('data-value')).toBe('starttls');
    expect(widgetHolds(trigger, { value: 'starttls', text: 'starttls' })).toBe(true);
    expect(document.querySelector('[role=listbox]')).toBeNull();

    expect(result.undo()).toEqual([{ role: 'smtpSecurity', outcome: 'restored' }]);
    expect(trigger.textContent).toBe('None');
    expect(trigger.getAttribute('aria-expanded')).toBe('false');
  });

  it('leaves a dropdown that already shows the wanted option, and one that offers no such option', () => {
    const trigger = document.getElementById('security') as HTMLElement;
    expect(fillFields([step(trigger, 'none', 'none')]).outcomes[0]).toMatchObject({ outcome: 'already-correct' });
    expect(fillFields([step(trigger, 'tls 1 3')]).outcomes[0]).toMatchObject({
      outcome: 'left',
      reason: 'no-such-option',
    });
    expect(trigger.textContent).toBe('None');
    expect(document.querySelector('[role=listbox]')).toBeNull();
  });

  it('does not undo over a choice the user made since', () => {
    const trigger = document.getElementById('security') as HTMLElement;
    const result = fillFields([step(trigger, 'starttls', 'starttls')]);
    trigger.click();
    (document.querySelectorAll<HTMLElement>('[role=option]')[2] as HTMLElement).click();
    expect(trigger.textContent).toBe('SSL/TLS');
    expect(result.undo()).toEqual([{ role: 'smtpSecurity', outcome: 'left' }]);
    expect(trigger.textContent).toBe('SSL/TLS');
  });

  it('sets a button with its own list of valued items by press and release, as a user does', () => {
    document.body.innerHTML = `<x-select value="1"><button type="button" id="b">Gmail</button><input type="hidden" value="1">
      <ul><li value="0">Generic SMTP</li><li value="1">Gmail</li></ul></x-select>`;
    const host = document.querySelector('x-select') as HTMLElement;
    const button = document.getElementById('b') as HTMLElement;
    const hidden = document.querySelector('input[type=hidden]') as HTMLInputElement;
    // Opens on mousedown, picks on mouseup: no click handler at all.
    button.addEventListener('mousedown', () => host.classList.toggle('is-expanded'));
    host.querySelector('ul')?.addEventListener('mouseup', (event) => {
      const item = (event.target as Element).closest('li');
      if (!item) return;
      host.classList.remove('is-expanded');
      hidden.value = item.getAttribute('value') ?? '';
      button.textContent = item.textContent;
    });
    const result = fillFields([step(button, 'generic smtp', '0')]);
    expect(result.outcomes[0]).toMatchObject({ outcome: 'corrected', value: '0' });
    expect(hidden.value).toBe('0');
    expect(host.classList.contains('is-expanded')).toBe(false);
    result.undo();
    expect(hidden.value).toBe('1');
    expect(button.textContent).toBe('Gmail');
  });

  it('picks in a dropdown whose options a framework renders a tick after the click, and undoes it', async () => {
    const trigger = portalDropdown(true);
    const result = fillFields([step(trigger, 'starttls', 'starttls')]);
    expect(result.outcomes[0]).toMatchObject({ outcome: 'corrected', from: 'None' });
    expect(trigger.textContent).toBe('None');
    await widgetPicksDone();
    expect(trigger.textContent).toBe('STARTTLS');
    expect(document.querySelector('[role=listbox]')).toBeNull();
    expect(result.undo()).toEqual([{ role: 'smtpSecurity', outcome: 'restored' }]);
    await widgetPicksDone();
    expect(trigger.textContent).toBe('None');
    expect(document.querySelector('[role=listbox]')).toBeNull();
  });

  it('sets a combobox inside a shadow root whose listbox mounts in that shadow root', async () => {
    document.body.innerHTML = `<label for="server">SMTP server</label><input id="server"><x-field></x-field>`;
    const host = document.querySelector('x-field') as HTMLElement;
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.innerHTML = `<span id="l">Encryption</span><div role="combobox" aria-labelledby="l" aria-expanded="false">SSL</div>`;
    const combobox = shadow.querySelector('[role=combobox]') as HTMLElement;
    combobox.addEventListener('click', () => {
      const open = shadow.querySelector('[role=listbox]');
      if (open) {
        open.remove();
        combobox.setAttribute('aria-expanded', 'false');
        return;
      }
      const listbox = document.createElement('ul');
      listbox.setAttribute('role', 'listbox');
      listbox.innerHTML = '<li role="option">SSL</li><li role="option">STARTTLS</li>';
      listbox.addEventListener('click', (event) => {
        combobox.textContent = (event.target as Element).textContent;
        listbox.remove();
        combobox.setAttribute('aria-expanded', 'false');
      });
      shadow.append(listbox);
      combobox.setAttribute('aria-expanded', 'true');
    });
    const fields = collectFields(document);
    const field = fields.find(({ kind }) => kind === 'select');
    expect(field?.labels).toBe('encryption');
    expect(await readWidgetOptions(fields)).toBe(true);
    expect(field?.choices.map(({ text, selected }) => `${text}:${selected}`)).toEqual(['ssl:true', 'starttls:false']);
    const result = fillFields([step(combobox, 'starttls')]);
    expect(combobox.textContent).toBe('STARTTLS');
    result.undo();
    expect(combobox.textContent).toBe('SSL');
    expect(shadow.querySelector('[role=listbox]')).toBeNull();
  });

  it('reads and sets a listbox kept beside the trigger, shown only while open', () => {
    document.body.innerHTML = `<div class="select"><label id="t">Server type</label>
      <button type="button" aria-haspopup="listbox" aria-labelledby="t" aria-expanded="false">POP3</button>
      <ul role="listbox" hidden><li role="option" aria-selected="true">POP3</li><li role="option" aria-selected="false">IMAP</li></ul></div>`;
    const button = document.querySelector('button') as HTMLElement;
    const listbox = document.querySelector('[role=listbox]') as HTMLElement;
    button.addEventListener('click', () => {
      listbox.hidden = !listbox.hidden;
      button.setAttribute('aria-expanded', String(!listbox.hidden));
    });
    listbox.addEventListener('click', (event) => {
      const chosen = (event.target as Element).closest('[role=option]') as Element;
      for (const option of listbox.children) option.setAttribute('aria-selected', String(option === chosen));
      button.textContent = chosen.textContent;
      listbox.hidden = true;
      button.setAttribute('aria-expanded', 'false');
    });
    const field = collectFields(document).find(({ kind }) => kind === 'select');
    expect(field?.choices.map(({ text, selected }) => `${text}:${selected}`)).toEqual(['pop3:true', 'imap:false']);
    fillFields([step(button, 'imap')]);
    expect(button.textContent).toBe('IMAP');
    expect(listbox.hidden).toBe(true);
  });
});

describe('a div dropdown without ARIA: a focusable box beside a hidden list of plain items', () => {
  /** As such components do: the box shows the chosen item, the list leaves it out and is hidden until a click. */
  function divDropdown(items: string[], chosen: string, listStyle = 'visibility:hidden'): HTMLElement {
    document.body.innerHTML = `
      <form><label for="tls">Use TLS</label>
      <div id="tls" class="select"><div class="selected-value" tabindex="0"><span class="value"></span></div>
        <div class="select-items" style="${listStyle}"><ul class="items"></ul></div></div>
      <label>SMTP host <input name="host"></label></form>`;
    const box = document.querySelector('.selected-value') as HTMLElement;
    const list = document.querySelector('ul.items') as HTMLElement;
    let current = chosen;
    const render = () => {
      (box.querySelector('.value') as HTMLElement).textContent = current;
      list.replaceChildren(
        ...items
          .filter((item) => item !== current)
          .map((item) => {
            const li = document.createElement('li');
            li.tabIndex = 0;
            li.textContent = item;
            li.addEventListener('click', () => {
              current = item;
              render();
            });
            return li;
          }),
      );
    };
    render();
    return box;
  }
  const tls = () => collectFields(document).find((field) => field.kind === 'select') as CollectedField;

  it('is a select labelled by the label of the dropdown around it, the shown item chosen', () => {
    divDropdown(['Yes', 'No'], 'No');
    expect(tls()).toMatchObject({ labels: 'use tls', value: 'No' });
    expect(tls().choices.map(({ text, value, selected }) => [text, value, selected])).toEqual([
      ['no', 'No', true],
      ['yes', 'Yes', false],
    ]);
  });

  it('is not one while its list is on show, or when the list holds links', () => {
    const box = divDropdown(['Yes', 'No'], 'No', '');
    expect(isWidgetTrigger(box)).toBe(false);
    divDropdown(['Yes', 'No'], 'No');
    document.querySelector('li')?.append(Object.assign(document.createElement('a'), { href: '#' }));
    expect(isWidgetTrigger(document.querySelector('.selected-value') as HTMLElement)).toBe(false);
  });

  it('is set by clicking the box and the item, and undone the same way', () => {
    const box = divDropdown(['Yes', 'No'], 'No');
    const yes = tls().choices.find(({ text }) => text === 'yes');
    const result = fillFields([
      { role: 'smtpSecurity', element: box, want: { kind: 'select', value: 'Yes', text: yes?.text } },
    ]);
    expect([result.outcomes[0]?.outcome, shownValue(box)]).toEqual(['corrected', 'Yes']);
    result.undo();
    expect(shownValue(box)).toBe('No');
  });
});

describe('boxes beside a hidden list that are no dropdown', () => {
  const page = (box: string, list: string) =>
    `<form><label>SMTP host <input name="host"></label>${box}<div style="display:none">${list}</div></form>`;

  it.each([
    [
      'a menu (roles on its list)',
      '<div tabindex="0">Actions</div>',
      '<ul role="menu"><li role="menuitem">Send test mail</li></ul>',
    ],
    ['a menu button', '<div tabindex="0" aria-haspopup="menu">Actions</div>', '<ul><li>Send test mail</li></ul>'],
    ['a box taken out of the tab order', '<div tabindex="-1">Yes</div>', '<ul><li>No</li></ul>'],
    [
      'navigation',
      '<nav><div tabindex="0">Docs</div><div style="display:none"><ul><li>Guide</li></ul></div></nav>',
      '',
    ],
  ])('%s', (_kind, box, list) => {
    document.body.innerHTML = page(box, list);
    expect(collectFields(document).filter((field) => field.kind === 'select')).toEqual([]);
  });
});

describe('a hidden native select that keeps only its chosen option, beside its stand-in', () => {
  /** As such libraries do: the stand-in lists every option only while open, and writes the chosen one into the select. */
  function standInPage(): HTMLSelectElement {
    document.body.innerHTML = `
      <form><label>SMTP host <input name="host"></label>
      <label for="sec">Security</label>
      <select id="sec" name="security" style="display:none"><option value="ssl" selected>SSL</option></select>
      <div class="stand-in"><div class="shown"><div class="item" data-value="ssl">SSL</div><input type="text"></div>
        <div class="drop" style="display:none"></div></div></form>`;
    const select = document.querySelector('select') as HTMLSelectElement;
    select.selectedIndex = 0;
    const shown = document.querySelector('.shown') as HTMLElement;
    const drop = document.querySelector('.drop') as HTMLElement;
    const options = [
      ['ssl', 'SSL'],
      ['tls', 'TLS'],
    ];
    shown.addEventListener('mousedown', () => {
      drop.innerHTML = options
        .map(([value, text]) => `<div class="option" data-value="${value}">${text}</div>`)
        .join('');
      drop.style.display = '';
    });
    shown.querySelector('input')?.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') drop.style.display = 'none';
    });
    drop.addEventListener('click', (event) => {
      const value = (event.target as HTMLElement).getAttribute('data-value') ?? '';
      drop.style.display = 'none';
      select.innerHTML = `<option value="${value}" selected>${options.find(([v]) => v === value)?.[1]}</option>`;
      select.selectedIndex = 0;
      (shown.querySelector('.item') as HTMLElement).textContent = options.find(([v]) => v === value)?.[1] ?? '';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    return select;
  }

  it('is collected as its stand-in, with the select’s words, and its options read by opening it', async () => {
    standInPage();
    const fields = collectFields(document);
    const security = fields.find((field) => field.kind === 'select') as CollectedField;
    expect([security.element.className, security.labels, security.value]).toEqual(['shown', 'security', 'SSL']);
    await readWidgetOptions(fields);
    expect(security.choices.map(({ value }) => value)).toEqual(['ssl', 'tls']);
    expect((document.querySelector('.drop') as HTMLElement).style.display).toBe('none');
  });

  it('is set by picking in the stand-in, and undone the same way', async () => {
    const select = standInPage();
    const shown = document.querySelector('.shown') as HTMLElement;
    const result = fillFields([
      { role: 'smtpSecurity', element: shown, want: { kind: 'select', value: 'tls', text: 'tls' } },
    ]);
    await widgetPicksDone();
    expect([result.outcomes[0]?.outcome, select.value, shownValue(shown)]).toEqual(['corrected', 'tls', 'TLS']);
    result.undo();
    await widgetPicksDone();
    expect(select.value).toBe('ssl');
  });
});

describe('a select with one option is no stand-in’s while it is shown', () => {
  it('the box after it is not pressed', () => {
    document.body.innerHTML =
      '<form><label>SMTP host <input name="host"></label><label for="s">Security</label>' +
      '<select id="s" name="security"><option>SSL</option></select>' +
      '<div><div class="other"><input type="text" name="note"></div></div></form>';
    const field = collectFields(document).find((candidate) => candidate.kind === 'select');
    expect(field?.element.localName).toBe('select');
  });
});
