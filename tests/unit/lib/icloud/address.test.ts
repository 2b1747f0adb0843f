import { describe, expect, it } from 'vitest';
import { classifyDomain, settingsFor, signInAddress } from '../../../../lib/icloud/account';
import { checkAddress } from '../../../../lib/icloud/address';

describe('checkAddress: says what is wrong with what the user typed', () => {
  it.each([
    ['', { reason: 'empty' }],
    ['   ', { reason: 'empty' }],
    ['alex appleseed@icloud.com', { reason: 'has-spaces' }],
    ['alex.example.org', { reason: 'no-at' }],
    ['alex@@icloud.com', { reason: 'several-at' }],
    ['alex@home@icloud.com', { reason: 'several-at' }],
    ['@icloud.com', { reason: 'no-local-part' }],
    ['alex@', { reason: 'no-domain' }],
    ['alex@home', { reason: 'domain-without-dot', domain: 'home' }],
    ['älex(work)@icloud.com', { reason: 'bad-characters', characters: 'ä ( )' }],
    ['jöhn.doe@icloud.com', { reason: 'bad-characters', characters: 'ö' }],
    ['.alex@icloud.com', { reason: 'misplaced-dot' }],
    ['alex.@icloud.com', { reason: 'misplaced-dot' }],
    ['alex..appleseed@icloud.com', { reason: 'misplaced-dot' }],
    ['alex@icloud..com', { reason: 'bad-domain', domain: 'icloud..com' }],
    ['alex@-icloud.com', { reason: 'bad-domain', domain: '-icloud.com' }],
    ['alex@icloud.c', { reason: 'bad-domain', domain: 'icloud.c' }],
    ['alex@icloud_mail.com', { reason: 'bad-domain', domain: 'icloud_mail.com' }],
  ])('%j → %o', (typed, problem) => {
    expect(checkAddress(typed)).toEqual({ ok: false, ...problem });
  });

  it('trims and lower-cases the domain but keeps the name part as typed', () => {
    expect(checkAddress('  Alex.Appleseed@iCloud.COM ')).toEqual({
      ok: true,
      address: 'Alex.Appleseed@icloud.com',
      domain: 'icloud.com',
      kind: 'icloud',
    });
  });

  it('accepts dots, plus signs and other dot-atom characters in the name part', () => {
    expect(checkAddress("a.b+c_d-e'f@me.com")).toMatchObject({ ok: true, kind: 'icloud' });
  });

  it.each([
    ['alex', 'alex@icloud.com'],
    ['alex.appleseed', 'alex.appleseed@icloud.com'],
    ['alex.icloud.com', 'alex@icloud.com'],
    ['Alex.me.com', 'Alex@me.com'],
    ['alex.gmail.com', 'alex@gmail.com'],
  ])('no @ in %j: one click makes it %s', (typed, fix) => {
    expect(checkAddress(typed)).toEqual({ ok: false, reason: 'no-at', fix });
  });

  it.each(['alex.example.org', 'al(ex)', '.alex', 'alex..appleseed'])(
    'no @ in %j and no clear intent: nothing offered',
    (typed) => {
      expect(checkAddress(typed)).toEqual({ ok: false, reason: 'no-at' });
    },
  );

  it.each([
    ['alex@icloud', 'icloud', 'alex@icloud.com'],
    ['alex@ICLOUD', 'icloud', 'alex@icloud.com'],
    ['alex@me', 'me', 'alex@me.com'],
    ['alex@icloudcom', 'icloudcom', 'alex@icloud.com'],
    ['alex@iclod', 'iclod', 'alex@icloud.com'],
    ['alex@gmail', 'gmail', 'alex@gmail.com'],
  ])('a domain without its ending, %j: one click makes it %s', (typed, domain, fix) => {
    expect(checkAddress(typed)).toEqual({ ok: false, reason: 'domain-without-dot', domain, fix });
  });

  it.each([
    ['alex@icloud.co', 'alex@icloud.com'],
    ['alex@icloud.con', 'alex@icloud.com'],
    ['alex@icloud.cm', 'alex@icloud.com'],
    ['alex@iclod.com', 'alex@icloud.com'],
    ['alex@icoud.com', 'alex@icloud.com'],
    ['alex@iclould.com', 'alex@icloud.com'],
    ['alex@icluod.com', 'alex@icloud.com'],
    ['alex@icould.com', 'alex@icloud.com'],
    ['alex@cloud.com', 'alex@icloud.com'],
    ['alex@iclod.co', 'alex@icloud.com'],
    ['Alex@ICLOD.COM', 'Alex@icloud.com'],
    ['alex@me.co', 'alex@me.com'],
    ['alex@mac.cm', 'alex@mac.com'],
    ['alex@gmial.com', 'alex@gmail.com'],
    ['alex@gmail.co', 'alex@gmail.com'],
    ['alex@hotmial.com', 'alex@hotmail.com'],
  ])('a likely typo is never a custom domain: %s → one click makes it %s', (typed, fix) => {
    expect(checkAddress(typed)).toMatchObject({ ok: false, reason: 'likely-typo', fix });
  });

  it.each(['alex@example.com', 'alex@appleseed.family', 'alex@max.com', 'alex@mad.com', 'alex@icloud.net'])(
    '%s is taken as it is: real names one letter from "me" or "mac", or a different ending, are not typos',
    (typed) => {
      expect(checkAddress(typed)).toMatchObject({ ok: true, kind: 'custom' });
    },
  );

  it('an iCloud or a known provider’s address is never a typo', () => {
    expect(checkAddress('alex@icloud.com')).toMatchObject({ ok: true, kind: 'icloud' });
    expect(checkAddress('alex@live.com')).toMatchObject({ ok: true, kind: 'other-provider' });
    expect(checkAddress('alex@yahoo.co.uk')).toMatchObject({ ok: true, kind: 'other-provider' });
  });

  it('a Hide My Email address is a relay, not an address to set up', () => {
    expect(checkAddress('dpdcnf87nu@privaterelay.appleid.com')).toEqual({
      ok: false,
      reason: 'hide-my-email',
      domain: 'privaterelay.appleid.com',
    });
    expect(checkAddress('dpdcnf87nu@PrivateRelay.AppleID.com')).toMatchObject({ reason: 'hide-my-email' });
  });
});

describe('classifyDomain', () => {
  it.each(['icloud.com', 'me.com', 'mac.com', 'ICLOUD.COM'])('%s is iCloud', (domain) => {
    expect(classifyDomain(domain)).toBe('icloud');
  });

  it.each([
    'gmail.com',
    'googlemail.com',
    'outlook.com',
    'hotmail.com',
    'hotmail.co.uk',
    'yahoo.com',
    'yahoo.fr',
    'proton.me',
    'protonmail.com',
  ])('%s is another provider', (domain) => {
    expect(classifyDomain(domain)).toBe('other-provider');
  });

  it.each(['example.com', 'appleseed.family', 'icloud.co'])('%s is a custom domain', (domain) => {
    expect(classifyDomain(domain)).toBe('custom');
  });

  it('gives each checked address its kind', () => {
    expect(checkAddress('alex@gmail.com')).toMatchObject({ ok: true, kind: 'other-provider' });
    expect(checkAddress('alex@appleseed.family')).toMatchObject({ ok: true, kind: 'custom' });
  });
});

describe('settingsFor: the usernames for each kind of address', () => {
  it.each(['icloud.com', 'me.com', 'mac.com'])('@%s: IMAP takes the name part, SMTP the full address', (domain) => {
    const settings = settingsFor({ address: `alex.appleseed@${domain}` });
    expect(settings).toEqual({
      address: `alex.appleseed@${domain}`,
      imap: {
        host: 'imap.mail.me.com',
        port: 993,
        security: 'implicit-tls',
        username: 'alex.appleseed',
        usernameAlternative: `alex.appleseed@${domain}`,
      },
      smtp: { host: 'smtp.mail.me.com', port: 587, security: 'starttls', username: `alex.appleseed@${domain}` },
    });
  });

  it('a custom domain signs in with the primary iCloud address', () => {
    const account = { address: 'alex@appleseed.family', icloudLogin: 'alex.appleseed@icloud.com' };
    expect(signInAddress(account)).toBe('alex.appleseed@icloud.com');
    expect(settingsFor(account)).toMatchObject({
      address: 'alex@appleseed.family',
      imap: { username: 'alex.appleseed', usernameAlternative: 'alex.appleseed@icloud.com' },
      smtp: { username: 'alex.appleseed@icloud.com' },
    });
  });

  it('a custom domain without an iCloud login has no settings yet', () => {
    expect(settingsFor({ address: 'alex@appleseed.family' })).toBeUndefined();
    expect(settingsFor({ address: 'alex@appleseed.family', icloudLogin: 'alex@gmail.com' })).toBeUndefined();
    expect(signInAddress({ address: 'alex@appleseed.family' })).toBeUndefined();
  });

  it('another provider never gets iCloud settings, even with an iCloud login', () => {
    expect(settingsFor({ address: 'alex@gmail.com' })).toBeUndefined();
    expect(settingsFor({ address: 'alex@gmail.com', icloudLogin: 'alex@icloud.com' })).toBeUndefined();
  });

  it('an iCloud address ignores a stray iCloud login and uses itself', () => {
    expect(settingsFor({ address: 'alex@me.com', icloudLogin: 'sam@icloud.com' })?.smtp.username).toBe('alex@me.com');
  });
});
