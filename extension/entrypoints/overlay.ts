import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { runOverlay } from '../src/content/run.tsx';

// Injected by the service worker (sw/welcome.ts) into the one frame that hosts the overlay, after
// that language's message table; not awaited by the injection.
export default defineUnlistedScript(() => {
  void runOverlay();
});
