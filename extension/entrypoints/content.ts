import { defineContentScript } from 'wxt/utils/define-content-script';
import { runGate } from '../src/content/gate.ts';

// The gate, registered at runtime by the service worker for the printers the admin enabled (never
// at install); it loads the overlay itself into the frames it finds to be Web Config.
export default defineContentScript({
  registration: 'runtime',
  matches: ['http://127.0.0.1/*'],
  allFrames: true,
  main: runGate,
});
