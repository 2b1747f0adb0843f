import { describe, expect, it } from 'vitest';
import { gmailSunsetArticle, gmailSunsetPhase, gmailSunsetText, gmailWhatLastsUrl } from '@/lib/features/gmail/sunset';
import type { Translate } from '@/lib/text/translate';
import english from '@/locales/en.json';

describe('the phase of Gmail’s "Send mail as" removal, by the clock', () => {
  it.each([
    '2026-12-02T04:00:00Z',
    '2027-01-01T00:00:00Z',
    '2027-01-15T12:00:00Z',
    '2027-01-31T23:59:59.999Z',
    // Still 31 January in UTC, though already February in Tokyo: the boundary is UTC's.
    '2027-02-01T08:59:59+09:00',
  ])('is still ending at %s (Google names January, no day)', (moment) => {
    expect(gmailSunsetPhase(new Date(moment))).toBe('ending');
  });

  it.each(['2027-02-01T00:00:00Z', '2027-02-01T00:00:00.001Z', '2027-06-01T00:00:00Z', '2030-01-01T00:00:00Z'])(
    'has ended at %s',
    (moment) => {
      expect(gmailSunsetPhase(new Date(moment))).toBe('ended');
    },
  );
});

describe('the words and links of the sunset', () => {
  const keysAsked: string[] = [];
  const t: Translate = (key) => {
    keysAsked.push(key);
    return `«${key}»`;
  };

  it('says “is removing” while it is ending and “removed” once it has ended', () => {
    expect(gmailSunsetText('ending', t).line).toBe('«gmail.sunset.ending»');
    expect(gmailSunsetText('ended', t).line).toBe('«gmail.sunset.ended»');
  });

  it('links Google’s article and the guide’s section on what lasts', () => {
    const { learnMore, whatLasts } = gmailSunsetText('ending', t);
    expect(learnMore).toEqual({
      text: '«gmail.sunset.learnMore»',
      href: 'https://support.google.com/mail/answer/17101213',
    });
    expect(gmailSunsetArticle).toBe(learnMore.href);
    expect(whatLasts).toEqual({ text: '«gmail.sunset.whatLasts»', href: '/guide.html#gmail-after-2027' });
    expect(gmailWhatLastsUrl).toBe(whatLasts.href);
  });

  it('asks only for keys the English catalogue has', () => {
    const sunset: Record<string, string> = english.gmail.sunset;
    for (const key of keysAsked) expect(sunset[key.replace('gmail.sunset.', '')], key).toBeTypeOf('string');
  });

  it('names January 2027 and no day in every English line', () => {
    expect(english.gmail.sunset.ending).toMatch(/is removing .*in January 2027/);
    expect(english.gmail.sunset.ended).toMatch(/^Google announced that .* ends in January 2027: .* may no longer work/);
    expect(`${english.gmail.sunset.ending} ${english.gmail.sunset.ended}`).not.toMatch(
      /January \d{1,2}\b|\b\d{1,2}(st|nd|rd|th)? January/,
    );
  });
});
