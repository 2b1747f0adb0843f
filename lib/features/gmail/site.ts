/**
 * Where the Gmail feature applies: the "Send mail as" window only, `https://mail.google.com/mail/…`
 * with `view=cf` in its query (shared/research/gmail-send-as.md). The inbox never has it.
 */
export const gmailHost = 'mail.google.com';

/**
 * The manifest's match patterns for the window's content script: `view=cf` as a whole parameter of
 * the query. A match pattern compares the path and the query, never the fragment, and only `*` is a
 * wildcard, so `#inbox?view=cf`, `?preview=cf`, `?q=view=cf`, `su=view=cf`, `?view=cfx` and a path
 * segment `view=cf` match none of them. The script checks the query again (isSendMailAsWindow).
 */
// Pure: the content script, which only needs isSendMailAsWindow, does not carry the list.
export const sendMailAsMatches = /* @__PURE__ */ ['?view=cf', '?view=cf&*', '?*&view=cf', '?*&view=cf&*'].map(
  (query) => `https://${gmailHost}/mail/*${query}`,
);
/** The host permission the feature needs: the window's pages, to fill them and show the notice. */
export const gmailHostPermission = `https://${gmailHost}/mail/*`;

export function isSendMailAsWindow(location: Pick<Location, 'protocol' | 'hostname' | 'search'> | null): boolean {
  return (
    location?.protocol === 'https:' &&
    location.hostname === gmailHost &&
    new URLSearchParams(location.search).get('view') === 'cf'
  );
}
