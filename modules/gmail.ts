import { defineWxtModule } from 'wxt/modules';
import { gmailHostPermission, sendMailAsMatches } from '../lib/features/gmail/site';

/**
 * The Gmail feature's part of the manifest, so that removing the feature removes it too: the
 * content script on the "Send mail as" window, and the host permission it needs. WXT loads every
 * module in this folder by itself.
 */
export default defineWxtModule((wxt) => {
  wxt.hook('build:manifestGenerated', (_, manifest) => {
    manifest.content_scripts = [
      ...(manifest.content_scripts ?? []),
      {
        matches: sendMailAsMatches,
        js: ['gmail.js'],
        // Starts while Gmail's page is still parsing, so the saved address is already read when
        // the form is complete: at document_end, injection and the storage read took over a frame.
        run_at: 'document_start',
      },
    ];
    // Manifest V2 (Firefox) lists host permissions among the others.
    if (manifest.manifest_version === 2) manifest.permissions = [...(manifest.permissions ?? []), gmailHostPermission];
    else manifest.host_permissions = [...(manifest.host_permissions ?? []), gmailHostPermission];
  });
});
