import { describe, expect, it } from 'vitest';
import type { SwitchReport } from '@/lib/autofill/model';
import { switchKinds } from '@/lib/autofill/model';
import { switchLines } from '@/lib/features/fill-page/switch-text';

const filled = (switches: SwitchReport[]) => ({
  status: 'done' as const,
  host: 'a.example',
  report: { detected: true, untouched: true, fields: [], switches },
});

describe('switchLines says each switch the fill set', () => {
  it('one line per switch, in the order they were set', () => {
    expect(
      switchLines(
        filled([
          { kind: 'sending-method', side: 'smtp', outcome: 'set' },
          { kind: 'server-type', side: 'imap', outcome: 'set' },
          { kind: 'authentication', side: 'smtp', outcome: 'set' },
          { kind: 'enable-server', side: 'smtp', outcome: 'set' },
          { kind: 'enable-server', side: 'imap', outcome: 'set' },
          { kind: 'default-server', outcome: 'set' },
          { kind: 'insecure', side: 'smtp', outcome: 'set' },
          { kind: 'verify-certificate', outcome: 'set' },
          { kind: 'provider-preset', outcome: 'set' },
        ]),
      ),
    ).toEqual([
      'Sending method set to SMTP.',
      'Account type set to IMAP.',
      'Authentication set to sign in with the password.',
      'Outgoing mail server (SMTP) turned on.',
      'Incoming mail server (IMAP) turned on.',
      '“Use the default server” turned off.',
      '“Ignore TLS”, “Allow insecure” or a similar option turned off.',
      'Certificate verification turned on.',
      'Provider preset set to custom settings: none of its presets is iCloud’s.',
    ]);
  });

  it('names the encryption each side needs, from the facts, and says it once for two boxes', () => {
    expect(
      switchLines(
        filled([
          { kind: 'security', side: 'smtp', outcome: 'set' },
          { kind: 'security', side: 'smtp', outcome: 'set' },
          { kind: 'security', side: 'imap', outcome: 'set' },
        ]),
      ),
    ).toEqual(['Outgoing encryption set to STARTTLS.', 'Incoming encryption set to SSL/TLS.']);
  });

  it('says the username option per side', () => {
    expect(switchLines(filled([{ kind: 'short-username', side: 'imap', outcome: 'set' }]))).toEqual([
      'Incoming username: the “without the domain” option set as iCloud needs it.',
    ]);
  });

  it('asks the user to set a switch the page would not take', () => {
    expect(
      switchLines(
        filled([
          { kind: 'authentication', side: 'smtp', outcome: 'left' },
          { kind: 'security', side: 'smtp', outcome: 'left' },
          { kind: 'server-type', side: 'imap', outcome: 'left' },
        ]),
      ),
    ).toEqual([
      'Authentication: the page would not take the change; please set it yourself.',
      'Outgoing encryption: the page would not take the change; please set it yourself.',
      'Account type: the page would not take the change; please set it yourself.',
    ]);
  });

  it('has words for every kind, set or left, with a side or without', () => {
    for (const kind of Object.values(switchKinds))
      for (const outcome of ['set', 'left'] as const)
        for (const side of ['imap', 'smtp', undefined] as const) {
          const [line] = switchLines(filled([{ kind, outcome, ...(side ? { side } : {}) }]));
          expect(line, `${kind} ${outcome} ${side}`).toMatch(/^\S.*\.$/);
          expect(line).not.toMatch(/\$\d|undefined/);
        }
  });

  it('says nothing when there were none, or nothing was filled', () => {
    expect(switchLines(filled([]))).toEqual([]);
    expect(
      switchLines({
        status: 'done',
        report: {
          detected: true,
          untouched: true,
          fields: [],
          switches: [{ kind: 'authentication', outcome: 'set' }],
          reason: 'not-icloud-address',
        },
      }),
    ).toEqual([]);
    expect(switchLines({ status: 'failed' })).toEqual([]);
  });
});
