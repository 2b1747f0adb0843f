import { render } from 'preact';
import { i18n } from '#i18n';
import { GuidePage } from '@/components/guide/GuidePage';
import { Announcer } from '@/components/shared/Announcer';
import { catalogueLanguage } from '@/components/shared/language';
import { guideLocation } from '@/lib/platform/guide-url';
import { savedAccount } from '@/lib/platform/storage';

document.documentElement.lang = catalogueLanguage();
document.title = i18n.t('guide.title');
savedAccount.get().then((saved) => {
  const show = () => {
    const { section, error } = guideLocation(location.hash);
    render(
      <Announcer>
        <GuidePage saved={saved} pastedError={error} />
      </Announcer>,
      document.getElementById('app') as HTMLElement,
    );
    // The page is drawn by script, so the browser's own jump to #gmail or #troubleshooting came too early.
    if (section) document.getElementById(section)?.scrollIntoView();
  };
  show();
  // A guide tab already open is reused for the next error (lib/features/gmail/guide-tab.ts): only its hash changes.
  window.addEventListener('hashchange', () => {
    if (guideLocation(location.hash).error) show();
  });
});
