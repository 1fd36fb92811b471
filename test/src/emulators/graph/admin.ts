/**
 * Graph switches over HTTP, mounted under the identity emulator's /_emulator by startEmulators:
 *   POST /_emulator/graph/security-defaults   {enabled}
 *   POST /_emulator/graph/conditional-access  {policies: ConditionalAccessPolicy[]}
 *   POST /_emulator/graph/users               {email, roles?: DirectoryRole[], exchangeLicensed?}
 */
import { json, Router } from 'express';
import { type ConditionalAccessPolicy, DIRECTORY_ROLES, type DirectoryRole } from './model.ts';
import type { GraphEmulator } from './start.ts';

export function graphAdminRoutes(graph: GraphEmulator): Router {
  const router = Router();
  router.use(json({ limit: '256kb' }));
  const body = (b: unknown) => (b && typeof b === 'object' ? (b as Record<string, unknown>) : {});

  router.post('/graph/security-defaults', (req, res) => {
    const { enabled } = body(req.body);
    if (typeof enabled !== 'boolean') {
      res.status(400).json({ error: 'enabled (true or false) is required' });
      return;
    }
    graph.setSecurityDefaults(enabled);
    res.json({ ok: true, enabled });
  });

  router.post('/graph/conditional-access', (req, res) => {
    const { policies } = body(req.body);
    if (!Array.isArray(policies)) {
      res
        .status(400)
        .json({ error: 'policies (an array of Graph conditionalAccessPolicy objects) is required' });
      return;
    }
    graph.setConditionalAccessPolicies(policies as ConditionalAccessPolicy[]);
    res.json({ ok: true, count: policies.length });
  });

  router.post('/graph/users', (req, res) => {
    const b = body(req.body);
    const roles = Array.isArray(b.roles) ? b.roles : undefined;
    const unknown = roles?.filter((r) => !(typeof r === 'string' && r in DIRECTORY_ROLES));
    if (typeof b.email !== 'string' || !b.email.includes('@') || (unknown && unknown.length > 0)) {
      res
        .status(400)
        .json({ error: `email is required; roles among: ${Object.keys(DIRECTORY_ROLES).join(', ')}` });
      return;
    }
    graph.setUser(b.email, {
      ...(roles ? { roles: roles as DirectoryRole[] } : {}),
      ...(typeof b.exchangeLicensed === 'boolean' ? { exchangeLicensed: b.exchangeLicensed } : {}),
    });
    res.json({ ok: true });
  });
  return router;
}
