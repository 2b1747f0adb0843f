import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { App } from '../../../../entrypoints/popup/App';
import { savedAccount } from '../../../../lib/platform/storage';

let writeText: ReturnType<typeof vi.fn<(text: string) => Promise<void>>>;

beforeEach(() => {
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

async function popupWith(address: string) {
  render(<App />);
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
    render(<App />);
    const input = addressInput();
    typeAndLeave(input, typed);
    const shown = await screen.findByText(message);
    expect(input.getAttribute('aria-describedby')).toBe(shown.parentElement?.id);
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(input.value).toBe(typed);
    expect(screen.queryByRole('region', { name: 'Incoming mail (IMAP)' })).toBeNull();
  });

  it('waits for a pause in typing before showing a problem', async () => {
    // The browser's clock is the test's: the pause passes when the test says so, however busy the machine.
    vi.useFakeTimers();
    try {
      render(<App />);
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
    render(<App />);
    typeAndLeave(addressInput(), 'alex@icloud.con');
    fireEvent.click(await screen.findByRole('button', { name: 'Did you mean alex@icloud.com?' }));
    expect(addressInput().value).toBe('alex@icloud.com');
    expect(await screen.findByRole('region', { name: 'Incoming mail (IMAP)' })).toBeTruthy();
  });

  it('explains custom domains and signs in with the primary iCloud address given', async () => {
    render(<App />);
    typeAndLeave(addressInput(), 'alex@appleseed.family');
    expect(
      await screen.findByText(/appleseed\.family is not an iCloud domain\. If it is your own domain/),
    ).toBeTruthy();
    expect(
      screen.getByText('Apple does not state this; it is what Delta Chat’s provider database reports.'),
    ).toBeTruthy();
    expect(screen.queryByRole('region', { name: 'Outgoing mail (SMTP)' })).toBeNull();

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
    render(<App />);
    typeAndLeave(addressInput(), ' alex@ME.com ');
    await waitFor(() =>
      expect(fakeBrowser.storage.local.get('account')).resolves.toEqual({
        account: { address: 'alex@me.com' },
      }),
    );
    cleanup();
    render(<App />);
    await waitFor(() => expect(addressInput().value).toBe('alex@me.com'));
    expect(await screen.findByRole('region', { name: 'Incoming mail (IMAP)' })).toBeTruthy();
  });

  it('does not save half-typed text over the remembered address', async () => {
    await savedAccount.set({ address: 'alex@icloud.com' });
    render(<App />);
    await waitFor(() => expect(addressInput().value).toBe('alex@icloud.com'));
    typeAndLeave(addressInput(), 'alex@icl');
    await screen.findByText(/is not a complete domain/);
    await expect(savedAccount.get()).resolves.toEqual({ address: 'alex@icloud.com' });
  });
});

describe('the rest of the popup', () => {
  it('lists the app-specific password steps and opens account.apple.com in a new tab', async () => {
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    render(<App />);
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

  it('opens the setup guide page in a new tab', () => {
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    render(<App />);
    const link = screen.getByRole('link', { name: 'Open the setup guide' });
    expect(link.getAttribute('href')).toBe(fakeBrowser.runtime.getURL('/guide.html'));
    fireEvent.click(link);
    expect(create).toHaveBeenCalledWith({ url: fakeBrowser.runtime.getURL('/guide.html') });
  });
});
