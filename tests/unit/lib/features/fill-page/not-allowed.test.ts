import { describe, expect, it } from 'vitest';
import { whyNotAllowed } from '@/lib/features/fill-page/not-allowed';

const refused =
  'Cannot access contents of the page. Extension manifest must request permission to access the respective host.';

describe('whyNotAllowed: the real reason, from the tab’s address', () => {
  it.each([
    ['chrome://newtab/', 'browser-page'],
    ['chrome://extensions/?id=abc', 'browser-page'],
    ['edge://settings/', 'browser-page'],
    ['about:blank', 'browser-page'],
    ['about:addons', 'browser-page'],
    ['chrome-extension://abcdefghijklmnop/options.html', 'browser-page'],
    ['moz-extension://6f1c2a57-3c2e-4b8e-9a55-1c10ad000001/guide.html', 'browser-page'],
    ['view-source:https://cloud.example.org/', 'browser-page'],
    ['https://chromewebstore.google.com/detail/some-extension/abcdefghijklmnop', 'web-store'],
    ['https://chrome.google.com/webstore/detail/abcdefghijklmnop', 'web-store'],
    ['https://addons.mozilla.org/de/firefox/addon/some-add-on/', 'web-store'],
    ['https://microsoftedge.microsoft.com/addons/detail/abcdefghijklmnop', 'web-store'],
    ['file:///home/alex/mail-setup.html', 'file'],
    ['https://cloud.example.org/settings/mail', 'blocked'],
    ['http://192.168.1.10/admin/mail', 'blocked'],
    // Only the store's own pages: Google's other pages are ordinary sites.
    ['https://chrome.google.com/search', 'blocked'],
    ['https://microsoftedge.microsoft.com/', 'blocked'],
  ] as const)('%s → %s', (url, reason) => {
    expect(whyNotAllowed(url, refused)).toBe(reason);
  });

  it('falls back to the browser’s words when the address is hidden from the extension', () => {
    expect(whyNotAllowed(undefined, 'Error: Cannot access a chrome:// URL')).toBe('browser-page');
    expect(whyNotAllowed(undefined, 'Error: The extensions gallery cannot be scripted.')).toBe('web-store');
    expect(whyNotAllowed(undefined, 'Error: Cannot access contents of url "file:///tmp/x.html".')).toBe('file');
    expect(whyNotAllowed(undefined, refused)).toBe('unknown');
    expect(whyNotAllowed('', 'Missing host permission for the tab')).toBe('unknown');
  });

  it('a page with an address it cannot judge says it does not know', () => {
    expect(whyNotAllowed('data:text/html,<p>hi', refused)).toBe('unknown');
  });
});
