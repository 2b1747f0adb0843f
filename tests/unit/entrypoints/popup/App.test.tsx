import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { appPasswordStepsOpen } from '@/components/popup/app-password-steps-open';
import { App } from '../../../../entrypoints/popup/App';
import { popupStart } from '../../../../entrypoints/popup/start';
import { savedAccount } from '../../../../lib/platform/storage';

let writeText: ReturnType<typeof vi.fn<(text: string) => Promise<void>>>;

beforeEach(() => {
  // As the built manifest has it; the popup asks it whether "Always fill" can be offered on a site.
  vi.spyOn(fakeBrowser.runtime, 'getManifest').mockReturnValue({
    manifest_version: 3,
    name: 'iCloud Mail setup',
    version: '0.1.0',
    host_permissions: ['https://mail.google.com/*'],
  });
  writeText = vi.fn<(text: string) => Promise<void>>().mockResolvedValue(undefined);
  Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
});
afterEach(cleanup);

function addressInput() {
  return screen.getByLabelText('Your iCloud email address') as HTMLInputElement;
}

/** Types into the field and leaves it, as a person tabbing on would. */
function typeAndLeave(input: HTMLElement, text: string) {
  fireEvent.input(input, { target: { value: text } });
  fireEvent.blur(input);
}

/** The popup as entrypoints/popup/main.tsx draws it: storage read first, then one draw. */
async function openPopup() {
  return render(<App {...(await popupStart())} />);
}

async function popupWith(address: string) {
  await openPopup();
  typeAndLeave(addressInput(), address);
  return screen.findByRole('region', { name: 'Incoming mail (IMAP)' });
}

describe('the popup with a valid iCloud address', () => {
  it('shows the IMAP and SMTP settings for it', async () => {
    const imap = await popupWith('alex@icloud.com');
    const smtp = screen.getByRole('region', { name: 'Outgoing mail (SMTP)' });
    expect(within(imap).getByText('imap.mail.me.com')).toBeTruthy();
    expect(within(imap).getByText('993')).toBeTruthy();
    expect(within(imap).getByText('SSL/TLS')).toBeTruthy();
    expect(within(imap).getByText('alex')).toBeTruthy();
    expect(within(imap).getByText('If the name part is refused, use the full address: alex@icloud.com')).toBeTruthy();
    expect(within(smtp).getByText('smtp.mail.me.com')).toBeTruthy();
    expect(within(smtp).getByText('587')).toBeTruthy();
    expect(within(smtp).getByText('STARTTLS')).toBeTruthy();
    expect(within(smtp).getByText('alex@icloud.com')).toBeTruthy();
    expect(addressInput().getAttribute('aria-invalid')).toBe('false');
  });

  it.each([
    ['Copy IMAP server', 'imap.mail.me.com'],
    ['Copy IMAP port', '993'],
    ['Copy IMAP security', 'SSL/TLS'],
    ['Copy IMAP username', 'alex'],
    ['Copy SMTP server', 'smtp.mail.me.com'],
    ['Copy SMTP port', '587'],
    ['Copy SMTP security', 'STARTTLS'],
    ['Copy SMTP username', 'alex@icloud.com'],
  ])('"%s" writes exactly %j, says Copied and announces it', async (name, value) => {
    await popupWith('alex@icloud.com');
    const button = screen.getByRole('button', { name });
    expect(button.textContent).toBe('Copy');
    fireEvent.click(button);
    await waitFor(() => expect(button.textContent).toBe('Copied'));
    expect(writeText).toHaveBeenCalledOnce();
    expect(writeText).toHaveBeenCalledWith(value);
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe(`Copied: ${value}`));
  });

  it('says "Not copied" when the browser refuses the clipboard', async () => {
    writeText.mockRejectedValue(new DOMException('Document is not focused', 'NotAllowedError'));
    await popupWith('alex@icloud.com');
    const button = screen.getByRole('button', { name: 'Copy SMTP server' });
    fireEvent.click(button);
    await waitFor(() => expect(button.textContent).toBe('Not copied'));
    await waitFor(() =>
      expect(screen.getByRole('status').textContent).toBe('Could not copy. Select the text and copy it yourself.'),
    );
  });

  it('"Copy all" writes the whole set as readable text, with no password', async () => {
    await popupWith('Alex@iCloud.com');
    fireEvent.click(screen.getByRole('button', { name: 'Copy all' }));
    await waitFor(() => expect(writeText).toHaveBeenCalledOnce());
    expect(writeText.mock.calls[0]?.[0]).toBe(
      [
        'iCloud Mail settings for Alex@icloud.com',
        '',
        'Incoming mail (IMAP)',
        'Server: imap.mail.me.com',
        'Port: 993',
        'Security: SSL/TLS (port 993)',
        'Username: Alex (if that fails, use Alex@icloud.com)',
        '',
        'Outgoing mail (SMTP)',
        'Server: smtp.mail.me.com',
        'Port: 587',
        'Security: STARTTLS (port 587)',
        'Username: Alex@icloud.com',
        '',
        'Password: your app-specific password',
      ].join('\n'),
    );
  });

  it.each([
    ['Nodemailer (JavaScript)', 'nodemailer.createTransport'],
    ['Python smtplib', 'smtp.starttls(context=ssl.create_default_context())'],
    ['msmtp configuration', 'tls_starttls on'],
  ])('"Copy as" %s copies that snippet', async (format, expected) => {
    await popupWith('alex@icloud.com');
    const select = screen.getByLabelText('Copy as') as HTMLSelectElement;
    const option = within(select).getByRole('option', { name: format }) as HTMLOptionElement;
    fireEvent.change(select, { target: { value: option.value } });
    fireEvent.click(screen.getByRole('button', { name: 'Copy all' }));
    await waitFor(() => expect(writeText).toHaveBeenCalledOnce());
    expect(writeText.mock.calls[0]?.[0]).toContain(expected);
    expect(writeText.mock.calls[0]?.[0]).toContain('alex@icloud.com');
  });
});

describe('the address field', () => {
  it.each([
    ['alex appleseed@icloud.com', 'An email address has no spaces. Remove the space.'],
    ['alex.icloud.com', 'The address needs an @ between your name and the domain, as in alex@icloud.com.'],
    ['alex@@icloud.com', 'An email address has only one @. Remove the extra one.'],
    ['@icloud.com', 'Add your name before the @, as in alex@icloud.com.'],
    ['alex@', 'Add the domain after the @, for example icloud.com.'],
    ['alex@icloud', '“icloud” is not a complete domain: it needs an ending such as .com.'],
    ['al(ex)@icloud.com', 'These characters cannot be in the part before the @: ( )'],
    ['alex.@icloud.com', 'The part before the @ cannot start or end with a dot or have two dots in a row.'],
    ['alex@icloud..com', '“icloud..com” is not a valid domain. Check it for typing mistakes.'],
    [
      'alex@gmail.com',
      'gmail.com is not an iCloud address, so these settings will not work for it. Use the mail settings gmail.com gives you.',
    ],
    ['   ', 'Enter your iCloud email address, for example alex@icloud.com.'],
  ])('%j → %s, linked to the field, keeping what was typed', async (typed, message) => {
    await openPopup();
    const input = addressInput();
    typeAndLeave(input, typed);
    const shown = await screen.findByText(message);
    expect(input.getAttribute('aria-describedby')).toBe(shown.parentElement?.id);
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(input.value).toBe(typed);
    expect(screen.queryByRole('button', { name: 'Copy IMAP username' })).toBeNull();
  });

  it('waits for a pause in typing before showing a problem', async () => {
    // The browser's clock is the test's: the pause passes when the test says so, however busy the machine.
    await openPopup();
    vi.useFakeTimers();
    try {
      fireEvent.input(addressInput(), { target: { value: 'alex' } });
      await vi.advanceTimersByTimeAsync(100);
      expect(screen.queryByText(/needs an @/)).toBeNull();
      await vi.advanceTimersByTimeAsync(5_000);
      expect(screen.getByText(/needs an @/)).toBeTruthy();
    } finally {
      vi.useRealTimers();
    }
  });

  it('offers the iCloud domain for a typo and fixes it on request', async () => {
    await openPopup();
    typeAndLeave(addressInput(), 'alex@icloud.con');
    fireEvent.click(await screen.findByRole('button', { name: 'Did you mean alex@icloud.com?' }));
    expect(addressInput().value).toBe('alex@icloud.com');
    expect(await screen.findByRole('region', { name: 'Incoming mail (IMAP)' })).toBeTruthy();
  });

  it('explains custom domains and signs in with the primary iCloud address given', async () => {
    await openPopup();
    typeAndLeave(addressInput(), 'alex@appleseed.family');
    expect(
      await screen.findByText(/appleseed\.family is not an iCloud domain\. If it is your own domain/),
    ).toBeTruthy();
    expect(
      screen.getByText('Apple does not state this; it is what Delta Chat’s provider database reports.'),
    ).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Copy SMTP username' })).toBeNull();

    const login = screen.getByLabelText('Primary iCloud address (used to sign in)');
    typeAndLeave(login, 'alex@gmail.com');
    expect(await screen.findByText('Enter the address that ends in @icloud.com, @me.com, or @mac.com.')).toBeTruthy();

    typeAndLeave(login, 'alex.appleseed@icloud.com');
    const smtp = await screen.findByRole('region', { name: 'Outgoing mail (SMTP)' });
    expect(within(smtp).getByText('alex.appleseed@icloud.com')).toBeTruthy();
    await expect(savedAccount.get()).resolves.toEqual({
      address: 'alex@appleseed.family',
      icloudLogin: 'alex.appleseed@icloud.com',
    });
  });

  it('remembers a valid address and shows it the next time', async () => {
    await openPopup();
    typeAndLeave(addressInput(), ' alex@ME.com ');
    await waitFor(() =>
      expect(fakeBrowser.storage.local.get('account')).resolves.toEqual({
        account: { address: 'alex@me.com' },
      }),
    );
    cleanup();
    await openPopup();
    expect(addressInput().value).toBe('alex@me.com');
    expect(within(screen.getByRole('region', { name: 'Incoming mail (IMAP)' })).getByText('alex')).toBeTruthy();
  });

  it('does not save half-typed text over the remembered address', async () => {
    await savedAccount.set({ address: 'alex@icloud.com' });
    await openPopup();
    expect(addressInput().value).toBe('alex@icloud.com');
    typeAndLeave(addressInput(), 'alex@icl');
    await screen.findByText(/is not a complete domain/);
    await expect(savedAccount.get()).resolves.toEqual({ address: 'alex@icloud.com' });
  });
});

describe('the rest of the popup', () => {
  it('lists the app-specific password steps and opens account.apple.com in a new tab', async () => {
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    await openPopup();
    const steps = screen.getByRole('region', { name: 'Create an app-specific password' });
    const items = within(steps)
      .getAllByRole('listitem')
      .map((item) => item.textContent);
    expect(items).toEqual([
      'Turn on two-factor authentication for your Apple Account first.',
      'Sign in at account.apple.com (formerly appleid.apple.com) with your Apple Account (formerly Apple ID).',
      'Open Sign-In and Security, then App-Specific Passwords.',
      'Choose Generate an app-specific password, enter a label such as “Gmail” and confirm with your Apple Account password.',
      'Copy the password right away: Apple shows it only once.',
    ]);
    expect(within(steps).getByText(/up to 25 app-specific passwords at a time/)).toBeTruthy();
    fireEvent.click(within(steps).getByRole('button', { name: 'Open account.apple.com' }));
    expect(create).toHaveBeenCalledWith({ url: 'https://account.apple.com' });
  });

  it('opens the setup guide page in a new tab', async () => {
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    await openPopup();
    const link = screen.getByRole('link', { name: 'Open the setup guide' });
    expect(link.getAttribute('href')).toBe(fakeBrowser.runtime.getURL('/guide.html'));
    fireEvent.click(link);
    expect(create).toHaveBeenCalledWith({ url: fakeBrowser.runtime.getURL('/guide.html') });
  });
});

describe('before an address is typed', () => {
  it('shows the servers, ports and security already, the usernames as what they will be, and no copy for those', async () => {
    await openPopup();
    const imap = screen.getByRole('region', { name: 'Incoming mail (IMAP)' });
    const smtp = screen.getByRole('region', { name: 'Outgoing mail (SMTP)' });
    expect([...imap.querySelectorAll('code')].map((code) => code.textContent)).toEqual([
      'imap.mail.me.com',
      '993',
      'SSL/TLS',
    ]);
    expect([...smtp.querySelectorAll('code')].map((code) => code.textContent)).toEqual([
      'smtp.mail.me.com',
      '587',
      'STARTTLS',
    ]);
    expect(within(imap).getByText('the name part of your address')).toBeTruthy();
    expect(within(smtp).getByText('your full address')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Copy IMAP username' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Copy all' })).toBeNull();
  });

  it('the address field has the focus and an example in it', async () => {
    await openPopup();
    await waitFor(() => expect(document.activeElement).toBe(addressInput()));
    expect(addressInput().placeholder).toBe('e.g. alex@icloud.com');
  });

  it('"Fill this page" says why nothing can be filled and hands the focus to the address field', async () => {
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue({ status: 'no-address' } as never);
    render(<App {...(await popupStart())} tab={{ id: 7, url: 'https://cloud.example.org/settings/mail' }} />);
    screen.getByRole('button', { name: 'Copy IMAP server' }).focus();
    fireEvent.click(screen.getByRole('button', { name: 'Fill this page' }));
    await screen.findByText('Enter your iCloud address first, then fill the page.');
    await waitFor(() => expect(document.activeElement).toBe(addressInput()));
  });
});

describe('with an address saved', () => {
  beforeEach(() => savedAccount.set({ address: 'alex@icloud.com' }));

  it('the first draw already holds its settings: nothing is waited for', async () => {
    const start = await popupStart();
    render(<App {...start} />);
    const smtp = screen.getByRole('region', { name: 'Outgoing mail (SMTP)' });
    expect(within(smtp).getByText('alex@icloud.com')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Copy all' })).toBeTruthy();
  });

  it('the explanations of each setting are one click away, not in the way', async () => {
    await openPopup();
    const imap = screen.getByRole('region', { name: 'Incoming mail (IMAP)' });
    const notes = within(imap).getByText('About these settings').closest('details') as HTMLDetailsElement;
    expect(notes.open).toBe(false);
    expect(within(notes).getByText('If the name part is refused, use the full address: alex@icloud.com')).toBeTruthy();
    expect(within(notes).getByText('Encrypted from the first byte; some apps call this SSL.')).toBeTruthy();
  });
});

describe('what comes first depends on the page behind the popup', () => {
  const order = () =>
    [...document.querySelectorAll('main > *')]
      .map((element) =>
        element.matches('.fill-this-page') || element.querySelector('.fill-this-page')
          ? 'fill'
          : element.querySelector('#popup-address')
            ? 'address'
            : '',
      )
      .filter(Boolean);

  it('on a web page, "Fill this page" comes before the settings', async () => {
    render(<App {...(await popupStart())} tab={{ id: 7, url: 'https://cloud.example.org/settings/mail' }} />);
    expect(order()).toEqual(['fill', 'address']);
  });

  it.each([
    ['the browser’s own page', 'chrome://newtab/'],
    ['a page whose address the extension may not see', undefined],
  ])('on %s, the settings come first', async (_, url) => {
    render(<App {...(await popupStart())} tab={{ id: 7, url }} />);
    expect(order()).toEqual(['address', 'fill']);
  });
});

describe('the app-specific password steps', () => {
  const steps = () =>
    within(screen.getByRole('region', { name: 'Create an app-specific password' }))
      .getByRole('heading', { name: 'Create an app-specific password' })
      .closest('details') as HTMLDetailsElement;

  it('are open while no address is saved, even if the user closed them before', async () => {
    await appPasswordStepsOpen.set(false);
    await openPopup();
    expect(steps().open).toBe(true);
  });

  it('are folded once an address is saved, until the user opens them; that is remembered', async () => {
    await savedAccount.set({ address: 'alex@icloud.com' });
    await openPopup();
    expect(steps().open).toBe(false);
    steps().open = true;
    steps().dispatchEvent(new Event('toggle'));
    await waitFor(() => expect(appPasswordStepsOpen.get()).resolves.toBe(true));
    cleanup();
    await openPopup();
    expect(steps().open).toBe(true);
  });

  it('the state they were drawn in is not taken for the user’s choice', async () => {
    await openPopup();
    steps().dispatchEvent(new Event('toggle'));
    await expect(appPasswordStepsOpen.get()).resolves.toBe(false);
  });
});

describe('address help', () => {
  it.each([
    ['alex', 'alex@icloud.com'],
    ['alex@icloud', 'alex@icloud.com'],
    ['alex@icloud.co', 'alex@icloud.com'],
    ['alex@iclod.com', 'alex@icloud.com'],
    ['alex@icoud.com', 'alex@icloud.com'],
    ['alex@iclould.com', 'alex@icloud.com'],
  ])('%j: one click makes it %s and shows its settings', async (typed, fixed) => {
    await openPopup();
    typeAndLeave(addressInput(), typed);
    fireEvent.click(await screen.findByRole('button', { name: `Did you mean ${fixed}?` }));
    expect(addressInput().value).toBe(fixed);
    const smtp = screen.getByRole('region', { name: 'Outgoing mail (SMTP)' });
    await waitFor(() => expect(within(smtp).getByText(fixed)).toBeTruthy());
    await expect(savedAccount.get()).resolves.toEqual({ address: fixed });
  });

  it('a likely typo is never shown as a custom domain', async () => {
    await openPopup();
    typeAndLeave(addressInput(), 'alex@iclod.com');
    expect(await screen.findByText('“iclod.com” looks like a typing mistake.')).toBeTruthy();
    expect(screen.queryByText(/is not an iCloud domain/)).toBeNull();
    expect(screen.queryByLabelText('Primary iCloud address (used to sign in)')).toBeNull();
    expect(addressInput().getAttribute('aria-invalid')).toBe('true');
  });

  it('gmial.com is Gmail mistyped: fixed, it is another provider’s address, not a custom domain', async () => {
    await openPopup();
    typeAndLeave(addressInput(), 'alex@gmial.com');
    fireEvent.click(await screen.findByRole('button', { name: 'Did you mean alex@gmail.com?' }));
    expect(await screen.findByText(/^gmail\.com is not an iCloud address/)).toBeTruthy();
    expect(screen.queryByText(/is not an iCloud domain/)).toBeNull();
  });

  it('a Hide My Email address is explained as a relay, not a mailbox to sign in to', async () => {
    await openPopup();
    typeAndLeave(addressInput(), 'dpdcnf87nu@privaterelay.appleid.com');
    expect(
      await screen.findByText(
        '@privaterelay.appleid.com addresses come from Hide My Email: Apple forwards the mail sent to them to your personal email address. They are relays, not a mailbox to sign in to, so enter your iCloud Mail address instead.',
      ),
    ).toBeTruthy();
    expect(screen.queryByText(/is not an iCloud domain/)).toBeNull();
    await expect(savedAccount.get()).resolves.toEqual({ address: '' });
  });
});
