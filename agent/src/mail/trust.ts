import { createSecureContext, rootCertificates, type SecureContext } from 'node:tls';

const contexts = new Map<string, SecureContext>();

/**
 * The system CAs plus the configured extra CA, as one TLS context built once: parsing ~150 root
 * certificates for every connection costs tens of milliseconds per test mail.
 */
export function trustContext(extraCa: string | undefined): SecureContext | undefined {
  if (!extraCa) return undefined;
  let context = contexts.get(extraCa);
  if (!context) {
    context = createSecureContext({ ca: [...rootCertificates, extraCa], minVersion: 'TLSv1.2' });
    contexts.set(extraCa, context);
  }
  return context;
}
