import { render } from 'preact';
import { i18n } from '#i18n';
import { catalogueLanguage } from '@/components/shared/language';
import { App } from './App';
import { popupStart } from './start';
import './style.css';

document.title = i18n.t('extName');
document.documentElement.lang = catalogueLanguage();
// Storage first, then one draw: the first paint already holds the saved address's settings,
// with no empty or placeholder state flashing while storage answers.
popupStart().then((start) => render(<App {...start} />, document.getElementById('app') as HTMLElement));
