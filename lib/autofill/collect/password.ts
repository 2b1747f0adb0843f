import { passwordPatterns } from '../decide/roles';
import type { CollectedField } from './field';

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
  return label.test(`${labels} ${placeholder} ${title}`) || named.test(`${name} ${id} ${autocomplete}`);
}
