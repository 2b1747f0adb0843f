import { describe, expect, it } from 'vitest';
import type { FieldOutcome, FieldRole } from '@/lib/autofill/model';
import { correctionLines, detailLines, fillResultText, needsYouLines } from '@/lib/features/fill-page/result-text';

const report = (outcomes: [FieldRole, FieldOutcome, string?][]) => ({
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
      'Filled 2 fields on cloud.example.org. The password is left for you.',
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

  it('says "passwords" only when there are two', () => {
    const both = report([
      ['imapHost', 'filled'],
      ['imapPassword', 'left', 'password'],
      ['smtpPassword', 'left', 'password'],
    ]);
    expect(fillResultText({ status: 'done', host: 'a.example', report: both })).toBe(
      'Filled 1 field on a.example. The passwords are left for you.',
    );
  });

  it('does not call it "already right" when a field could not be set', () => {
    const refused = report([
      ['smtpHost', 'already-correct'],
      ['smtpSecurity', 'left', 'no-matching-choice'],
    ]);
    expect(fillResultText({ status: 'done', host: 'a.example', report: refused })).toBe(
      'Nothing was filled on a.example.',
    );
    const typedByUser = report([
      ['smtpHost', 'already-correct'],
      ['smtpUsername', 'left', 'user-edited'],
      ['displayName', 'left', 'no-name-given'],
    ]);
    expect(fillResultText({ status: 'done', host: 'a.example', report: typedByUser })).toBe(
      'Everything on a.example was already right.',
    );
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
    expect(fillResultText({ status: 'no-address' })).toBe('Enter your iCloud address first, then fill the page.');
  });

  it.each([
    ['browser-page', /^The browser does not let extensions fill this page: it is one of the browser’s own pages/],
    [
      'web-store',
      /^The browser does not let extensions fill this page: no extension may change the pages of an extension store\./,
    ],
    [
      'file',
      /it is a file on your computer\. To fill it, turn on “Allow access to file URLs” in this extension’s details/,
    ],
    ['blocked', /^The browser did not let the extension fill a\.example\. Extensions may be blocked on this site/],
    [
      'unknown',
      /^The browser does not let extensions fill this page: its own pages and the extension store are off limits\./,
    ],
  ] as const)('names the reason the browser kept it out: %s', (why, text) => {
    expect(fillResultText({ status: 'not-allowed', host: 'a.example', why })).toMatch(text);
  });
});

describe('fillResultText tells another provider from an own domain', () => {
  it('another provider: names its domain', () => {
    const report = {
      detected: true,
      untouched: true,
      fields: [],
      reason: 'not-icloud-address' as const,
      domain: 'gmail.com',
    };
    expect(fillResultText({ status: 'done', host: 'a.example', report })).toBe(
      'Found a mail setup form on a.example but filled nothing: gmail.com addresses are not on iCloud, so iCloud’s settings do not work for them. Use the settings your mail provider gives you.',
    );
  });

  it('an own domain without the iCloud sign-in address: says where to add it', () => {
    const report = { detected: true, untouched: true, fields: [], reason: 'custom-domain-without-login' as const };
    const text = fillResultText({ status: 'done', host: 'a.example', report });
    expect(text).toBe(
      'Found a mail setup form on a.example but filled nothing: an address on your own domain is reported to sign in to iCloud with your primary iCloud address (Apple does not state this). Add it in the extension’s popup under “Primary iCloud address (used to sign in)”, then fill again.',
    );
    expect(text).not.toMatch(/not an iCloud address/);
  });
});

describe('correctionLines lists each correction with its reason', () => {
  const corrected = (fields: object[]) =>
    ({ status: 'done', host: 'a.example', report: { ...report([]), fields } }) as Parameters<typeof correctionLines>[0];

  it('one line per audit finding, in words', () => {
    const lines = correctionLines(
      corrected([
        { role: 'smtpHost', outcome: 'filled', value: 'smtp.mail.me.com' },
        {
          role: 'smtpPort',
          outcome: 'corrected',
          from: '465',
          value: '587',
          findings: [{ field: 'smtpPort', found: '465', correction: '587', reason: 'smtpPortNotOffered' }],
        },
        {
          role: 'smtpSecurity',
          outcome: 'corrected',
          from: 'ssl',
          value: 'tls',
          findings: [
            { field: 'smtpSecurity', found: 'implicit-tls', correction: 'starttls', reason: 'smtpNeedsStarttls' },
          ],
        },
      ]),
    );
    expect(lines).toEqual([
      'Outgoing port: 587 (was 465) — Apple documents only the port shown for sending, although many guides name this one.',
      'Outgoing encryption: STARTTLS (was SSL/TLS) — The outgoing port starts unencrypted and then switches to TLS (STARTTLS); SSL from the first byte fails there.',
    ]);
  });

  it('a correction the audit has no reason for is listed plainly; a security code of the page is not', () => {
    const lines = correctionLines(
      corrected([
        { role: 'email', outcome: 'corrected', from: 'alex@gmail.com', value: 'alex@icloud.com' },
        { role: 'smtpSecurity', outcome: 'corrected', from: '1', value: '2' },
      ]),
    );
    expect(lines).toEqual(['Email address: alex@icloud.com (was alex@gmail.com)']);
  });

  it('no lines when nothing was filled', () => {
    expect(correctionLines({ status: 'not-allowed', why: 'unknown' })).toEqual([]);
  });
});

describe('needsYouLines names each field the page would not take', () => {
  it('one line per field refused or without a right choice; not the passwords, not what the user typed', () => {
    const lines = needsYouLines({
      status: 'done',
      host: 'a.example',
      report: report([
        ['smtpHost', 'filled'],
        ['smtpSecurity', 'left', 'no-matching-choice'],
        ['smtpPort', 'left', 'not-kept'],
        ['smtpPassword', 'left', 'password'],
        ['smtpUsername', 'left', 'user-edited'],
      ]),
    });
    expect(lines).toEqual([
      'Outgoing encryption: could not be filled; please set it yourself.',
      'Outgoing port: could not be filled; please set it yourself.',
    ]);
  });

  it('none when the address is not on iCloud: nothing was meant to be filled', () => {
    const notIcloud = {
      ...report([['smtpHost', 'left', 'not-icloud-address']]),
      reason: 'not-icloud-address' as const,
    };
    expect(needsYouLines({ status: 'done', host: 'a.example', report: notIcloud })).toEqual([]);
  });
});

describe('a fill that set switches', () => {
  const switched = (outcomes: [FieldRole, FieldOutcome, string?][]) => ({
    status: 'done' as const,
    host: 'a.example',
    report: {
      ...report(outcomes),
      switches: [
        { kind: 'sending-method' as const, side: 'smtp' as const, outcome: 'set' as const },
        { kind: 'authentication' as const, side: 'smtp' as const, outcome: 'left' as const },
      ],
    },
  });

  it('does not call it "already right" when only switches changed', () => {
    expect(fillResultText(switched([['smtpHost', 'already-correct']]))).toBe(
      'No field on a.example needed filling; the options below were set.',
    );
  });

  it('lists the switches first, then the corrections, then what to check', () => {
    expect(
      detailLines(
        switched([
          ['smtpHost', 'filled'],
          ['smtpPort', 'left', 'not-kept'],
        ]),
      ),
    ).toEqual([
      'Sending method set to SMTP.',
      'Authentication: the page would not take the change; please set it yourself.',
      'Outgoing port: could not be filled; please set it yourself.',
    ]);
  });
});
