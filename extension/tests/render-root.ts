import { render } from 'preact';
import { afterEach, beforeEach } from 'vitest';

/**
 * The element the calling test file (or describe block) renders into: in the document during each
 * test, unmounted and taken out after it, so no test sees another's tree. After it, one animation
 * frame is waited for: Preact's hooks run a render's effects at the next frame, with a 100 ms timer
 * as fallback that calls cancelAnimationFrame; a file that ended within a frame of a render had jsdom
 * torn down (its frames stopped, its globals gone) before either, and the timer then threw
 * "cancelAnimationFrame is not defined" into the run (once, in a fresh clone's npm test).
 */
export function renderRoot(): HTMLElement {
  const root = document.createElement('div');
  beforeEach(() => {
    document.body.append(root);
  });
  afterEach(async () => {
    render(null, root);
    root.remove();
    await new Promise<void>((frame) => requestAnimationFrame(() => frame()));
  });
  return root;
}
