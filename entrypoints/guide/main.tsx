import { render } from 'preact';
import { i18n } from '#i18n';
import { GuidePage } from '@/components/guide/GuidePage';
import { Announcer } from '@/components/shared/Announcer';
import { catalogueLanguage } from '@/components/shared/language';
import { savedAccount } from '@/lib/platform/storage';

document.documentElement.lang = catalogueLanguage();
document.title = i18n.t('guide.title');
savedAccount.get().then((saved) => {
  render(
    <Announcer>
      <GuidePage saved={saved} />
    </Announcer>,
    document.getElementById('app') as HTMLElement,
  );
  // The page is drawn by script, so the browser's own jump to #gmail or #troubleshooting came too early.
  document.getElementById(location.hash.slice(1))?.scrollIntoView();
});
