import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { GmailSetup } from '../../../../components/guide/GmailSetup';
import { MailAppSetup } from '../../../../components/guide/MailAppSetup';
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
      expect.stringMatching(/^Outgoing port465587iCloud does not offer this port/),
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
  it('is quoted from the message the Gmail notice uses, in the guide and in the popup', () => {
    const gmailLabel = english.gmail.security.tls;
    render(<GmailSetup settings={alexSettings()} />);
    expect(screen.getByText(`Choose “${gmailLabel}”: for Gmail this means STARTTLS.`)).toBeTruthy();
    cleanup();
    render(<ServerSettings server="smtp" settings={alexSettings()} />);
    expect(
      screen.getByText(
        `Switches to encryption after connecting. Gmail calls this “${gmailLabel}”. Apple documents only port 587 for sending.`,
      ),
    ).toBeTruthy();
  });
});
