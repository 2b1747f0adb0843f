/**
 * Where the Gmail feature applies: the "Send mail as" window only, `https://mail.google.com/mail/…`
 * with `view=cf` in its query (shared/research/gmail-send-as.md). The inbox never has it.
 */
export const gmailHost = 'mail.google.com';

/** The manifest's match pattern for the window's content script (its query is checked in the script). */
export const sendMailAsMatches = [`https://${gmailHost}/mail/*`];
export const sendMailAsGlobs = ['*view=cf*'];
/** The host permission the feature needs: the window's pages, to fill them and show the notice. */
export const gmailHostPermission = `https://${gmailHost}/*`;

export function isSendMailAsWindow(location: Pick<Location, 'protocol' | 'hostname' | 'search'> | null): boolean {
  return (
    location?.protocol === 'https:' &&
    location.hostname === gmailHost &&
    new URLSearchParams(location.search).get('view') === 'cf'
  );
}
