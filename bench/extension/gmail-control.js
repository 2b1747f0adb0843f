// Bench build only: the floor for Gmail's content script. The same storage read, started at
// document_start like gmail.js, awaited once the form is parsed, then a mark. Nothing else.
(async () => {
  const settings = chrome.storage.local.get(['account', 'preferences']);
  performance.mark('bench-control-start');
  if (document.readyState === 'loading')
    await new Promise((resolve) => document.addEventListener('DOMContentLoaded', resolve, { once: true }));
  await settings;
  performance.mark('bench-control-read');
})();
