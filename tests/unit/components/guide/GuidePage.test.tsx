import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { GmailSetup } from '../../../../components/guide/GmailSetup';
import { GuideFooter } from '../../../../components/guide/GuideFooter';
import { GuidePage } from '../../../../components/guide/GuidePage';
import { MailAppSetup } from '../../../../components/guide/MailAppSetup';
import { SendingLimits } from '../../../../components/guide/SendingLimits';
import { SettingsAudit } from '../../../../components/guide/SettingsAudit';
import { Troubleshooter } from '../../../../components/guide/Troubleshooter';
import { WrongAdvice, wrongAdviceExamples } from '../../../../components/guide/WrongAdvice';
import { ServerSettings } from '../../../../components/popup/ServerSettings';
import { settingsFor } from '../../../../lib/icloud/account';
import { auditSettings } from '../../../../lib/icloud/audit';
import english from '../../../../locales/en.json';

const alex = { address: 'alex@icloud.com' };
afterEach(cleanup);

function alexSettings() {
  const settings = settingsFor(alex);
  if (!settings) throw new Error('alex@icloud.com has iCloud settings');
  return settings;
}

describe('corrections of common wrong advice', () => {
  it('lists the seven myths, each with the correction the audit gives', () => {
    const myths = wrongAdviceExamples(alex.address);
    expect(myths).toHaveLength(7);
    for (const { examples } of myths)
      for (const example of examples) expect(auditSettings(example, alex).length).toBeGreaterThan(0);
  });

  it('shows each myth as a table of wrong and right values', () => {
    render(<WrongAdvice account={alex} />);
    const table = screen.getByRole('table', { name: 'Only the name part as outgoing username' });
    expect(within(table).getByText('alex').tagName).toBe('DEL');
    expect(within(table).getByText('alex@icloud.com').tagName).toBe('INS');
  });
});

describe('settings audit form', () => {
  it('lists what to change in what the user typed', () => {
    render(<SettingsAudit account={alex} />);
    fireEvent.input(screen.getByLabelText('Outgoing port'), { target: { value: '465' } });
    fireEvent.input(screen.getByLabelText('Outgoing username'), { target: { value: 'alex' } });
    fireEvent.click(screen.getByRole('button', { name: 'Check' }));
    const rows = within(screen.getByRole('table', { name: 'What to change' })).getAllByRole('row');
    expect(rows.map((row) => row.textContent)).toEqual([
      'SettingWrongRightWhy',
      expect.stringMatching(/^Outgoing port465587Apple documents only the port shown for sending/),
      expect.stringMatching(/^Outgoing usernamealexalex@icloud\.com/),
    ]);
    expect(screen.getByLabelText('Outgoing port')).toHaveProperty('value', '465');
  });

  it('says the settings are right, or that nothing was typed', () => {
    render(<SettingsAudit account={alex} />);
    fireEvent.click(screen.getByRole('button', { name: 'Check' }));
    expect(screen.getByText('Type at least one setting to check.')).toBeTruthy();
    fireEvent.input(screen.getByLabelText('Outgoing mail server (SMTP)'), { target: { value: 'smtp.mail.me.com' } });
    fireEvent.click(screen.getByRole('button', { name: 'Check' }));
    expect(screen.getByText('These settings are right.')).toBeTruthy();
  });
});

describe('troubleshooter', () => {
  it('gives the general checklist for a message it does not recognise', () => {
    render(<Troubleshooter />);
    fireEvent.input(screen.getByLabelText('Or paste the error message'), { target: { value: 'Something odd' } });
    fireEvent.click(screen.getByRole('button', { name: 'Find the cause' }));
    expect(screen.getByText(/not one we recognise/)).toBeTruthy();
    expect(screen.getAllByText(/^Cause/).length).toBeGreaterThan(3);
  });

  it('names the likely causes of a pasted 535 error, app-specific password first', () => {
    render(<Troubleshooter />);
    fireEvent.input(screen.getByLabelText('Or paste the error message'), {
      target: { value: '535 5.7.8 Error: authentication failed' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Find the cause' }));
    const checks = within(screen.getByRole('list', { name: 'Likely causes and fixes' })).getAllByRole('listitem');
    expect(checks[0]?.textContent).toContain('not an app-specific password');
  });

  it('shows the right values beside a picked symptom', () => {
    render(<Troubleshooter />);
    fireEvent.click(screen.getByLabelText('STARTTLS fails'));
    const [first] = within(screen.getByRole('list', { name: 'Likely causes and fixes' })).getAllByRole('listitem');
    expect(first?.textContent).toContain('The encryption does not match the port.');
    expect([...(first?.querySelectorAll('code') ?? [])].map((value) => value.textContent)).toEqual([
      '993',
      'SSL/TLS',
      '587',
      'STARTTLS',
    ]);
  });
});

describe('troubleshooter: one direction works', () => {
  it('does not blame the password when sending works, and points to the incoming settings', () => {
    render(<Troubleshooter />);
    fireEvent.click(screen.getByLabelText('I can send, but I don’t receive new mail'));
    const checks = within(screen.getByRole('list', { name: 'Likely causes and fixes' })).getAllByRole('listitem');
    expect(checks[0]?.textContent).toContain('Something in the incoming server settings is wrong.');
    expect(checks.map((check) => check.textContent).join()).not.toMatch(/not an app-specific password|revoked/);
  });
});

describe('each mail app’s steps', () => {
  const settings = alexSettings();
  const codes = (region: HTMLElement) => [...region.querySelectorAll('code')].map((value) => value.textContent);

  it('show the values that app asks for, for the saved address, each with a copy button', async () => {
    const writeText = vi.fn<(text: string) => Promise<void>>().mockResolvedValue(undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    render(<MailAppSetup settings={settings} />);
    const everything = [
      'imap.mail.me.com',
      '993',
      'SSL/TLS',
      'alex',
      'smtp.mail.me.com',
      '587',
      'STARTTLS',
      'alex@icloud.com',
    ];
    expect(codes(screen.getByRole('region', { name: 'Outlook' }))).toEqual(everything);
    expect(codes(screen.getByRole('region', { name: 'Android and other phones' }))).toEqual(everything);
    const thunderbird = screen.getByRole('region', { name: 'Thunderbird' });
    expect(codes(thunderbird)).toEqual(['alex@icloud.com', 'STARTTLS', '587', 'SSL/TLS', '993']);
    fireEvent.click(within(thunderbird).getByRole('button', { name: 'Copy: Outgoing username' }));
    await waitFor(() => expect(writeText).toHaveBeenCalledWith('alex@icloud.com'));
  });

  it('describe the usernames instead of guessing them when no address is saved', () => {
    render(<MailAppSetup />);
    const outlook = screen.getByRole('region', { name: 'Outlook' });
    expect(within(outlook).queryByRole('button', { name: 'Copy: Outgoing username' })).toBeNull();
    expect(within(outlook).getByText('Your full iCloud address')).toBeTruthy();
    expect(within(outlook).getByRole('button', { name: 'Copy: Outgoing mail server (SMTP)' })).toBeTruthy();
  });
});

describe('Gmail’s name for STARTTLS', () => {
  it('is quoted from the message the Gmail notice uses in the guide’s Gmail section, and the generic SMTP note names no Gmail', () => {
    const gmailLabel = english.gmail.security.tls;
    render(<GmailSetup settings={alexSettings()} now={new Date('2026-12-02T04:00:00Z')} />);
    expect(screen.getByText(`Choose “${gmailLabel}”: for Gmail this means STARTTLS.`)).toBeTruthy();
    cleanup();
    render(<ServerSettings server="smtp" settings={alexSettings()} />);
    const note = screen.getByText(/^Switches to encryption after connecting/);
    expect(note.textContent).toBe(
      'Switches to encryption after connecting (STARTTLS; some apps call it TLS). Apple documents only port 587 for sending.',
    );
    expect(note.textContent).not.toMatch(/Gmail/);
  });
});

describe('settings audit: what people paste into a server field', () => {
  it('asks for the host name only when a URL or a port comes with it, never “not an iCloud Mail server”', () => {
    render(<SettingsAudit account={alex} />);
    fireEvent.input(screen.getByLabelText('Incoming mail server (IMAP)'), {
      target: { value: 'https://imap.mail.me.com/' },
    });
    fireEvent.input(screen.getByLabelText('Outgoing mail server (SMTP)'), {
      target: { value: 'smtp.mail.me.com:587' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Check' }));
    const rows = within(screen.getByRole('table', { name: 'What to change' })).getAllByRole('row');
    expect(rows.map((row) => row.textContent)).toEqual([
      'SettingWrongRightWhy',
      'Incoming mail server (IMAP)https://imap.mail.me.com/imap.mail.me.comEnter the host name only — no “https://”, port or path.',
      'Outgoing mail server (SMTP)smtp.mail.me.com:587smtp.mail.me.comEnter the host name only — no “https://”, port or path.',
    ]);
    expect(screen.queryByText(/Not an iCloud Mail server/)).toBeNull();
  });

  it('takes the port from the host field into the empty port field, and checks it', () => {
    render(<SettingsAudit account={alex} />);
    fireEvent.input(screen.getByLabelText('Outgoing mail server (SMTP)'), {
      target: { value: 'smtp.mail.me.com:465' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Check' }));
    expect(screen.getByLabelText('Outgoing port')).toHaveProperty('value', '465');
    const rows = within(screen.getByRole('table', { name: 'What to change' })).getAllByRole('row');
    expect(rows[2]?.textContent).toMatch(/^Outgoing port465587Apple documents only the port shown/);
  });
});

describe('troubleshooter: errors as clients print them', () => {
  const causes = () =>
    within(screen.getByRole('list', { name: 'Likely causes and fixes' }))
      .getAllByRole('listitem')
      .map((item) => item.textContent ?? '');

  it('answers an error that came with the page address at once, with it pasted in the box', () => {
    render(<Troubleshooter pastedError="getaddrinfo ENOTFOUND smtp.icloud.com" />);
    expect(screen.getByLabelText('Or paste the error message')).toHaveProperty(
      'value',
      'getaddrinfo ENOTFOUND smtp.icloud.com',
    );
    expect(screen.getByText(/This looks like: Server not found/)).toBeTruthy();
    expect(screen.getByText('“smtp.icloud.com” is not a server Apple documents. Use smtp.mail.me.com.')).toBeTruthy();
  });

  it('shows the next error that comes with the address of a guide already open, answered', () => {
    // The Gmail notice reuses the open guide tab: only the hash, and so the pasted error, changes.
    const gmailError =
      'Authentication failed. Please check your username/password. [Server response: 535 5.7.8 Error: authentication failed]';
    const { rerender } = render(<GuidePage saved={alex} pastedError="getaddrinfo ENOTFOUND smtp.icloud.com" />);
    expect(screen.getByText(/This looks like: Server not found/)).toBeTruthy();
    rerender(<GuidePage saved={alex} pastedError={gmailError} />);
    expect(screen.getByLabelText('Or paste the error message')).toHaveProperty('value', gmailError);
    expect(screen.getByText(/This looks like: Password or login rejected when sending/)).toBeTruthy();
    expect(screen.queryByText(/This looks like: Server not found/)).toBeNull();
  });

  it('treats Thunderbird’s failed incoming login as the incoming server’s, not the outgoing 535', () => {
    render(
      <Troubleshooter pastedError='Anmeldung auf dem Server imap.mail.me.com mit Benutzernamen "alex" fehlgeschlagen' />,
    );
    expect(screen.getByText(/This looks like: Password or login rejected when receiving/)).toBeTruthy();
    const answers = causes().join('\n');
    expect(answers).toContain('The incoming server refused the username.');
    expect(answers).not.toContain('The outgoing username is only the name part');
  });

  it.each([
    [
      '550 5.7.0 From address is not one of your addresses',
      'The From address is not an address of this iCloud account',
    ],
    ['550 5.4.5 Daily user sending quota exceeded.', 'Apple allows 1,000 messages and 1,000 recipients a day.'],
    ['Greeting never received', 'The encryption does not match the port.'],
    ['wrong version number', 'port 587 expects a plain start followed by STARTTLS'],
  ])('answers “%s” from the facts', (error, answer) => {
    render(<Troubleshooter pastedError={error} />);
    expect(causes()[0]).toContain(answer);
  });

  it('does not say turning off two-factor authentication revokes app-specific passwords', () => {
    render(<Troubleshooter />);
    fireEvent.click(screen.getByLabelText('Password or login rejected when sending (535, “authentication failed”)'));
    expect(causes().join('\n')).toContain('changing or resetting your Apple Account password revokes all of them');
    expect(causes().join('\n')).not.toMatch(/turning off two-factor/);
  });
});

describe('Outlook, Apple devices, limits and sources', () => {
  it('gives the new Outlook’s Apple Account sign-in and classic Outlook’s app-specific password', () => {
    render(<MailAppSetup settings={alexSettings()} />);
    const outlook = screen.getByRole('region', { name: 'Outlook' });
    expect(within(outlook).getByRole('heading', { name: /^New Outlook for Windows, Outlook for Mac/ })).toBeTruthy();
    expect(within(outlook).getByRole('heading', { name: 'Classic Outlook for Windows' })).toBeTruthy();
    expect(outlook.textContent).toContain('sign in there with your Apple Account');
    expect(outlook.textContent).not.toMatch(/automatic/i);
  });

  it('names the iOS 18 path and the older one for iPhone and iPad', () => {
    render(<MailAppSetup />);
    const apple = screen.getByRole('region', { name: 'iPhone, iPad and Mac' }).textContent ?? '';
    expect(apple).toContain('Settings → [your name] → iCloud → iCloud Mail');
    expect(apple).toContain('on iOS 18 and later, Settings → Apps → Mail → Mail Accounts');
    expect(apple).toContain('before iOS 18, Settings → Mail → Accounts');
  });

  it('gives the sending limits as Apple’s own, with its article linked', () => {
    render(<SendingLimits />);
    const limits = screen.getByRole('region', { name: 'Sending limits' });
    expect(within(limits).getByRole('link', { name: 'support.apple.com/102198' })).toHaveProperty(
      'href',
      'https://support.apple.com/102198',
    );
    expect(limits.textContent).toContain('1,000 messages a day');
    expect(limits.textContent).not.toMatch(/About|widely reported|only Apple Mail/);
    expect(limits.textContent).toContain('Apple’s Mail apps and iCloud Mail on iCloud.com');
  });

  it('says it is not made by or affiliated with Apple or Google, and links the articles it is built on', () => {
    render(<GuideFooter />);
    expect(screen.getByText(/not made by or affiliated with Apple or Google/)).toBeTruthy();
    expect(screen.getAllByRole('link').map((link) => link.getAttribute('href'))).toEqual([
      'https://support.apple.com/102525',
      'https://support.apple.com/102654',
      'https://support.apple.com/102198',
      'https://support.google.com/mail/answer/22370',
      'https://support.google.com/mail/answer/17101213',
    ]);
  });
});
