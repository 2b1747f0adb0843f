/** A message key (dotted, as in locales/*.json) with `$1`… filled in, in some language. */
export type Translate = (key: string, substitutions?: string[]) => string;
