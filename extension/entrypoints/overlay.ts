import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { runOverlay } from '../src/content/run.tsx';

// Loaded as a module by the gate (content/gate.ts) into the one frame that hosts the overlay, beside
// that language's message table; runs in the gate's isolated world, not the page's.
export default defineUnlistedScript(() => {
  void runOverlay();
});
