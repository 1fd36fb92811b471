/**
 * The emulator's own control API for manual demos (never part of Microsoft's surface):
 *   GET  /_emulator                       this list
 *   POST /_emulator/users                 {email, tenantId?, password?, displayName?, isAdmin?}
 *   POST /_emulator/faults                {email, fault}   fault null clears; email "*" = every request
 *   GET  /_emulator/codes                 pending device codes
 *   POST /_emulator/approve               {userCode, email}
 *   POST /_emulator/decline               {userCode}
 *   POST /_emulator/revoke                {email}          revoke the account's refresh tokens
 *   POST /_emulator/expire-access-tokens  access tokens issued so far stop being accepted
 *   POST /_emulator/clock                 {advanceSeconds}
 *   GET  /_emulator/token-requests        log of token endpoint requests
 */
import { json, type Response, Router } from 'express';
import { IDENTITY_FAULTS, type IdentityFault } from '../state.ts';

export interface AdminTarget {
  addUser(user: {
    email: string;
    tenantId?: string;
    password?: string;
    displayName?: string;
    isAdmin?: boolean;
  }): void;
  setFault(email: string, fault: IdentityFault | null): void;
  pendingCodes(): unknown[];
  approve(userCode: string, email: string): Promise<void>;
  decline(userCode: string): Promise<void>;
  revokeRefreshTokens(email: string): void;
  expireAccessTokensNow(): void;
  advanceClock(seconds: number): void;
  tokenRequests(): unknown[];
}

const HELP = {
  'POST /_emulator/users': '{email, tenantId?, password?, displayName?, isAdmin?}',
  'POST /_emulator/faults': `{email, fault} with fault one of ${IDENTITY_FAULTS.join(', ')} or null; email "*" for every request`,
  'GET /_emulator/codes': 'pending device codes',
  'POST /_emulator/approve': '{userCode, email}',
  'POST /_emulator/decline': '{userCode}',
  'POST /_emulator/revoke': '{email}',
  'POST /_emulator/expire-access-tokens': '{}',
  'POST /_emulator/clock': '{advanceSeconds}',
  'GET /_emulator/token-requests': 'token endpoint log',
};

function str(body: Record<string, unknown>, key: string): string | undefined {
  const v = body[key];
  return typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined;
}

function bad(res: Response, message: string): void {
  res.status(400).json({ error: message, help: HELP });
}

export function adminRoutes(target: AdminTarget, extra?: Router): Router {
  const router = Router();
  router.use('/_emulator', json());
  router.get('/_emulator', (_req, res) => {
    res.json(HELP);
  });
  const body = (b: unknown): Record<string, unknown> =>
    b && typeof b === 'object' ? (b as Record<string, unknown>) : {};

  router.post('/_emulator/users', (req, res) => {
    const b = body(req.body);
    const email = str(b, 'email');
    if (!email?.includes('@')) return bad(res, 'email is required, e.g. {"email":"printer@contoso.com"}');
    const password = str(b, 'password');
    const tenantId = str(b, 'tenantId');
    const displayName = str(b, 'displayName');
    target.addUser({
      email,
      ...(password ? { password } : {}),
      ...(tenantId ? { tenantId } : {}),
      ...(displayName ? { displayName } : {}),
      ...(typeof b.isAdmin === 'boolean' ? { isAdmin: b.isAdmin } : {}),
    });
    res.json({ ok: true });
  });

  router.post('/_emulator/faults', (req, res) => {
    const b = body(req.body);
    const email = str(b, 'email');
    if (!email) return bad(res, 'email is required ("*" for every request)');
    const fault = b.fault ?? null;
    if (fault !== null && !IDENTITY_FAULTS.includes(fault as IdentityFault))
      return bad(res, `unknown fault ${String(fault)}`);
    target.setFault(email, fault as IdentityFault | null);
    res.json({ ok: true, email, fault });
  });

  router.get('/_emulator/codes', (_req, res) => {
    res.json(target.pendingCodes());
  });

  const act =
    (fn: (b: Record<string, unknown>) => Promise<void>) => async (req: { body: unknown }, res: Response) => {
      try {
        await fn(body(req.body));
        res.json({ ok: true });
      } catch (e) {
        bad(res, e instanceof Error ? e.message : String(e));
      }
    };
  router.post(
    '/_emulator/approve',
    act((b) => target.approve(str(b, 'userCode') ?? '', str(b, 'email') ?? '')),
  );
  router.post(
    '/_emulator/decline',
    act((b) => target.decline(str(b, 'userCode') ?? '')),
  );
  router.post(
    '/_emulator/revoke',
    act(async (b) => target.revokeRefreshTokens(str(b, 'email') ?? '')),
  );
  router.post(
    '/_emulator/expire-access-tokens',
    act(async () => target.expireAccessTokensNow()),
  );
  router.post(
    '/_emulator/clock',
    act(async (b) => {
      if (typeof b.advanceSeconds !== 'number') throw new Error('advanceSeconds (a number) is required');
      target.advanceClock(b.advanceSeconds);
    }),
  );
  router.get('/_emulator/token-requests', (_req, res) => {
    res.json(target.tokenRequests());
  });
  if (extra) router.use('/_emulator', extra);
  return router;
}
