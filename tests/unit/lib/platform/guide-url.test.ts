import { describe, expect, it } from 'vitest';
import { guideLocation, guideUrlForError, maxErrorLength } from '../../../../lib/platform/guide-url';

const hashOf = (url: string) => url.slice(url.indexOf('#'));

describe('the guide URL for a pasted error', () => {
  it('opens the troubleshooting section with the error, whatever characters it holds', () => {
    const gmailError =
      'Authentication failed. Please check your username/password. [Server response: 535 5.7.8 Error: authentication failed: (reason unavailable) code(535)] & #?=%+';
    const url = guideUrlForError(gmailError);
    expect(url).toMatch(/^\/guide\.html#troubleshooting\?error=/);
    expect(guideLocation(hashOf(url))).toEqual({ section: 'troubleshooting', error: gmailError });
  });

  it('keeps line breaks and non-Latin text', () => {
    const text = 'Anmeldung fehlgeschlagen\n„Zeitüberschreitung“ — 認証に失敗しました';
    expect(guideLocation(hashOf(guideUrlForError(text))).error).toBe(text);
  });

  it('cuts a long error to the length the guide accepts, never half a character', () => {
    const long = `${'x'.repeat(maxErrorLength - 1)}😀 and more`;
    const error = guideLocation(hashOf(guideUrlForError(long))).error ?? '';
    expect(error).toBe('x'.repeat(maxErrorLength - 1));
  });

  it('reads plain section links as before', () => {
    expect(guideLocation('#gmail')).toEqual({ section: 'gmail' });
    expect(guideLocation('')).toEqual({ section: '' });
    expect(guideLocation('#troubleshooting')).toEqual({ section: 'troubleshooting' });
  });

  it('ignores an empty, over-long or misplaced error in a crafted link', () => {
    expect(guideLocation('#troubleshooting?error=')).toEqual({ section: 'troubleshooting' });
    expect(guideLocation('#troubleshooting?error=%20%20')).toEqual({ section: 'troubleshooting' });
    expect(guideLocation(`#troubleshooting?error=${'y'.repeat(maxErrorLength + 1)}`)).toEqual({
      section: 'troubleshooting',
    });
    expect(guideLocation('#gmail?error=535')).toEqual({ section: 'gmail' });
    expect(guideLocation('#troubleshooting?other=535')).toEqual({ section: 'troubleshooting' });
  });
});
