import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { GmailSection, gmailStatusText } from '@/components/popup/GmailSection';
import { type FillReport, nothingFound } from '@/lib/autofill/model';
import { gmailAutofill } from '@/lib/features/gmail/preference';
import type { GmailStatus as Status } from '@/lib/features/gmail/status';
import english from '@/locales/en.json';

afterEach(cleanup);

// Fixed moments on each side of the change; the component takes its moment, so no test reads the clock.
const december2026 = new Date('2026-12-02T04:00:00Z');
const february2027 = new Date('2027-02-01T00:00:00Z');

/** What the content script answers after the SMTP step: its FillReport, as any fill's. */
const onSmtpStep = (
  address: string,
  report: Partial<FillReport> = {},
  undone = false,
): Extract<Status, { turnedOff: false }> => ({
  turnedOff: false,
  undone,
  stepReport: {
    step: 'smtp',
    address,
    editing: false,
    matchedBy: 'names',
    report: { detected: true, form: { kind: 'site', confidence: 1 }, fields: [], untouched: true, ...report },
  },
});
const corrected: Partial<FillReport> = {
  fields: [{ role: 'smtpHost', outcome: 'corrected', from: 'mx01.mail.icloud.com', value: 'smtp.mail.me.com' }],
};
const otherProvider = onSmtpStep('alex@gmx.de', { reason: 'not-icloud-address', domain: 'gmx.de' });
const siteReport: FillReport = { detected: true, form: { kind: 'site', confidence: 1 }, fields: [], untouched: true };

describe('the popup over Gmail’s window', () => {
  it.each([
    [otherProvider, 'Nothing was filled: alex@gmx.de is not an iCloud address.'],
    [{ turnedOff: true }, 'Auto-fill on Gmail is turned off, so nothing was filled.'],
    [
      {
        turnedOff: false,
        undone: false,
        stepReport: { step: 'add-address', address: '', report: { ...siteReport, reason: 'no-address' } },
      },
      'No address to fill: save your iCloud address here, then reopen Gmail’s window.',
    ],
    [
      onSmtpStep('alex@example.org', { reason: 'custom-domain-without-login' }),
      'Nothing was filled: alex@example.org is not saved here as an iCloud+ custom-domain address. Save it with your iCloud address, then reopen Gmail’s window.',
    ],
    [onSmtpStep('alex@icloud.com', corrected), 'Filled Gmail’s window for alex@icloud.com.'],
    [
      onSmtpStep('alex@icloud.com', {
        fields: [
          { role: 'smtpHost', outcome: 'already-correct', value: 'smtp.mail.me.com' },
          { role: 'smtpPassword', outcome: 'left', reason: 'password' },
        ],
      }),
      'Gmail’s window for alex@icloud.com already had the right settings.',
    ],
    [onSmtpStep('alex@icloud.com', corrected, true), 'You undid the fill on Gmail’s window.'],
    [
      {
        turnedOff: false,
        undone: false,
        stepReport: { step: 'verify', address: 'alex@icloud.com', report: siteReport },
      },
      'Gmail sent a confirmation code to alex@icloud.com: find it in iCloud Mail.',
    ],
    [
      { turnedOff: false, undone: false, stepReport: { step: 'none', report: nothingFound } },
      'This Gmail page is not the “Add another email address” window.',
    ],
  ] as [Status, string][])('%j → %s', (status, text) => {
    expect(gmailStatusText(status)).toBe(text);
  });

  it('asks the active tab’s content script and shows its answer', async () => {
    fakeBrowser.tabs.query = async () => [{ id: 7 } as Browser.tabs.Tab];
    const asked: unknown[] = [];
    fakeBrowser.tabs.sendMessage = (async (tabId: number, message: unknown) => {
      asked.push([tabId, message]);
      return otherProvider;
    }) as typeof fakeBrowser.tabs.sendMessage;
    render(<GmailSection now={december2026} />);
    expect(await screen.findByText('Nothing was filled: alex@gmx.de is not an iCloud address.')).toBeTruthy();
    expect(asked).toEqual([[7, { type: 'gmail:status' }]]);
  });

  it.each([
    ['a made-up step', { ...otherProvider, stepReport: { ...otherProvider.stepReport, step: 'inbox' } }],
    ['an undone flag that is not true or false', { ...otherProvider, undone: 'yes' }],
    [
      'a report that is not a fill report',
      { ...otherProvider, stepReport: { ...otherProvider.stepReport, report: { fields: 'all' } } },
    ],
    ['an unknown reason', onSmtpStep('alex@gmx.de', { reason: 'because' as FillReport['reason'] })],
    ['no flags at all', { stepReport: otherProvider.stepReport }],
    ['the old shape of the answer', { step: 'smtp', address: 'alex@icloud.com', filled: true, undone: false }],
    ['a bare string', 'filled'],
  ])('treats an answer with %s as no status: says nothing about the window', async (_, answer) => {
    fakeBrowser.tabs.query = async () => [{ id: 9 } as Browser.tabs.Tab];
    fakeBrowser.tabs.sendMessage = (async () => answer) as typeof fakeBrowser.tabs.sendMessage;
    const { container } = render(<GmailSection now={december2026} />);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(container.querySelector('.gmail-status')).toBeNull();
    expect(container.querySelector('.gmail-sunset')).not.toBeNull();
  });

  it('says nothing about the window on a tab without our content script', async () => {
    fakeBrowser.tabs.query = async () => [{ id: 8 } as Browser.tabs.Tab];
    fakeBrowser.tabs.sendMessage = (async () => {
      throw new Error('Could not establish connection. Receiving end does not exist.');
    }) as typeof fakeBrowser.tabs.sendMessage;
    const { container } = render(<GmailSection now={december2026} />);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(container.querySelector('.gmail-status')).toBeNull();
    expect(container.querySelector('.gmail-sunset')).not.toBeNull();
  });
});

describe('the popup’s Gmail section and Google’s removal of “Send mail as”', () => {
  const opened: string[] = [];
  beforeEach(() => {
    opened.length = 0;
    fakeBrowser.tabs.query = async () => [{ id: 7 } as Browser.tabs.Tab];
    fakeBrowser.tabs.sendMessage = (async () =>
      onSmtpStep('alex@icloud.com', corrected)) as typeof fakeBrowser.tabs.sendMessage;
    fakeBrowser.tabs.create = (async ({ url }: { url?: string }) => {
      opened.push(url ?? '');
      return {} as Browser.tabs.Tab;
    }) as typeof fakeBrowser.tabs.create;
  });

  it('until the end of January 2027: the status, the sunset line once with Google’s article and the guide, and the switch', async () => {
    render(<GmailSection now={december2026} />);
    const section = screen.getByRole('region', { name: 'Gmail' });
    expect(await within(section).findByText('Filled Gmail’s window for alex@icloud.com.')).toBeTruthy();
    expect(section.querySelector('.gmail-sunset')?.textContent).toBe(
      `${english.gmail.sunset.ending} ${english.gmail.sunset.learnMore} · ${english.gmail.sunset.whatLasts}`,
    );
    expect(within(section).getAllByText(english.gmail.sunset.ending, { exact: false })).toHaveLength(1);
    fireEvent.click(within(section).getByRole('link', { name: english.gmail.sunset.learnMore }));
    fireEvent.click(within(section).getByRole('link', { name: english.gmail.sunset.whatLasts }));
    expect(opened).toEqual([
      'https://support.google.com/mail/answer/17101213',
      expect.stringMatching(/^chrome-extension:\/\/[^/]+\/guide\.html#gmail-after-2027$/),
    ]);
    expect(within(section).getByRole('checkbox', { name: english.popup.gmailAutofill })).toBeTruthy();
  });

  it('from February 2027: only the “removed” line and the way to what lasts; no switch, no status', async () => {
    render(<GmailSection now={february2027} />);
    const section = screen.getByRole('region', { name: 'Gmail' });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(section.querySelector('.gmail-sunset')?.textContent).toBe(
      `${english.gmail.sunset.ended} ${english.gmail.sunset.whatLasts}`,
    );
    expect(
      within(section)
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual([english.gmail.sunset.whatLasts]);
    expect(within(section).queryByRole('checkbox')).toBeNull();
    expect(section.querySelector('.gmail-status')).toBeNull();
    expect(section.textContent).not.toContain(english.gmail.sunset.ending);
  });

  it('turns Gmail auto-fill off and on with its switch, and remembers it', async () => {
    render(<GmailSection now={december2026} />);
    const toggle = screen.getByRole('checkbox', { name: english.popup.gmailAutofill });
    await waitFor(() => expect((toggle as HTMLInputElement).checked).toBe(true));
    fireEvent.click(toggle);
    await waitFor(() => expect(gmailAutofill.get()).resolves.toBe(false));
    fireEvent.click(toggle);
    await waitFor(() => expect(gmailAutofill.get()).resolves.toBe(true));
  });
});
