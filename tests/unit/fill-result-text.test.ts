import { describe, expect, it } from 'vitest';
import { fillResultText } from '@/components/fillResultText';

const report = (outcomes: [string, 'filled' | 'corrected' | 'already-correct' | 'left', string?][]) => ({
  detected: true,
  untouched: true,
  form: { kind: 'generic' as const, confidence: 0.9 },
  fields: outcomes.map(([role, outcome, reason]) => ({ role, outcome, ...(reason && { reason }) })),
});

describe('fillResultText says in words what "Fill this page" did', () => {
  it('counts the fields filled or corrected and mentions the passwords left', () => {
    const filled = report([
      ['smtpHost', 'filled'],
      ['smtpPort', 'corrected'],
      ['smtpUsername', 'already-correct'],
      ['smtpPassword', 'left', 'password'],
    ]);
    expect(fillResultText({ status: 'done', host: 'cloud.example.org', report: filled })).toBe(
      'Filled 2 fields on cloud.example.org. The passwords are left for you.',
    );
  });

  it('uses the singular for one field, and says when all was already right', () => {
    expect(fillResultText({ status: 'done', host: 'a.example', report: report([['smtpHost', 'filled']]) })).toBe(
      'Filled 1 field on a.example.',
    );
    expect(
      fillResultText({ status: 'done', host: 'a.example', report: report([['smtpHost', 'already-correct']]) }),
    ).toBe('Everything on a.example was already right.');
  });

  it('says why nothing was filled', () => {
    const none = { detected: false, fields: [], untouched: true, reason: 'no-form' as const };
    expect(fillResultText({ status: 'done', host: 'a.example', report: none })).toBe(
      'No mail setup form found on a.example.',
    );
    expect(
      fillResultText({
        status: 'done',
        host: 'a.example',
        report: { ...report([]), reason: 'not-icloud-address' },
      }),
    ).toMatch(/not an iCloud address/);
    expect(fillResultText({ status: 'not-allowed' })).toMatch(/^The browser does not let extensions fill this page:/);
    expect(fillResultText({ status: 'no-address' })).toBe('Enter your iCloud address above first.');
  });
});
