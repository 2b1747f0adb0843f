/**
 * What people type or paste into a server field — "https://imap.mail.me.com/",
 * "smtp.mail.me.com:587", " imap.mail.me.com. " — as the host name and the port it carried.
 * Case, surrounding spaces and a trailing dot are how a host may be written; a scheme, a port,
 * a path or spaces inside are extras a mail app's server field does not take.
 */
export interface HostInput {
  host: string;
  port?: string;
  hasExtras: boolean;
}

export function parseHostInput(typed: string): HostInput {
  const written = typed.trim().toLowerCase();
  let rest = written.replace(/\s+/g, '');
  let hasExtras = rest !== written;
  const scheme = /^[a-z][a-z0-9+.-]*:\/\//.exec(rest);
  if (scheme) {
    rest = rest.slice(scheme[0].length);
    hasExtras = true;
  }
  const pathStart = rest.search(/[/?#]/);
  if (pathStart >= 0) {
    rest = rest.slice(0, pathStart);
    hasExtras = true;
  }
  const port = /:(\d{1,5})$/.exec(rest);
  if (port) {
    rest = rest.slice(0, port.index);
    hasExtras = true;
  }
  return { host: rest.replace(/\.$/, ''), ...(port?.[1] && { port: port[1] }), hasExtras };
}
