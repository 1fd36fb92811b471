import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { localeFiles } from './locales.ts';
import { overlayDeferredPlugin } from './overlay-deferred.ts';
import { overlayMessageFiles, overlayMessagesPlugin } from './overlay-messages.ts';
import { pageHeadPlugin } from './page-head.ts';

// The manifest: no host permission at install beyond the agent on loopback; printers are granted
// one origin at a time at runtime (optional_host_permissions), or all sites by the options switch.
export default defineConfig({
  srcDir: '.',
  // Test runs build into a folder of their own, so parallel runs never load a half-written build.
  outDir: process.env.WCOA_EXTENSION_OUT_DIR ?? '.output',
  manifestVersion: 3,
  // Explicit imports everywhere: modules say where each name comes from.
  imports: false,
  // JSON as one JSON.parse of its text (Vite does so past 10 kB, but only without named exports):
  // a string is cheaper for V8 to compile than the same data as object literals, and the overlay's
  // build lifts such strings out of its deferred start (overlay-deferred.ts).
  vite: () => ({
    json: { namedExports: false },
    plugins: [preact(), overlayMessagesPlugin(), overlayDeferredPlugin(), pageHeadPlugin()],
  }),
  hooks: {
    // _locales/<lang>/messages.json for every language of the shared table (name and description).
    // overlay-messages/<lang>.js: the overlay's message table, one language per file (injected).
    'build:publicAssets': (_wxt, files) => {
      files.push(...localeFiles(), ...overlayMessageFiles());
    },
  },
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // The toolbar button's tooltip: the extension's name in the browser's language.
    action: { default_title: '__MSG_extName__' },
    // identity: the tenant pre-flight's sign-in window (launchWebAuthFlow).
    permissions: ['activeTab', 'scripting', 'storage', 'identity'],
    host_permissions: ['http://127.0.0.1/*'],
    optional_host_permissions: ['http://*/*', 'https://*/*'],
    // What the gate loads (content/load.ts) into a Web Config frame's isolated world, as modules:
    // on Chromium behind a URL that changes every session, so pages cannot probe for the extension.
    web_accessible_resources: [
      {
        resources: ['overlay.js', 'page-report.js', 'overlay-messages/*.js'],
        matches: ['http://*/*', 'https://*/*'],
        ...(browser !== 'firefox' ? { use_dynamic_url: true } : {}),
      },
    ],
    // A fixed extension id (so the tenant check's redirect URI https://<id>.chromiumapp.org/msal stays
    // registered): the public key, base64 DER, from WCOA_EXTENSION_KEY (README "Check my tenant").
    ...(browser !== 'firefox' && process.env.WCOA_EXTENSION_KEY
      ? { key: process.env.WCOA_EXTENSION_KEY }
      : {}),
    // Chrome and Edge: what IT may preset by policy (README "Deploy to a fleet"); Firefox reads the
    // same keys from policies.json's 3rdparty section without a schema in the manifest.
    ...(browser !== 'firefox' ? { storage: { managed_schema: 'managed_schema.json' } } : {}),
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'wcoa@example.org',
              strict_min_version: '128.0',
              // Nothing leaves the machine but calls to the local agent.
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
