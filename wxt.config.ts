import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

// Every size is drawn from assets/icon.svg at build time; the toolbar button uses the same files.
const iconSizes = [16, 32, 48, 128];
const icons = Object.fromEntries(iconSizes.map((size) => [size, `icons/${size}.png`]));

export default defineConfig({
  // Tests and parallel builds can keep their own output folder.
  outDir: process.env.WXT_OUT_DIR ?? '.output',
  modules: ['@wxt-dev/webextension-polyfill', '@wxt-dev/i18n/module', '@wxt-dev/auto-icons'],
  autoIcons: { baseIconPath: 'assets/icon.svg', sizes: iconSizes },
  vite: () => ({ plugins: [preact()] }),
  zip: {
    // The Firefox sources zip is for AMO's reviewers to rebuild the add-on: sources and build files only,
    // not the tests, benchmarks, store listing or screenshots.
    // WXT already leaves out node_modules, dot folders (.wxt, .git), test files and the output folder.
    excludeSources: ['tests/**', 'bench/**', 'test-results/**', 'store/**', 'docs/**/*.png', 'zz-*', '**/*.log'],
  },
  hooks: {
    // The Gmail content script has a 15 kB budget: it uses the browsers' own promise-based APIs
    // (Chrome MV3 `chrome`, Firefox `browser`) instead of the 10 kB polyfill the other entrypoints get.
    'vite:build:extendConfig': (entrypoints, config) => {
      // The page filler (fill-page, fill-site) is injected into any page: kept as small as the Gmail one.
      const small = ['gmail', 'gmail-notice', 'fill-page', 'fill-site'];
      if (entrypoints.length !== 1 || !small.includes(entrypoints[0]?.name ?? '')) return;
      const polyfillFree = { find: /^wxt\/browser$/, replacement: '@wxt-dev/browser' };
      const { alias } = config.resolve ?? {};
      config.resolve = {
        ...config.resolve,
        alias: [
          polyfillFree,
          ...(Array.isArray(alias)
            ? alias
            : Object.entries(alias ?? {}).map(([find, replacement]) => ({ find, replacement }))),
        ],
      };
    },
  },
  manifest: ({ browser, manifestVersion }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    [manifestVersion === 2 ? 'browser_action' : 'action']: { default_icon: icons },
    // activeTab + scripting: "Fill this page" runs in the current tab only when asked.
    permissions: ['storage', 'activeTab', 'scripting', 'contextMenus'],
    // "Always fill on this site" asks for that one origin when the user clicks (MV2 Firefox: optional_permissions).
    ...(browser === 'firefox' ? { optional_permissions: ['*://*/*'] } : { optional_host_permissions: ['*://*/*'] }),
    commands: {
      'fill-page': { suggested_key: { default: 'Alt+Shift+F' }, description: '__MSG_forms_command__' },
    },
    // The setup guide doubles as the options page (WXT only makes an entrypoint named `options` one).
    options_ui: { page: 'guide.html', open_in_tab: true },
    ...(browser === 'firefox' && {
      browser_specific_settings: {
        gecko: {
          // Generated once and never changed: AMO ties the listing and its updates to this id.
          id: '{8a6e1caa-8aa7-4b28-802b-08dee15048b5}',
          data_collection_permissions: { required: ['none'] },
        },
      },
    }),
  }),
});
