/**
 * CORS as login.microsoftonline.com answers single-page apps (msal-browser in an extension page
 * fetches discovery and redeems codes cross-origin): any origin may read discovery and token
 * replies; the preflight allows what MSAL sends.
 */
import { Router } from 'express';

export function corsRoutes(): Router {
  const router = Router();
  router.use((req, res, next) => {
    const origin = req.get('origin');
    // The /_emulator control API stays same-origin: no web page may drive it from a browser.
    if (!origin || req.path.startsWith('/_emulator')) return next();
    res.set('Access-Control-Allow-Origin', origin);
    res.set('Vary', 'Origin');
    if (req.method === 'OPTIONS') {
      res.set('Access-Control-Allow-Methods', 'GET, POST, OPTIONS');
      res.set(
        'Access-Control-Allow-Headers',
        req.get('access-control-request-headers') ?? 'Content-Type, client-request-id',
      );
      res.set('Access-Control-Max-Age', '86400');
      res.status(204).end();
      return;
    }
    next();
  });
  return router;
}
