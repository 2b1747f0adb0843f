import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { GmailStatus, gmailStatusText } from '../../../../components/popup/GmailStatus';
import type { GmailStatus as Status } from '../../../../lib/features/gmail/status';

afterEach(cleanup);

const base: Status = { step: 'smtp', address: 'alex@gmx.de', filled: false, undone: false };

describe('the popup over Gmail’s window', () => {
  it.each([
    [{ ...base, skipped: 'other-provider' }, 'Nothing was filled: alex@gmx.de is not an iCloud address.'],
    [{ ...base, skipped: 'turned-off', step: 'none' }, 'Auto-fill on Gmail is turned off, so nothing was filled.'],
    [
      { ...base, step: 'add-address', skipped: 'no-address', address: '' },
      'No address to fill: save your iCloud address here, then reopen Gmail’s window.',
    ],
    [
      { ...base, address: 'alex@example.org', skipped: 'custom-domain-unknown' },
      'Nothing was filled: alex@example.org is not saved here as an iCloud+ custom-domain address. Save it with your iCloud address, then reopen Gmail’s window.',
    ],
    [{ ...base, address: 'alex@icloud.com', filled: true }, 'Filled Gmail’s window for alex@icloud.com.'],
    [{ ...base, address: 'alex@icloud.com', undone: true }, 'You undid the fill on Gmail’s window.'],
    [{ step: 'none', filled: false, undone: false }, 'This Gmail page is not the “Add another email address” window.'],
  ] as [Status, string][])('%j → %s', (status, text) => {
    expect(gmailStatusText(status)).toBe(text);
  });

  it('asks the active tab’s content script and shows its answer', async () => {
    fakeBrowser.tabs.query = async () => [{ id: 7 } as Browser.tabs.Tab];
    const asked: unknown[] = [];
    fakeBrowser.tabs.sendMessage = (async (tabId: number, message: unknown) => {
      asked.push([tabId, message]);
      return { ...base, skipped: 'other-provider' };
    }) as typeof fakeBrowser.tabs.sendMessage;
    render(<GmailStatus />);
    expect(await screen.findByText('Nothing was filled: alex@gmx.de is not an iCloud address.')).toBeTruthy();
    expect(asked).toEqual([[7, { type: 'gmail:status' }]]);
  });

  it.each([
    ['a made-up step', { ...base, step: 'inbox' }],
    ['a filled flag that is not true or false', { ...base, filled: 'yes' }],
    ['an unknown reason', { ...base, skipped: 'because' }],
    ['no flags at all', { step: 'smtp', address: 'alex@icloud.com' }],
    ['a bare string', 'filled'],
  ])('treats an answer with %s as no status: shows nothing', async (_, answer) => {
    fakeBrowser.tabs.query = async () => [{ id: 9 } as Browser.tabs.Tab];
    fakeBrowser.tabs.sendMessage = (async () => answer) as typeof fakeBrowser.tabs.sendMessage;
    const { container } = render(<GmailStatus />);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(container.innerHTML).toBe('');
  });

  it('shows nothing on a tab without our content script', async () => {
    fakeBrowser.tabs.query = async () => [{ id: 8 } as Browser.tabs.Tab];
    fakeBrowser.tabs.sendMessage = (async () => {
      throw new Error('Could not establish connection. Receiving end does not exist.');
    }) as typeof fakeBrowser.tabs.sendMessage;
    const { container } = render(<GmailStatus />);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(container.innerHTML).toBe('');
  });
});
