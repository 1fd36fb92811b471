import { defineMessages } from '../define.ts';

/**
 * The tenant pre-flight ("Check my tenant", extension/src/tenant): sign-in, what Graph showed and
 * what it cannot show. Cause titles and remedies come from causes.ts; these are the words around them.
 */
export default defineMessages({
  en: {
    heading: 'Check my tenant',
    intro:
      'Sign in as a Microsoft 365 administrator: the extension reads, through Microsoft Graph, what in your tenant would stop the printer (security defaults, Conditional Access, your admin role, the mailbox licence). It changes nothing, and the sign-in stays in this browser.',
    checklistItem: 'Check my tenant (security defaults, Conditional Access, admin role, mailbox licence)',
    openCheck: 'Check my tenant',
    authorityLabel: 'Sign-in authority',
    clientIdLabel: 'Application (client) ID of your app registration',
    redirectHelp:
      'Register this address as a Single-page application redirect URI in the app registration, with the delegated Microsoft Graph permissions Policy.Read.All, RoleManagement.Read.Directory and User.Read.All (admin consent):',
    graphLabel: 'Microsoft Graph address',
    mailboxLabel: 'The printer’s mailbox (optional)',
    mailboxPlaceholder: 'scanner@contoso.com',
    run: 'Check my tenant',
    signingIn: 'Signing in…',
    checking: 'Reading the tenant through Microsoft Graph…',
    signedInAs: 'Checked as {account} at {time}.',
    clean: 'Nothing found that would stop the printer.',
    found: '{count} finding(s):',
    settingsInvalid:
      'The sign-in authority and the Microsoft Graph address must be https:// addresses, and the client ID a GUID (00000000-0000-0000-0000-000000000000).',
    mailboxInvalid: 'The printer’s mailbox must be an email address, like scanner@contoso.com.',
    cancelled: 'The sign-in window was closed before the sign-in finished. Click the button to try again.',
    signInFailed: 'The sign-in did not finish: {message}',
    graphFailed: 'Microsoft Graph refused the request ({code}): {message}',
    identityMissing: 'This browser cannot open the sign-in window (no identity API). Use Chrome or Edge.',
    registrationMissing:
      'Check my tenant signs in with the app registration the agent uses, and none is known yet. Run this on the computer where the agent runs, pair this browser with the agent (above), then come back to this page:',
    setupCommand: 'npx wcoa setup',
    registrationFromAgent: 'Signs in with the app registration the agent set up (client ID {clientId}).',
    registrationFromPolicy:
      'Signs in with the app registration your IT set by policy (client ID {clientId}).',
    check: {
      'security-defaults': 'Security defaults',
      'conditional-access': 'Conditional Access policies',
      'admin-role': 'Your directory roles',
      mailbox: 'The printer’s mailbox',
    },
    outcome: {
      unreadable: '{check}: could not be read with your account',
      canRead:
        'It takes the delegated permission {permissions} (with admin consent) and one of these roles: {roles}.',
      reportOnly: 'Report-only policy: it would apply if someone turned it on.',
      missing: 'No account {subject} in this tenant.',
      unlicensed: '{subject} has no Exchange Online licence.',
      roles:
        'Your roles: {roles}. Consenting for the organisation takes Global Administrator or Cloud Application Administrator.',
      noRoles:
        'You hold no directory role. Consenting for the organisation takes Global Administrator or Cloud Application Administrator.',
      policy: 'Policy “{subject}”: {reasons}',
    },
    reason: {
      block: 'blocks sign-in',
      'device-code': 'blocks the device code flow the printer signs in with',
      'legacy-clients': 'targets legacy clients (Exchange ActiveSync, other clients)',
      mfa: 'demands multi-factor authentication',
      device: 'demands a compliant or domain-joined device',
      'may-apply':
        'it is assigned to groups, roles or named users: check whether the printer’s account is among them',
    },
    cannotTell: {
      heading: 'What Microsoft Graph cannot tell',
      text: 'Whether SMTP AUTH is on for the organisation and for the printer’s mailbox is not in Microsoft Graph. Check it in Exchange Online PowerShell:',
      proof:
        'Or let the printer prove it: the agent’s test mail signs in and sends over SMTP AUTH exactly as the printer does.',
    },
  },
});
