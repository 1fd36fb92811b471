import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { afterAll, expect, it } from 'vitest';
import { renderRoot } from './render-root.ts';

/**
 * A test that ends right after a render leaves Preact an effect to run at the next frame. renderRoot
 * waits for that frame, so jsdom's teardown (done here by hand once the test is over: its frames
 * stopped, its frame functions gone) finds nothing pending. Without the wait, Preact's 100 ms fallback
 * timer throws "cancelAnimationFrame is not defined" into the run, which fails it.
 */
const root = renderRoot();

function Counter() {
  const [n, setN] = useState(0);
  useEffect(() => {
    if (n === 0) setN(1);
  }, [n]);
  return <p>{n}</p>;
}

it('ends with nothing of a render pending', () => {
  render(<Counter />, root);
  expect(root.textContent).toBe('0');
});

afterAll(async () => {
  const g = globalThis as {
    window?: { close(): void };
    requestAnimationFrame?: unknown;
    cancelAnimationFrame?: unknown;
  };
  g.window?.close();
  delete g.requestAnimationFrame;
  delete g.cancelAnimationFrame;
  // Past Preact's fallback timer.
  await new Promise((done) => setTimeout(done, 200));
});
