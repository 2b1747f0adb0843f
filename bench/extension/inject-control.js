// Bench build only: the floor for the injected filler (fill-page.js, fill-site.js). Injected the
// same way, it reads the same storage keys and returns, so what is left over is the filler's own run.
(async () => {
  await chrome.storage.local.get(['account', 'preferences']);
  return { detected: false };
})();
