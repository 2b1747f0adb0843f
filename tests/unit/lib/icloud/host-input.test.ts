import { describe, expect, it } from 'vitest';
import { parseHostInput } from '../../../../lib/icloud/host-input';

describe('parseHostInput: what people paste into a server field', () => {
  it.each([
    ['imap.mail.me.com', { host: 'imap.mail.me.com', hasExtras: false }],
    [' IMAP.mail.me.com. ', { host: 'imap.mail.me.com', hasExtras: false }],
    ['https://imap.mail.me.com/', { host: 'imap.mail.me.com', hasExtras: true }],
    ['smtp.mail.me.com:587', { host: 'smtp.mail.me.com', port: '587', hasExtras: true }],
    ['smtps://smtp.mail.me.com:465/path?x#y', { host: 'smtp.mail.me.com', port: '465', hasExtras: true }],
    ['smtp. mail.me.com', { host: 'smtp.mail.me.com', hasExtras: true }],
    ['smtp.mail.me.com.:587', { host: 'smtp.mail.me.com', port: '587', hasExtras: true }],
  ])('%j', (typed, expected) => {
    expect(parseHostInput(typed)).toEqual(expected);
  });
});
