import { sourceArticles } from '../../icloud/sources';
import { gmailAfter2027Section, guideUrlForSection } from '../../platform/guide-url';
import type { Translate } from '../../text/translate';

/**
 * Google removes third-party "Send mail as" in January 2027 (help article 17101213 gives the month,
 * never a day), so by the clock it is 'ending' until the last moment of January and 'ended' from
 * 1 February 2027, 00:00 UTC. Every place that offers Gmail asks here, so all of them change together.
 */
export type GmailSunsetPhase = 'ending' | 'ended';

const endedFrom = Date.UTC(2027, 1, 1);

export function gmailSunsetPhase(now: Date): GmailSunsetPhase {
  return now.getTime() >= endedFrom ? 'ended' : 'ending';
}

/** Google's article on the change. */
export const gmailSunsetArticle = sourceArticles.gmailThirdPartyChanges;

/** The guide's section on what keeps working with Gmail. */
export const gmailWhatLastsUrl = guideUrlForSection(gmailAfter2027Section);

export interface GmailSunsetText {
  line: string;
  learnMore: { text: string; href: string };
  whatLasts: { text: string; href: string };
}

/** The sunset line and its two links in one language, for the popup, the guide and the notice alike. */
export function gmailSunsetText(phase: GmailSunsetPhase, t: Translate): GmailSunsetText {
  return {
    line: phase === 'ended' ? t('gmail.sunset.ended') : t('gmail.sunset.ending'),
    learnMore: { text: t('gmail.sunset.learnMore'), href: gmailSunsetArticle },
    whatLasts: { text: t('gmail.sunset.whatLasts'), href: gmailWhatLastsUrl },
  };
}
