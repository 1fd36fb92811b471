/**
 * The emulated directory: tenants, users, registered applications and consent grants. Tenant paths
 * follow Microsoft's meaning: `common` (work and personal accounts), `organizations` (work only),
 * `consumers` (personal only), or one tenant by id or by verified domain.
 */
import { createHash, randomUUID } from 'node:crypto';

/** The tenant id Microsoft uses for all personal (MSA) accounts. */
export const CONSUMER_TENANT_ID = '9188040d-6c67-4c5b-b112-36a304b66dad';
/** The app registrations the emulator knows unless told otherwise: wcoa's agent, and a printer's. */
export const DEFAULT_CLIENT_ID = '6f1c9a2e-3b7d-4c58-9e21-0a4d7b8c5e13';
export const PRINTER_CLIENT_ID = '3c8d5e71-9a2b-4f60-b1c4-7e2a9d0f6b85';
/**
 * Microsoft Graph Command Line Tools (Graph PowerShell's client): a first-party public client every
 * tenant has, which `wcoa setup` signs in as to create the admin's own app registration.
 */
export const GRAPH_CLI_CLIENT_ID = '14d82eec-204b-4c2f-b7e8-296a70dab67e';
export const DEFAULT_APP_NAMES: Record<string, string> = {
  [DEFAULT_CLIENT_ID]: 'Web Config OAuth Assistant',
  [PRINTER_CLIENT_ID]: 'Epson Scan to Email',
};

const CONSUMER_DOMAINS = new Set([
  'outlook.com',
  'hotmail.com',
  'live.com',
  'msn.com',
  'outlook.pt',
  'outlook.com.br',
]);
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface NewUser {
  email: string;
  tenantId?: string;
  password?: string;
  displayName?: string;
  /** Global/Cloud Application Administrator: may consent on behalf of the organization. Default true. */
  isAdmin?: boolean;
}

export interface User {
  email: string;
  tenantId: string;
  password?: string;
  displayName: string;
  oid: string;
  isAdmin: boolean;
  consumer: boolean;
}

export interface App {
  clientId: string;
  name: string;
  /** "Allow public client flows" on the registration; off → AADSTS7000218 when redeeming. */
  publicClient: boolean;
}

export type TenantPath =
  | { kind: 'common' | 'organizations' | 'consumers'; path: string }
  | { kind: 'tenant'; path: string; tenantId: string };

/** Deterministic GUID for a domain, so a demo's tenant id stays the same between runs. */
function guidFrom(text: string): string {
  const h = createHash('sha256').update(text).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

export function domainOf(email: string): string {
  return email.slice(email.lastIndexOf('@') + 1).toLowerCase();
}

export class Directory {
  private readonly users = new Map<string, User>();
  private readonly tenantDomains = new Map<string, string>(); // domain → tenant id
  private readonly tenantIds = new Set<string>([CONSUMER_TENANT_ID]);
  private readonly apps = new Map<string, App>();
  /** `${tenantId} ${clientId}` → granted for the whole organization, or per user email. */
  private readonly orgConsents = new Set<string>();
  private readonly userConsents = new Set<string>();

  constructor(apps: App[]) {
    for (const app of apps) this.apps.set(app.clientId.toLowerCase(), app);
  }

  addUser(input: NewUser): User {
    const email = input.email.trim();
    const domain = domainOf(email);
    const consumer =
      input.tenantId === CONSUMER_TENANT_ID || (!input.tenantId && CONSUMER_DOMAINS.has(domain));
    const tenantId = consumer ? CONSUMER_TENANT_ID : (input.tenantId ?? guidFrom(domain)).toLowerCase();
    const existing = this.users.get(email.toLowerCase());
    const user: User = {
      email,
      tenantId,
      displayName: input.displayName ?? email.slice(0, email.indexOf('@')),
      oid: existing?.oid ?? randomUUID(),
      isAdmin: input.isAdmin ?? true,
      consumer,
      ...(input.password !== undefined ? { password: input.password } : {}),
    };
    this.users.set(email.toLowerCase(), user);
    this.tenantIds.add(tenantId);
    if (!consumer) {
      this.tenantDomains.set(domain, tenantId);
      this.tenantDomains.set(`${domain.split('.')[0]}.onmicrosoft.com`, tenantId);
    }
    return user;
  }

  allUsers(): User[] {
    return [...this.users.values()];
  }

  user(email: string): User | undefined {
    return this.users.get(email.trim().toLowerCase());
  }

  app(clientId: string): App | undefined {
    return this.apps.get(clientId.toLowerCase());
  }

  /** An app registration made or changed through Graph (applications), as sign-ins then see it. */
  putApp(app: App): void {
    this.apps.set(app.clientId.toLowerCase(), { ...app });
  }

  /** undefined when the path names a tenant the directory does not hold (AADSTS90002). */
  resolveTenant(path: string): TenantPath | undefined {
    const p = path.toLowerCase();
    if (p === 'common' || p === 'organizations' || p === 'consumers') return { kind: p, path: p };
    if (GUID.test(p)) return this.tenantIds.has(p) ? { kind: 'tenant', path: p, tenantId: p } : undefined;
    const id = this.tenantDomains.get(p);
    return id ? { kind: 'tenant', path: p, tenantId: id } : undefined;
  }

  /** Whether this account may sign in through this tenant path (AADSTS50020 when not). */
  admits(tenant: TenantPath, user: User): boolean {
    switch (tenant.kind) {
      case 'common':
        return true;
      case 'organizations':
        return !user.consumer;
      case 'consumers':
        return user.consumer;
      case 'tenant':
        return tenant.tenantId === user.tenantId;
    }
  }

  hasConsent(user: User, clientId: string): boolean {
    const key = `${user.tenantId} ${clientId.toLowerCase()}`;
    return this.orgConsents.has(key) || this.userConsents.has(`${key} ${user.email.toLowerCase()}`);
  }

  grantConsent(user: User, clientId: string, onBehalfOfOrganization: boolean): void {
    const key = `${user.tenantId} ${clientId.toLowerCase()}`;
    if (onBehalfOfOrganization && user.isAdmin) this.orgConsents.add(key);
    else this.userConsents.add(`${key} ${user.email.toLowerCase()}`);
  }

  /** Consent for the whole organization as Graph's oauth2PermissionGrants (AllPrincipals) record it. */
  grantOrgConsent(tenantId: string, clientId: string): void {
    this.orgConsents.add(`${tenantId} ${clientId.toLowerCase()}`);
  }

  consents(): { tenantId: string; clientId: string; onBehalfOfOrganization: boolean; email?: string }[] {
    return [
      ...[...this.orgConsents].map((k) => {
        const [tenantId = '', clientId = ''] = k.split(' ');
        return { tenantId, clientId, onBehalfOfOrganization: true };
      }),
      ...[...this.userConsents].map((k) => {
        const [tenantId = '', clientId = '', email = ''] = k.split(' ');
        return { tenantId, clientId, onBehalfOfOrganization: false, email };
      }),
    ];
  }

  resetConsents(): void {
    this.orgConsents.clear();
    this.userConsents.clear();
  }
}
