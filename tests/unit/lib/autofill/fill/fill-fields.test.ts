import { beforeEach, describe, expect, it } from 'vitest';
import { fillFields } from '@/lib/autofill/fill/fill-fields';

function field<T extends HTMLElement>(selector: string): T {
  const element = document.querySelector<T>(selector);
  if (!element) throw new Error(`missing ${selector}`);
  return element;
}

/** Counts the events a page script would see, per field name. */
function listen(): string[] {
  const seen: string[] = [];
  for (const type of ['input', 'change'])
    document.body.addEventListener(type, (event) => seen.push(`${(event.target as HTMLInputElement).name}:${type}`));
  return seen;
}

beforeEach(() => {
  document.body.innerHTML = `
    <form>
      <input name="host" value="mx01.mail.icloud.com">
      <input name="user" value="">
      <input name="secret" type="password" value="">
      <select name="port"><option>25</option><option selected>465</option><option>587</option></select>
      <input type="radio" name="security" value="1" checked>
      <input type="radio" name="security" value="2">
      <input name="locked" value="x" readonly>
    </form>`;
});

describe('fillFields', () => {
  it('fills an empty field and corrects a wrong one, with bubbling input and change events', () => {
    const seen = listen();
    const result = fillFields([
      { role: 'smtpHost', element: field('[name=host]'), want: { kind: 'text', value: 'smtp.mail.me.com' } },
      { role: 'username', element: field('[name=user]'), want: { kind: 'text', value: 'alex@icloud.com' } },
    ]);
    expect(result.outcomes).toEqual([
      { role: 'smtpHost', outcome: 'corrected', from: 'mx01.mail.icloud.com', value: 'smtp.mail.me.com' },
      { role: 'username', outcome: 'filled', value: 'alex@icloud.com' },
    ]);
    expect(field<HTMLInputElement>('[name=host]').value).toBe('smtp.mail.me.com');
    expect(seen).toEqual(['host:input', 'host:change', 'user:input', 'user:change']);
    expect(result.changed).toBe(true);
  });

  it('goes through the prototype setter, so a framework that wraps the instance value still notices', () => {
    const host = field<HTMLInputElement>('[name=host]');
    let wrapperCalls = 0;
    Object.defineProperty(host, 'value', {
      configurable: true,
      get: () => host.getAttribute('data-shadow') ?? 'mx01.mail.icloud.com',
      set: () => {
        wrapperCalls++;
      },
    });
    fillFields([{ role: 'smtpHost', element: host, want: { kind: 'text', value: 'smtp.mail.me.com' } }]);
    expect(wrapperCalls).toBe(0);
  });

  it('selects an option by value and clicks a radio, recording what was chosen before', () => {
    const result = fillFields([
      { role: 'port', element: field('[name=port]'), want: { kind: 'select', value: '587' } },
      { role: 'security', element: field('[name=security][value="2"]'), want: { kind: 'check' } },
    ]);
    expect(result.outcomes).toEqual([
      { role: 'port', outcome: 'corrected', from: '465', value: '587' },
      { role: 'security', outcome: 'corrected', from: '1', value: '2' },
    ]);
    expect(field<HTMLSelectElement>('[name=port]').value).toBe('587');
    expect(field<HTMLInputElement>('[name=security][value="1"]').checked).toBe(false);
  });

  it('never writes a password field, even when asked to', () => {
    const result = fillFields([
      { role: 'password', element: field('[name=secret]'), want: { kind: 'text', value: 'abcd-efgh-ijkl-mnop' } },
    ]);
    expect(field<HTMLInputElement>('[name=secret]').value).toBe('');
    expect(result.outcomes[0]).toMatchObject({ outcome: 'left', reason: 'password' });
    expect(result.changed).toBe(false);
  });

  it('leaves read-only fields, missing options and kept values alone, each with its reason', () => {
    field<HTMLInputElement>('[name=user]').value = 'Alex';
    const result = fillFields([
      { role: 'locked', element: field('[name=locked]'), want: { kind: 'text', value: 'y' } },
      { role: 'port', element: field('[name=port]'), want: { kind: 'select', value: '2525' } },
      { role: 'name', element: field('[name=user]'), want: { kind: 'text', value: 'Someone' }, keepExisting: true },
    ]);
    expect(result.outcomes.map((outcome) => outcome.outcome === 'left' && outcome.reason)).toEqual([
      'read-only',
      'no-such-option',
      'kept-existing',
    ]);
    expect(field<HTMLInputElement>('[name=user]').value).toBe('Alex');
  });

  it('changes nothing and fires no event on a second run', () => {
    const plan = [
      { role: 'smtpHost', element: field('[name=host]'), want: { kind: 'text', value: 'smtp.mail.me.com' } },
      { role: 'port', element: field('[name=port]'), want: { kind: 'select', value: '587' } },
      { role: 'security', element: field('[name=security][value="2"]'), want: { kind: 'check' } },
    ] as const;
    fillFields(plan);
    const seen = listen();
    const second = fillFields(plan);
    expect(second.outcomes.map((outcome) => outcome.outcome)).toEqual([
      'already-correct',
      'already-correct',
      'already-correct',
    ]);
    expect(second.changed).toBe(false);
    expect(seen).toEqual([]);
  });

  it('does not overwrite what the user typed after our fill', () => {
    const host = field<HTMLInputElement>('[name=host]');
    const plan = [{ role: 'smtpHost', element: host, want: { kind: 'text', value: 'smtp.mail.me.com' } }] as const;
    fillFields(plan);
    host.value = 'smtp.example.org';
    const again = fillFields(plan);
    expect(again.outcomes[0]).toEqual({
      role: 'smtpHost',
      outcome: 'left',
      reason: 'user-edited',
      value: 'smtp.example.org',
    });
    expect(host.value).toBe('smtp.example.org');
  });

  it('undo restores the exact prior values, selection and radio, and only once', () => {
    const host = field<HTMLInputElement>('[name=host]');
    const user = field<HTMLInputElement>('[name=user]');
    const port = field<HTMLSelectElement>('[name=port]');
    const ssl = field<HTMLInputElement>('[name=security][value="1"]');
    const result = fillFields([
      { role: 'smtpHost', element: host, want: { kind: 'text', value: 'smtp.mail.me.com' } },
      { role: 'username', element: user, want: { kind: 'text', value: 'alex@icloud.com' } },
      { role: 'port', element: port, want: { kind: 'select', value: '587' } },
      { role: 'security', element: field('[name=security][value="2"]'), want: { kind: 'check' } },
    ]);
    expect(result.undo().every((entry) => entry.outcome === 'restored')).toBe(true);
    expect([host.value, user.value, port.selectedIndex, ssl.checked]).toEqual(['mx01.mail.icloud.com', '', 1, true]);
    expect(result.undo()).toEqual([]);
  });

  it('undo keeps a field the user changed after the fill', () => {
    const host = field<HTMLInputElement>('[name=host]');
    const user = field<HTMLInputElement>('[name=user]');
    const result = fillFields([
      { role: 'smtpHost', element: host, want: { kind: 'text', value: 'smtp.mail.me.com' } },
      { role: 'username', element: user, want: { kind: 'text', value: 'alex@icloud.com' } },
    ]);
    user.value = 'alex@me.com';
    expect(result.undo()).toEqual([
      { role: 'username', outcome: 'left' },
      { role: 'smtpHost', outcome: 'restored' },
    ]);
    expect(user.value).toBe('alex@me.com');
  });

  it('reports a value the page refused and puts the old one back', () => {
    const host = field<HTMLInputElement>('[name=host]');
    host.addEventListener('input', () => {
      host.value = host.value.toUpperCase();
    });
    const result = fillFields([{ role: 'smtpHost', element: host, want: { kind: 'text', value: 'smtp.mail.me.com' } }]);
    expect(result.outcomes[0]).toMatchObject({ outcome: 'left', reason: 'not-kept' });
  });

  it('turns on an ARIA radio by clicking it and undoes by clicking the one that was on', () => {
    document.body.innerHTML = `
      <div role="radiogroup">
        <div role="radio" aria-checked="true" data-value="ssl" id="ssl"></div>
        <div role="radio" aria-checked="false" data-value="tls" id="tls"></div>
      </div>`;
    for (const radio of document.querySelectorAll('[role=radio]'))
      radio.addEventListener('click', () => {
        for (const other of document.querySelectorAll('[role=radio]')) other.setAttribute('aria-checked', 'false');
        radio.setAttribute('aria-checked', 'true');
      });
    const result = fillFields([{ role: 'security', element: field('#tls'), want: { kind: 'check' } }]);
    expect(result.outcomes[0]).toEqual({ role: 'security', outcome: 'corrected', from: 'ssl', value: 'tls' });
    result.undo();
    expect(field('#ssl').getAttribute('aria-checked')).toBe('true');
    expect(field('#tls').getAttribute('aria-checked')).toBe('false');
  });
});

describe('a role=checkbox drawn around a hidden box', () => {
  it('is turned off by a click, and undo turns it back on by a click, as the page handles it', () => {
    document.body.innerHTML =
      '<label role="checkbox" aria-checked="true" id="ssl"><input type="checkbox" checked hidden></label>';
    const box = field<HTMLElement>('#ssl');
    const input = field<HTMLInputElement>('#ssl input');
    box.addEventListener('click', (event) => {
      event.preventDefault();
      input.checked = !input.checked;
      box.setAttribute('aria-checked', String(input.checked));
    });
    const result = fillFields([{ role: 'smtpSecurity', element: box, want: { kind: 'uncheck' } }]);
    expect(result.outcomes[0]).toMatchObject({ outcome: 'corrected' });
    expect([box.getAttribute('aria-checked'), input.checked]).toEqual(['false', false]);
    expect(result.undo()).toEqual([{ role: 'smtpSecurity', outcome: 'restored' }]);
    expect([box.getAttribute('aria-checked'), input.checked]).toEqual(['true', true]);
  });
});

describe('a framework switch that undoes the browser’s toggle and sets its state a tick later', () => {
  const tick = () => new Promise((resolve) => setTimeout(resolve));
  const frameworkBox = (turns: boolean) => {
    document.body.innerHTML = '<input type="checkbox" name="tls">';
    const box = field<HTMLInputElement>('[name=tls]');
    box.addEventListener('click', (event) => {
      event.preventDefault();
      const next = box.checked;
      if (turns)
        queueMicrotask(() => {
          box.checked = next;
        });
    });
    return box;
  };

  it('is not kept at first, counts once it has turned, and is clicked back by the undo', async () => {
    const box = frameworkBox(true);
    const result = fillFields([{ role: 'smtpSecurity', element: box, want: { kind: 'check' } }]);
    expect(result.outcomes[0]).toMatchObject({ role: 'smtpSecurity', outcome: 'left', reason: 'not-kept' });
    expect(result.later[0]).toMatchObject({ role: 'smtpSecurity', outcome: 'filled' });
    expect(result.changed).toBe(false);
    await tick();
    expect(box.checked).toBe(true);
    expect(result.changed).toBe(true);
    expect(result.undo()).toEqual([{ role: 'smtpSecurity', outcome: 'restored' }]);
    await tick();
    expect(box.checked).toBe(false);
  });

  it('a role=switch turned off a tick later is corrected later, and restored by the undo', async () => {
    document.body.innerHTML = '<button role="switch" aria-checked="true" id="ssl"></button>';
    const toggle = field<HTMLElement>('#ssl');
    toggle.addEventListener('click', () => {
      const next = toggle.getAttribute('aria-checked') !== 'true';
      queueMicrotask(() => toggle.setAttribute('aria-checked', String(next)));
    });
    const result = fillFields([{ role: 'smtpSecurity', element: toggle, want: { kind: 'uncheck' } }]);
    expect(result.outcomes[0]).toMatchObject({ outcome: 'left', reason: 'not-kept' });
    expect(result.later[0]).toMatchObject({ outcome: 'corrected', value: '' });
    await tick();
    expect(toggle.getAttribute('aria-checked')).toBe('false');
    expect(result.changed).toBe(true);
    expect(result.undo()).toEqual([{ role: 'smtpSecurity', outcome: 'restored' }]);
    await tick();
    expect(toggle.getAttribute('aria-checked')).toBe('true');
  });

  it('is left out of the undo when the page never turns it', async () => {
    const box = frameworkBox(false);
    const result = fillFields([{ role: 'smtpSecurity', element: box, want: { kind: 'check' } }]);
    await tick();
    expect(box.checked).toBe(false);
    expect(result.changed).toBe(false);
    expect(result.undo()).toEqual([]);
    expect(box.checked).toBe(false);
  });
});

describe('a field written by two runs', () => {
  it('is put back by both undos, last run first, to what the page had', () => {
    document.body.innerHTML = '<input name="host" value="mail.example.net">';
    const host = document.querySelector('input') as HTMLInputElement;
    const first = fillFields([{ role: 'smtpHost', element: host, want: { kind: 'text', value: 'smtp.mail.me.com' } }]);
    const second = fillFields([
      { role: 'smtpHost', element: host, want: { kind: 'text', value: 'smtp.mail.me.com:587' } },
    ]);
    expect(second.undo()).toEqual([{ role: 'smtpHost', outcome: 'restored' }]);
    expect(host.value).toBe('smtp.mail.me.com');
    expect(first.undo()).toEqual([{ role: 'smtpHost', outcome: 'restored' }]);
    expect(host.value).toBe('mail.example.net');
  });
});

describe('a field the page draws again as a new element', () => {
  function page() {
    document.body.innerHTML =
      '<select name="security"><option value="ssl" selected>SSL</option><option value="tls">TLS</option></select>' +
      '<div id="port-cell"><input name="port" value="465"></div>';
    const cell = document.getElementById('port-cell') as HTMLElement;
    // happy-dom leaves a parsed select on no option at all; a browser picks its `selected` one.
    (document.querySelector('select') as HTMLSelectElement).selectedIndex = 0;
    // As a template does: the port is written again from the model when the security changes.
    document.querySelector('select')?.addEventListener('change', () => {
      cell.innerHTML = '<input name="port" value="25">';
    });
    return {
      security: document.querySelector('select') as HTMLSelectElement,
      port: () => cell.querySelector('input') as HTMLInputElement,
    };
  }

  it('is written in the copy the page drew in its place, and put back there', () => {
    const { security, port } = page();
    const original = port();
    const steps = [
      { role: 'smtpSecurity', element: security as HTMLElement, want: { kind: 'select' as const, value: 'tls' } },
      { role: 'smtpPort', element: original as HTMLElement, want: { kind: 'text' as const, value: '587' } },
    ];
    const result = fillFields(steps);
    expect(port()).not.toBe(original);
    expect(port().value).toBe('587');
    expect(result.outcomes[1]).toMatchObject({ outcome: 'corrected', from: '25', value: '587' });
    result.undo();
    expect(port().value).toBe('25');
    expect(security.value).toBe('ssl');
  });
});

describe('a redrawn field is followed only into its one shown copy', () => {
  it.each([
    ['two of its kind', '<input name="port" value="25"><input name="port" value="26">'],
    ['a hidden one', '<input name="port" value="25" style="display:none">'],
  ])('not into %s', (_kind, copies) => {
    document.body.innerHTML = '<div id="cell"><input name="port" value="465"></div>';
    const original = document.querySelector('input') as HTMLInputElement;
    const cell = document.getElementById('cell') as HTMLElement;
    const step = { role: 'smtpPort', element: original as HTMLElement, want: { kind: 'text' as const, value: '587' } };
    // The page draws the field again between two steps of one run.
    const before = { role: 'x', element: original, want: { kind: 'text' as const, value: '465' } };
    original.addEventListener('change', () => {
      cell.innerHTML = copies;
    });
    fillFields([{ ...before, want: { kind: 'text', value: '466' } }, step]);
    expect([...cell.querySelectorAll('input')].map((input) => input.value)).not.toContain('587');
  });
});
