import { render } from 'preact';
import { i18n } from '#i18n';
import { catalogueLanguage } from '@/components/shared/language';
import { App } from './App';
import './style.css';

document.title = i18n.t('extName');
document.documentElement.lang = catalogueLanguage();
render(<App />, document.getElementById('app') as HTMLElement);
