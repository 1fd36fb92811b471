/**
 * SMTP switches over HTTP, mounted under the identity emulator's /_emulator by startEmulators, so a
 * demo flips every fault with curl:
 *   POST /_emulator/smtp/mailbox  {email, smtpAuthDisabled?, sendAsDenied?, throttled?, unlicensed?, sendAs?}
 *   POST /_emulator/smtp/tenant   {smtpAuthDisabled?, ipBlocked?, transientError?}
 *   GET  /_emulator/smtp/messages delivered messages (envelope, subject, time)
 */
import { json, Router } from 'express';
import type { MailboxSettings, SmtpEmulator, TenantSettings } from './start.ts';

const MAILBOX_FLAGS = ['smtpAuthDisabled', 'sendAsDenied', 'throttled', 'unlicensed'] as const;
const TENANT_FLAGS = ['smtpAuthDisabled', 'ipBlocked', 'transientError'] as const;

function flags<K extends string>(
  body: Record<string, unknown>,
  keys: readonly K[],
): Partial<Record<K, boolean>> {
  const out: Partial<Record<K, boolean>> = {};
  for (const k of keys) if (typeof body[k] === 'boolean') out[k] = body[k];
  return out;
}

export function smtpAdminRoutes(smtp: SmtpEmulator): Router {
  const router = Router();
  router.use(json());
  const body = (b: unknown) => (b && typeof b === 'object' ? (b as Record<string, unknown>) : {});

  router.post('/smtp/mailbox', (req, res) => {
    const b = body(req.body);
    if (typeof b.email !== 'string' || !b.email.includes('@')) {
      res
        .status(400)
        .json({ error: `email is required; flags: ${MAILBOX_FLAGS.join(', ')}, sendAs: [addresses]` });
      return;
    }
    const settings: MailboxSettings = flags(b, MAILBOX_FLAGS);
    if (Array.isArray(b.sendAs)) settings.sendAs = b.sendAs.filter((a): a is string => typeof a === 'string');
    smtp.setMailbox(b.email, settings);
    res.json({ ok: true, email: b.email, settings });
  });

  router.post('/smtp/tenant', (req, res) => {
    const settings: TenantSettings = flags(body(req.body), TENANT_FLAGS);
    smtp.setTenant(settings);
    res.json({ ok: true, settings });
  });

  router.get('/smtp/messages', (_req, res) => {
    res.json(
      smtp.messages.map((m) => ({
        envelope: m.envelope,
        authUser: m.authUser,
        subject: m.parsed.subject ?? '',
        receivedAt: m.receivedAt.toISOString(),
      })),
    );
  });
  return router;
}
