import { detect, type PageModel } from '@wcoa/shared/webconfig';
import { send } from '../messages.ts';

/**
 * Every Web Config frame reports its page once per load, for the agent's printers view and status
 * sheet (a down agent is fine); the frame that hosts the overlay does so from the overlay.
 */
export function reportPage(model: PageModel = detect(document, location.href)): Promise<unknown> {
  if (model.page === 'not-webconfig') return Promise.resolve();
  return send({ type: 'page-seen', url: location.href, pageModel: model });
}
