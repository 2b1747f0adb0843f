import { i18n } from '#i18n';

/**
 * The language of the catalogue the browser chose, e.g. "de". Chromium's @@ui_locale can name
 * another (en_US while it shows German), so each catalogue states its own language.
 */
export function catalogueLanguage(): string {
  return i18n.t('lang');
}

/** "465 and 25", "@icloud.com, @me.com or @mac.com": a list written the way the language writes one. */
export function formatList(items: readonly (string | number)[], type: 'conjunction' | 'disjunction'): string {
  return new Intl.ListFormat(catalogueLanguage(), { type }).format(items.map(String));
}

/** "1,000" in English, "1.000" in German. */
export function formatNumber(value: number): string {
  return value.toLocaleString(catalogueLanguage());
}
