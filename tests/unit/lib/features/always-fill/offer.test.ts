import { beforeEach, describe, expect, it } from 'vitest';
import { alwaysFillOffer, alwaysFillOfferText } from '@/lib/features/always-fill/offer';
import { fakeSiteAccess } from './fake-site-access';

beforeEach(() => {
  fakeSiteAccess();
});

describe('"Always fill" is offered', () => {
  it('on an https site', () => {
    expect(alwaysFillOffer('https://cloud.example.org/settings/mail')).toBe('offer');
    expect(alwaysFillOfferText('offer', 'https://cloud.example.org/')).toBeUndefined();
  });

  it('not on an http site, and the popup says why', () => {
    const url = 'http://cloud.example.org/settings/mail';
    expect(alwaysFillOffer(url)).toBe('not-https');
    expect(alwaysFillOfferText('not-https', url)).toBe(
      '“Always fill” works on secure (https) sites only: cloud.example.org does not use https, so its pages could be changed on the way to you.',
    );
  });

  it('not on Gmail, which the extension runs on already', () => {
    expect(alwaysFillOffer('https://mail.google.com/mail/u/0/#inbox')).toBe('manifest-covered');
    expect(alwaysFillOfferText('manifest-covered', 'https://mail.google.com/')).toBeUndefined();
  });

  it.each(['chrome://extensions/', 'file:///home/alex/setup.html', 'about:blank', 'not a url', undefined])(
    'not on %s, which is not a web site',
    (url) => {
      expect(alwaysFillOffer(url)).toBe('not-a-site');
    },
  );
});
