import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { reportPage } from '../src/content/report.ts';

// Loaded as a module by the gate (content/gate.ts) into the Web Config frames that do not host the overlay.
export default defineUnlistedScript(() => {
  void reportPage();
});
