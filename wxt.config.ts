import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

export default defineConfig({
  // Tests and parallel builds can keep their own output folder.
  outDir: process.env.WXT_OUT_DIR ?? '.output',
  modules: ['@wxt-dev/webextension-polyfill', '@wxt-dev/i18n/module'],
  vite: () => ({ plugins: [preact()] }),
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
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
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
          id: 'icloud-mail-setup@example.org',
          data_collection_permissions: { required: ['none'] },
        },
      },
    }),
  }),
});
