import type { ConnectionSecurity } from '../../icloud/icloud';
import type { Side } from '../model';

/**
 * The security written into a box of JavaMail-style properties, one "key=value" per line
 * ("mail.smtp.starttls.enable=true"): the wanted kind's key on, the other kind's off where it is
 * there, every other line as the page had it.
 */

const line = /^\s*([\w.]+)\s*[=:]\s*(.*?)\s*$/;

export function withSecurity(text: string, side: Side, wanted: ConnectionSecurity): string {
  const wants = new Map([
    [`mail.${side}.starttls.enable`, wanted === 'starttls'],
    [`mail.${side}.ssl.enable`, wanted === 'implicit-tls'],
  ]);
  const seen = new Set<string>();
  const lines = (text === '' ? [] : text.split(/\r?\n/)).map((entry) => {
    const [, key = '', value = ''] = line.exec(entry) ?? [];
    const on = wants.get(key);
    if (on === undefined) return entry;
    seen.add(key);
    return value.toLowerCase() === String(on) ? entry : `${key}=${on}`;
  });
  // A key that is not there is off: only the one to turn on is added.
  for (const [key, on] of wants) if (on && !seen.has(key)) lines.push(`${key}=true`);
  return lines.join('\n');
}
