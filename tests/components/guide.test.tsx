import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { SettingsAudit } from '../../components/guide/SettingsAudit';
import { WrongAdvice, wrongAdviceExamples } from '../../components/guide/WrongAdvice';
import { Troubleshooter } from '../../components/Troubleshooter';
import { auditSettings } from '../../lib/audit';

const alex = { address: 'alex@icloud.com' };
afterEach(cleanup);

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
