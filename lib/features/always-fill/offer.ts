import { i18n } from '#i18n';
import { hostOf, siteOf } from '../../platform/web-address';
import { allowedByManifest, isSecureOrigin } from './site-opt-in';

/**
 * Whether the popup offers "Always fill" for the page it is open on: 'not-https' on an http page
 * (anyone on the network can change its form), 'manifest-covered' where the extension runs already
 * (Gmail), 'not-a-site' for the browser's own pages, files and the like.
 */
export type AlwaysFillOffer = 'offer' | 'not-https' | 'manifest-covered' | 'not-a-site';

export function alwaysFillOffer(url: string | undefined): AlwaysFillOffer {
  const origin = siteOf(url);
  if (!origin) return 'not-a-site';
  if (!isSecureOrigin(origin)) return 'not-https';
  return allowedByManifest(origin) ? 'manifest-covered' : 'offer';
}

/** What the popup says instead of offering it where the user would wonder why it is missing: on an http page. */
export function alwaysFillOfferText(offer: AlwaysFillOffer, url: string | undefined): string | undefined {
  return offer === 'not-https' ? i18n.t('forms.site.notHttps', [hostOf(url) ?? i18n.t('forms.thisPage')]) : undefined;
}
