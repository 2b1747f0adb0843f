/**
 * Why the browser refused to let "Fill this page" run in a tab, read from the tab's address. The
 * address is hidden where the extension has no access (activeTab is not granted on the browser's
 * own pages), so the browser's error words are the fallback; they may change, and then it says 'unknown'.
 */

export const notAllowedReasons = ['browser-page', 'web-store', 'file', 'blocked', 'unknown'] as const;
export type NotAllowedReason = (typeof notAllowedReasons)[number];

// Pages that belong to the browser itself, including other extensions' pages.
const browserSchemes = new Set([
  'about:',
  'chrome:',
  'chrome-untrusted:',
  'chrome-search:',
  'chrome-extension:',
  'edge:',
  'devtools:',
  'view-source:',
  'moz-extension:',
  'resource:',
]);

/** The extension stores: no extension may run on them (Chrome, Firefox, Edge). */
function isWebStore({ hostname, pathname }: URL): boolean {
  if (hostname === 'chromewebstore.google.com' || hostname === 'addons.mozilla.org') return true;
  if (hostname === 'chrome.google.com') return pathname.startsWith('/webstore');
  return hostname === 'microsoftedge.microsoft.com' && pathname.startsWith('/addons');
}

function fromError(error: string): NotAllowedReason {
  // Chromium: "Cannot access a chrome:// URL", "The extensions gallery cannot be scripted."
  if (/cannot access a [a-z-]+:\/\/ url/i.test(error)) return 'browser-page';
  if (/gallery cannot be scripted/i.test(error)) return 'web-store';
  if (/"file:\/\//i.test(error)) return 'file';
  return 'unknown';
}

export function whyNotAllowed(tabUrl: string | undefined, error: string): NotAllowedReason {
  let url: URL;
  try {
    url = new URL(tabUrl ?? '');
  } catch {
    return fromError(error);
  }
  if (browserSchemes.has(url.protocol)) return 'browser-page';
  if (url.protocol === 'file:') return 'file';
  if (url.protocol === 'https:' || url.protocol === 'http:') return isWebStore(url) ? 'web-store' : 'blocked';
  return fromError(error);
}
