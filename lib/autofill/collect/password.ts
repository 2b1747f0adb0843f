import { passwordPatterns } from '../decide/roles';
import type { CollectedField } from './field';

/** Words of a username label, kept short here: a small site script carries this file without the role patterns. */
const saysUsername = /\buser ?name\b|\buser\b|\blogin\b|benutzer|utilisateur|usuario|identifiant/;

/**
 * A text field that says it holds a password ("Senha", "App-specific password", name=smtp_pwd) is
 * a password field like type=password: what it holds is never read or written.
 */
export function saysPassword({
  labels,
  placeholder,
  title,
  name,
  id,
  autocomplete,
}: Pick<CollectedField, 'labels' | 'placeholder' | 'title' | 'name' | 'id' | 'autocomplete'>): boolean {
  const { label, name: named } = passwordPatterns;
  if (label.test(`${labels} ${placeholder} ${title}`) || named.test(`${name} ${id}`)) return true;
  // Pages put autocomplete=new-password on a username field to keep the browser's password manager
  // out: a field whose label says username is not a password field for that alone.
  return named.test(autocomplete) && !saysUsername.test(labels);
}
