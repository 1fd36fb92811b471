import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { runOverlay } from '../src/content/run.tsx';

// The overlay, in the one frame that hosts it: injected with its table into every frame of an
// enabled printer's host before the page is parsed (printers/preloads.ts), or imported by the gate
// (content/gate.ts); either way the build wraps it (overlay-deferred.ts) so that it runs only when
// the gate starts it. Runs in the gate's isolated world, not the page's.
export default defineUnlistedScript(() => {
  void runOverlay();
});
