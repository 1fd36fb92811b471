import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { reportPage } from '../src/content/report.ts';

// Injected by the service worker into the Web Config frames that do not host the overlay.
export default defineUnlistedScript(() => {
  void reportPage();
});
