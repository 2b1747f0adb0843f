import { render } from 'preact';
import { i18n } from '#i18n';
import { App } from './App';
import './style.css';

document.title = i18n.t('extName');
render(<App />, document.getElementById('app') as HTMLElement);
