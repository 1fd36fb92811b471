import { defineContentScript } from 'wxt/utils/define-content-script';
import { runContentScript } from '../src/content/run.tsx';

// Registered at runtime by the service worker, for the printers the admin enabled (never at install).
export default defineContentScript({
  registration: 'runtime',
  matches: ['http://127.0.0.1/*'],
  allFrames: true,
  main: runContentScript,
});
