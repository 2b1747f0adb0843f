import { i18n } from '#i18n';
import type { AddressProblem } from '@/lib/icloud/address';
import { icloudDomains } from '@/lib/icloud/icloud';

const exampleAddress = `alex@${icloudDomains[0]}`;

/** What is wrong with a typed address, in the user's words and language. */
export function addressProblemText(problem: AddressProblem): string {
  switch (problem.reason) {
    case 'empty':
      return i18n.t('popup.address.empty', [exampleAddress]);
    case 'has-spaces':
      return i18n.t('popup.address.hasSpaces');
    case 'no-at':
      return i18n.t('popup.address.noAt', [exampleAddress]);
    case 'several-at':
      return i18n.t('popup.address.severalAt');
    case 'no-local-part':
      return i18n.t('popup.address.noLocalPart', [exampleAddress]);
    case 'no-domain':
      return i18n.t('popup.address.noDomain', [icloudDomains[0]]);
    case 'domain-without-dot':
      return i18n.t('popup.address.domainWithoutDot', [problem.domain]);
    case 'bad-characters':
      return i18n.t('popup.address.badCharacters', [problem.characters]);
    case 'misplaced-dot':
      return i18n.t('popup.address.misplacedDot');
    case 'bad-domain':
      return i18n.t('popup.address.badDomain', [problem.domain]);
    case 'likely-typo':
      return i18n.t('popup.address.likelyTypo', [problem.domain]);
    case 'hide-my-email':
      return i18n.t('popup.address.hideMyEmail', [`@${problem.domain}`]);
  }
}
