/**
 * What the Graph emulator knows about a tenant, in Microsoft Graph v1.0's shapes: the security
 * defaults policy, Conditional Access policies, directory roles (by their fixed template ids) and
 * users' Exchange licences; plus which roles may read what with delegated permissions.
 */

/** Built-in directory roles by display name → roleTemplateId (fixed across tenants). */
export const DIRECTORY_ROLES = {
  'Global Administrator': '62e90394-69f5-4237-9190-012177145e10',
  'Cloud Application Administrator': '158c047a-c907-4556-b7ef-446551a6b5f7',
  'Application Administrator': '9b895d92-2cd3-44c7-9d02-a6ac2d5ea5c3',
  'Global Reader': 'f2ef992c-3afb-46b9-b7cf-a126ee74c451',
  'Security Reader': '5d6b6bb7-de71-4623-b4af-96380a352509',
  'Security Administrator': '194ae4cb-b126-40b2-bd5b-6091b380977d',
  'Conditional Access Administrator': 'b1be1c3e-b65d-4f19-8427-f6fa0d97feb9',
  'Exchange Administrator': '29232cdf-9323-42fd-ade2-1d097af3e4de',
  'Privileged Role Administrator': 'e8611ab8-c189-46e8-94e1-60213ab1f814',
  'Application Developer': 'cf1c38e5-3621-4004-a7cb-879624dced7c',
} as const;
export type DirectoryRole = keyof typeof DIRECTORY_ROLES;

/** Roles whose holders may read the tenant's policies (security defaults, Conditional Access). */
export const POLICY_READER_ROLES: readonly DirectoryRole[] = [
  'Global Administrator',
  'Global Reader',
  'Security Reader',
  'Security Administrator',
  'Conditional Access Administrator',
];

/** Roles that may create and change app registrations and service principals. */
export const APP_WRITER_ROLES: readonly DirectoryRole[] = [
  'Global Administrator',
  'Application Administrator',
  'Cloud Application Administrator',
  'Application Developer',
];

/** Roles that may grant delegated permissions for the whole organisation (admin consent). */
export const CONSENT_ROLES: readonly DirectoryRole[] = [
  'Global Administrator',
  'Privileged Role Administrator',
  'Application Administrator',
  'Cloud Application Administrator',
];

/**
 * graph.microsoft.com conditionalAccessPolicy, the fields a pre-flight reads. A type rather than an
 * interface, so a policy passes where code takes any JSON object (the extension's checks do).
 */
export type ConditionalAccessPolicy = {
  id: string;
  displayName: string;
  state: 'enabled' | 'disabled' | 'enabledForReportingButNotEnforced';
  conditions: {
    /** includeGroups: the emulator has no groups, so a policy assigned only to groups applies to no one. */
    users: {
      includeUsers: string[];
      excludeUsers?: string[];
      includeRoles?: string[];
      includeGroups?: string[];
    };
    applications: { includeApplications: string[] };
    clientAppTypes: ('all' | 'browser' | 'mobileAppsAndDesktopClients' | 'exchangeActiveSync' | 'other')[];
    authenticationFlows?: { transferMethods: string } | null;
  };
  grantControls: {
    operator: 'AND' | 'OR';
    builtInControls: ('block' | 'mfa' | 'compliantDevice' | 'domainJoinedDevice')[];
  } | null;
};

/**
 * A policy as Entra's new-policy form starts one: enabled, for all users, applications and client
 * app types, blocking. Tests and demos state only what their policy changes.
 */
export function conditionalAccessPolicy(
  over: Partial<Omit<ConditionalAccessPolicy, 'conditions'>> = {},
  conditions: Partial<ConditionalAccessPolicy['conditions']> = {},
): ConditionalAccessPolicy {
  return {
    id: 'p1',
    displayName: 'policy',
    state: 'enabled',
    conditions: {
      users: { includeUsers: ['All'] },
      applications: { includeApplications: ['All'] },
      clientAppTypes: ['all'],
      ...conditions,
    },
    grantControls: { operator: 'OR', builtInControls: ['block'] },
    ...over,
  };
}

export interface GraphUserSettings {
  /** Directory roles the account holds. Default: Global Administrator when the identity emulator says isAdmin. */
  roles?: DirectoryRole[];
  /** Whether the account has a licence with an Exchange Online service plan. Default true. */
  exchangeLicensed?: boolean;
}

/** The licence Graph reports for a licensed mailbox (Microsoft 365 Business Standard). */
export const EXCHANGE_LICENCE = {
  skuId: 'f245ecc8-75af-4f8e-b61f-27d8114de5f3',
  skuPartNumber: 'O365_BUSINESS_PREMIUM',
  servicePlanId: '9aaf7827-d63c-4b61-89c3-182f06f82e5c',
  servicePlanName: 'EXCHANGE_S_STANDARD',
};
