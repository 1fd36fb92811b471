import { defineMessages } from '../define.ts';

/**
 * The cause catalog's words: for every cause id a title, an explanation and remedy steps.
 * Metadata that is the same in every language (source, severity, who fixes it) lives in
 * shared/src/diagnosis/catalog.ts. Microsoft's and Epson's menu names are quoted as the admin sees them.
 * Other languages: ../locales/<lang>/causes.ts (typed against this English).
 */
export default defineMessages({
  en: {
    cause: {
      'smtp-auth-disabled': {
        title: 'SMTP AUTH is turned off',
        explanation:
          'Exchange Online refuses authenticated SMTP for this mailbox or for the whole organisation. Tenants created after January 2020 have it off by default, and the mailbox setting overrides the organisation setting.',
        remedy: [
          'Microsoft 365 admin center > Users > Active users > the printer’s account > Mail > Manage email apps: tick "Authenticated SMTP" and save.',
          'Or in Exchange Online PowerShell for that mailbox: Set-CASMailbox -Identity <account> -SmtpClientAuthenticationDisabled $false',
          'If the organisation switch is off too: Set-TransportConfig -SmtpClientAuthenticationDisabled $false (Exchange admin center > Settings > Mail flow: clear "Turn off SMTP AUTH protocol for your organization").',
          'Security defaults also block SMTP AUTH: check they are off (Entra admin center > Overview > Properties > Manage security defaults).',
          'Changes can take up to an hour to apply; then send a test mail again.',
        ],
      },
      'security-defaults-on': {
        title: 'Security defaults block SMTP AUTH',
        explanation:
          'With security defaults on, Microsoft Entra ID blocks the legacy-style SMTP sign-in the printer uses, whatever the mailbox setting says.',
        remedy: [
          'Microsoft Entra admin center > Identity > Overview > Properties > Manage security defaults: set to Disabled (a Global Administrator can do this).',
          'Protect the organisation with Conditional Access policies instead, and exclude only what the printer needs.',
          'Then enable SMTP AUTH for the printer’s mailbox (Set-CASMailbox -Identity <account> -SmtpClientAuthenticationDisabled $false).',
        ],
      },
      'conditional-access-blocked': {
        title: 'A Conditional Access policy blocked the sign-in',
        explanation:
          'Microsoft Entra ID evaluated a Conditional Access policy (location, device, client app, risk) and refused the sign-in.',
        remedy: [
          'Microsoft Entra admin center > Identity > Monitoring & health > Sign-in logs: open the failed sign-in and read the Conditional Access tab to see which policy applied.',
          'Adjust that policy or exclude the printer’s account from it (ideally with a narrower policy of its own).',
          'Sign in again from Web Config (Network > Email Server > Basic > Sign In).',
        ],
      },
      'ca-blocks-device-code': {
        title: 'Conditional Access blocks the device code flow',
        explanation:
          'The printer signs in with a device code. A Conditional Access policy with the "Authentication flows" condition (device code flow) blocks that kind of sign-in.',
        remedy: [
          'Sign-in logs: open the failed sign-in, Conditional Access tab, and find the policy that blocks "Device code flow".',
          'Exclude the printer administrator’s account from that policy while you sign the printer in, or scope the policy so the printer’s sign-in is allowed.',
          'Sign in again from Web Config (Network > Email Server > Basic > Sign In), then restore the policy as your organisation requires.',
        ],
      },
      'mfa-required': {
        title: 'Multi-factor authentication is required',
        explanation:
          'The account must complete multi-factor authentication (or register for it) before a token is issued.',
        remedy: [
          'Start the sign-in again and complete the multi-factor prompt in the browser window that opens for the code.',
          'If the account has never registered a second factor, register it first at https://aka.ms/mfasetup.',
          'If the prompt can never be satisfied from here, check which policy demands it in the Entra sign-in logs.',
        ],
      },
      'consent-missing': {
        title: 'The app has no consent in this organisation',
        explanation:
          'Nobody has consented to the app’s permissions (sending mail as the user) for this tenant, or the account is not assigned to the app.',
        remedy: [
          'Sign in again with an administrator account and, on the permissions screen, tick "Consent on behalf of your organization", then Accept.',
          'Or grant it in Microsoft Entra admin center > Enterprise applications > the app > Permissions > Grant admin consent.',
          'If the app requires assignment: Enterprise applications > the app > Users and groups: add the printer’s account.',
        ],
      },
      'admin-role-missing': {
        title: 'The account lacks the administrator role needed to consent',
        explanation:
          'Consent on behalf of the organisation needs a Global Administrator (Epson’s guide) or at least a Cloud Application Administrator.',
        remedy: [
          'Sign in with an account that holds Global Administrator or Cloud Application Administrator.',
          'Or ask such an administrator to grant admin consent to the app first (Enterprise applications > the app > Permissions).',
        ],
      },
      'sign-in-expired': {
        title: 'The sign-in has expired',
        explanation:
          'The access and refresh tokens are no longer valid: the printer was not used for a long time (refresh tokens lapse after about 90 days of inactivity), the password was changed or reset, or an administrator or a sign-in frequency policy revoked the session.',
        remedy: [
          'Web Config > Network > Email Server > Basic: click Sign In and complete the sign-in again.',
          'Click OK so the printer saves the new sign-in.',
          'If it keeps expiring, check Conditional Access sign-in frequency policies and password resets for that account.',
        ],
      },
      'sign-in-required': {
        title: 'The printer is not signed in to the email service',
        explanation: 'OAuth2 is selected but the printer holds no sign-in, so it cannot send mail.',
        remedy: [
          'Web Config > Network > Email Server > Basic: Authentication Method = OAuth2, Email service = Microsoft Exchange Online (or Outlook.com).',
          'Click Sign In, then Sign in with Microsoft; open the URL shown and enter the code.',
          'Sign in with an administrator account and accept (tick "Consent on behalf of your organization").',
          'Back in Web Config, check Current Status reads Signed in, then click OK.',
        ],
      },
      'signed-in-not-saved': {
        title: 'The sign-in was not saved to the printer',
        explanation:
          'Web Config shows Signed in, but the settings were never sent to the printer, so the printer itself has no sign-in.',
        remedy: [
          'Web Config > Network > Email Server > Basic: if Current Status reads Signed in, click OK at the bottom of the page.',
          'Send a test mail (Email Server > Connection Test) to confirm.',
        ],
      },
      'sender-mismatch': {
        title: 'The sender address differs from the signed-in account',
        explanation:
          'Exchange Online only lets an account send as its own address unless it holds Send As permission for the other address.',
        remedy: [
          'Web Config > Network > Email Server > Basic: make Sender’s Email Address the same as the Authenticated Account.',
          'Or grant the account Send As on the other mailbox (Exchange admin center > Recipients > Mailboxes > the mailbox > Delegation > Send as).',
        ],
      },
      'send-throttled': {
        title: 'Sending is temporarily throttled',
        explanation:
          'Exchange Online slowed or paused sending for this account, for example after repeated send-as refusals or after exceeding sending limits.',
        remedy: [
          'Fix the cause first (usually the sender address: make it equal the signed-in account).',
          'Wait before retrying: throttling lifts on its own, often within an hour, sometimes up to 24 hours.',
        ],
      },
      'token-rejected': {
        title: 'Exchange Online rejected the sign-in token',
        explanation:
          'The SMTP server refused the XOAUTH2 token: it may be for the wrong audience or scope, name a different user than the token, or be refused because SMTP AUTH is off or a policy applies.',
        remedy: [
          'Check SMTP AUTH is on for the mailbox (Microsoft 365 admin center > Users > Active users > the account > Mail > Manage email apps > Authenticated SMTP).',
          'Make sure the account shown in Web Config is the one that signed in, and that the mailbox is licensed.',
          'Sign in again from Web Config (Network > Email Server > Basic > Sign In) and click OK.',
          'For your own tools: request the scope https://outlook.office.com/SMTP.Send; the token’s aud must be https://outlook.office.com.',
        ],
      },
      'token-audience': {
        title: 'The token was issued for a different service',
        explanation:
          'SMTP needs a token for Exchange Online (https://outlook.office.com). A token for Microsoft Graph or another resource is refused with 535 5.7.3.',
        remedy: [
          'Request the scope https://outlook.office.com/SMTP.Send (plus offline_access), and no Graph scope in the same request.',
          'Give the app the delegated permission SMTP.Send from Office 365 Exchange Online, and grant admin consent.',
        ],
      },
      'not-authenticated': {
        title: 'The device did not authenticate',
        explanation:
          'The server received mail without any authentication: the device sent no AUTH command, or tried before STARTTLS.',
        remedy: [
          'Web Config > Network > Email Server > Basic: Authentication Method = OAuth2 and sign in.',
          'Secure Connection = STARTTLS, SMTP Server Port Number = 587.',
          'Click OK, then send a test mail.',
        ],
      },
      'tls-too-old': {
        title: 'The device uses TLS 1.0 or 1.1',
        explanation: 'Exchange Online accepts SMTP AUTH only over TLS 1.2 or later.',
        remedy: [
          'Update the printer’s firmware to a version that supports TLS 1.2.',
          'Until then, Microsoft offers smtp-legacy.office365.com for such devices after running Set-TransportConfig -AllowLegacyTLSClients $true.',
        ],
      },
      'basic-auth-rejected': {
        title: 'Password (basic) authentication is refused',
        explanation:
          'The server refused a user name and password for SMTP submission (550 5.7.30, or 535 5.7.139 "basic authentication is disabled"): Outlook.com personal accounts accept OAuth 2.0 only, and Exchange Online refuses passwords where an admin turned them off, by default for existing tenants from the end of December 2026 (new tenants never have them), and for everyone after the final removal (date announced in the second half of 2027).',
        remedy: [
          'Web Config > Network > Email Server > Basic: set Authentication Method to OAuth2 and sign in.',
          'If OAuth2 is not offered, update the printer’s firmware.',
          'Until then, an Exchange Online admin can turn SMTP AUTH back on for the mailbox (Set-CASMailbox -Identity <account> -SmtpClientAuthenticationDisabled $false); this works only until the final removal.',
          'No OAuth2 firmware and mail to colleagues only: High Volume Email (internal recipients, password sign-in kept until September 2028), a connector relay, or Direct Send.',
        ],
      },
      'ip-blocked': {
        title: 'Microsoft does not accept traffic from this IP address',
        explanation:
          'Exchange Online refused the connection because of the sending IP address’s reputation; this is typical of new or trial tenants.',
        remedy: [
          'Open a support request with Microsoft 365 (admin center > Support) quoting the full reply.',
          'Meanwhile, send from another network or wait until the tenant is fully provisioned.',
        ],
      },
      'mailbox-unlicensed': {
        title: 'The sending mailbox has no license',
        explanation: 'Exchange Online only lets a licensed mailbox send with SMTP AUTH.',
        remedy: [
          'Microsoft 365 admin center > Users > Active users > the account > Licenses and apps: assign a license that includes Exchange Online.',
          'Wait for the mailbox to be provisioned, then send a test mail again.',
        ],
      },
      'wrong-server': {
        title: 'The SMTP server address is not Microsoft’s',
        explanation:
          'Exchange Online expects smtp.office365.com; personal Outlook.com accounts expect smtp-mail.outlook.com. Your domain’s MX host (…mail.protection.outlook.com, port 25) is the Direct Send endpoint: it offers no sign-in and answers "504 5.7.4 Unrecognized authentication type".',
        remedy: [
          'Web Config > Network > Email Server > Basic: SMTP Server Address = smtp.office365.com (Outlook.com: smtp-mail.outlook.com).',
          'Click OK.',
        ],
      },
      'wrong-port': {
        title: 'The SMTP port is not 587',
        explanation:
          'SMTP AUTH submission to Exchange Online works on port 587 with STARTTLS only; port 465 (SSL/TLS from the first byte) is not offered, so a connection there times out or is refused.',
        remedy: ['Web Config > Network > Email Server > Basic: SMTP Server Port Number = 587.', 'Click OK.'],
      },
      'wrong-secure-connection': {
        title: 'The secure connection is not STARTTLS',
        explanation:
          'Exchange Online on port 587 starts in plain text and upgrades with STARTTLS; SSL/TLS from the first byte, or no encryption, fails.',
        remedy: ['Web Config > Network > Email Server > Basic: Secure Connection = STARTTLS.', 'Click OK.'],
      },
      'service-unreachable': {
        title: 'The email service cannot be reached',
        explanation:
          'The connection to the email or cloud service failed: name resolution, routing, a firewall or a proxy stopped it, or the service did not answer.',
        remedy: [
          'Check the printer’s network settings: IP address, gateway and DNS server (Network Status in Web Config, or the status sheet).',
          'Check that the network lets the printer reach smtp.office365.com on TCP port 587 and login.microsoftonline.com on 443.',
          'Run Email Server > Connection Test in Web Config, then try again.',
        ],
      },
      'certificate-invalid': {
        title: 'The server certificate could not be verified',
        explanation:
          'The TLS certificate did not validate: the root certificate is missing or out of date, the certificate expired, the name does not match, or something between intercepts the connection.',
        remedy: [
          'Web Config > Network Security > CA Certificate / Root Certificate Update: update the root certificates.',
          'Check the printer’s date and time are correct.',
          'Check that no proxy or firewall replaces the certificate, and that the SMTP Server Address is exactly the service’s name.',
          'If the printer is behind a TLS-inspecting proxy or firewall, import that proxy’s CA certificate into the printer: Web Config > Network Security > CA Certificate > Import.',
          'If this PC (the wcoa agent) is behind such a proxy, give the agent the proxy’s CA: tls.caFile in the agent’s config.json (or WCOA_CA_FILE), then restart the agent.',
        ],
      },
      'certificate-validation-disabled': {
        title: 'Certificate validation is off',
        explanation:
          'The printer connects without checking the email server’s certificate, so it cannot tell the real server from an impostor.',
        remedy: [
          'Update the root certificates first (Web Config > Network Security > Root Certificate Update).',
          'Then Web Config > Network > Email Server > Basic: Certificate Validation = Enable, and click OK.',
        ],
      },
      'app-not-found': {
        title: 'The app was not found in the tenant',
        explanation:
          'The client id is unknown to the tenant the sign-in went to, or the app is disabled there: a wrong client id, a wrong tenant, or an app not enabled for that kind of account.',
        remedy: [
          'Compare the client id with Microsoft Entra admin center > App registrations > the app > Overview (Application (client) ID).',
          'Check the tenant (directory) id or domain used for the sign-in.',
          'Outlook.com accounts need an app whose supported account types include personal Microsoft accounts.',
        ],
      },
      'wrong-tenant-endpoint': {
        title: 'The sign-in used the wrong tenant endpoint',
        explanation:
          'The tenant in the sign-in URL does not fit the app or the account: a single-tenant app used with /common, a mistyped tenant, or an account from another directory.',
        remedy: [
          'Use the tenant’s own endpoint: https://login.microsoftonline.com/<tenant id or domain>/.',
          'Check the tenant name or id for typos, and that the account belongs to that tenant.',
        ],
      },
      'public-client-disabled': {
        title: 'Public client flows are off for the app',
        explanation:
          'The device code flow needs the app registration to allow public client flows; otherwise Entra ID asks for a client secret the device does not have.',
        remedy: [
          'Microsoft Entra admin center > App registrations > the app > Authentication > Advanced settings: set "Allow public client flows" to Yes and save.',
        ],
      },
      'client-secret-sent': {
        title: 'A client secret was sent by a public client',
        explanation:
          'The app is registered as a public client, but the request carried a client secret or assertion, which Entra ID refuses.',
        remedy: [
          'Remove the client secret from the configuration of the tool that signs in.',
          'Keep "Allow public client flows" on for device code sign-in.',
        ],
      },
      'device-code-expired': {
        title: 'The sign-in code expired',
        explanation:
          'The code shown for the sign-in is valid for about 15 minutes, and that time has passed.',
        remedy: ['Start the sign-in again and enter the new code promptly.'],
      },
      'device-code-declined': {
        title: 'The sign-in was declined',
        explanation: 'The person signing in cancelled, or declined the permissions the app asked for.',
        remedy: [
          'Start the sign-in again and, on the permissions screen, click Accept.',
          'If the permissions screen is refused on purpose, ask an administrator to grant admin consent.',
        ],
      },
      'transient-server-error': {
        title: 'Temporary server error',
        explanation:
          'The server reported a temporary problem; nothing is wrong with the settings as far as this reply shows.',
        remedy: [
          'Try again in a few minutes.',
          'If it persists, check the Microsoft 365 service health page.',
        ],
      },
      'additional-network-unsupported': {
        title: 'OAuth 2.0 works only on the standard network',
        explanation:
          'On models with additional networks, OAuth 2.0 mail works on the standard network only (Epson’s guide).',
        remedy: [
          'Connect the printer so that mail leaves through the standard network.',
          'Then sign in again from Web Config (Network > Email Server > Basic).',
        ],
      },
      'oauth-not-supported': {
        title: 'This printer does not offer OAuth 2.0',
        explanation:
          'The Authentication Method list has no OAuth2, so the printer cannot sign in to Exchange Online as it stands.',
        remedy: [
          'First update the printer’s firmware: newer firmware adds OAuth2 to Network > Email Server > Basic.',
          'If no update adds it and the printer mails colleagues only: High Volume Email (internal recipients only; password sign-in kept until September 2028).',
          'Or relay through an Exchange Online connector that identifies the printer’s network by its static public IP address or a certificate.',
          'Or use Microsoft’s direct send: SMTP to your domain’s MX host on port 25, no authentication, recipients inside your organisation only. It breaks if an admin turns on "Reject Direct Send" (generally available since September 2025) unless a partner connector covers the printer.',
        ],
      },
      'credentials-invalid': {
        title: 'The account or password was refused',
        explanation:
          'Entra ID did not accept the account name or password: a typo, an account that does not exist in this directory, or a password that expired or an account that is disabled or locked.',
        remedy: [
          'Check the account name (the full address) and retype the password.',
          'In Microsoft 365 admin center > Users > Active users, check the account exists, is not blocked from signing in, and reset its password if needed.',
        ],
      },
      'scope-invalid': {
        title: 'The sign-in asked for a scope or resource that is wrong',
        explanation:
          'Entra ID refused the requested scope (AADSTS70011, 28000) or could not find the resource it names (AADSTS500011). SMTP needs exactly https://outlook.office.com/SMTP.Send: Graph’s host in front of SMTP.Send (https://graph.microsoft.com/SMTP.Send), a bare resource URI beside it, or scopes of two resources in one request are refused.',
        remedy: [
          'Request the scopes "https://outlook.office.com/SMTP.Send offline_access" and nothing else in the same request (no Graph scopes, no bare https://outlook.office.com).',
          'App registration > API permissions: add Office 365 Exchange Online (or Microsoft Graph) > Delegated > SMTP.Send, then Grant admin consent.',
          'If the error says the resource principal was not found, the tenant has no Exchange Online service principal: check the tenant has Exchange Online licenses.',
        ],
      },
      'request-malformed': {
        title: 'The sign-in request is missing a required parameter',
        explanation:
          'Entra ID refused the request itself (AADSTS900144): a required field such as client_id, scope, grant_type or device_code was empty or missing. This is a fault of the tool that built the request, not of the account.',
        remedy: [
          'Check the app’s client id and tenant in the tool’s settings (wcoa: config.json, clientId and tenant) are filled in.',
          'If a printer or tool of its own built the request, update its firmware or software; quote the full error to its maker.',
        ],
      },
      'redirect-uri-missing': {
        title: 'The app registration has no reply address',
        explanation:
          'The app registration has no redirect URI for this sign-in (AADSTS500113), so Entra ID has nowhere to send the answer.',
        remedy: [
          'Microsoft Entra admin center > App registrations > the app > Authentication > Add a platform: add the redirect URI the tool uses (for a desktop or device sign-in, "Mobile and desktop applications" with https://login.microsoftonline.com/common/oauth2/nativeclient).',
          'Save, then sign in again.',
        ],
      },
      'redirect-uri-wrong-platform': {
        title: 'The reply address is registered on the wrong platform',
        explanation:
          'The redirect URI exists but under a platform that does not fit the flow (AADSTS9002325 and similar): for example registered as a Single-page application while the tool redeems the code as a desktop or web app, or the reverse.',
        remedy: [
          'App registrations > the app > Authentication: remove the redirect URI from the platform it is on and add it under the platform that matches the tool (desktop and device sign-ins: "Mobile and desktop applications").',
          'For the device code flow also set "Allow public client flows" to Yes, then sign in again.',
        ],
      },
      'client-secret-invalid': {
        title: 'The app’s client secret is wrong or expired',
        explanation:
          'Entra ID refused the client secret (AADSTS7000215): it was mistyped, the secret’s ID was given instead of its value, or it expired.',
        remedy: [
          'App registrations > the app > Certificates & secrets: create a new client secret and copy its Value (not the Secret ID) into the tool.',
          'A device sign-in (device code flow) needs no secret at all: use a public client and send none.',
        ],
      },
      'token-user-mismatch': {
        title: 'The token belongs to another account than the one sending',
        explanation:
          'SMTP XOAUTH2 sends a user name and a token; Exchange Online refuses them (535 5.7.3) when the token was issued to a different account, for example when the global administrator signed in while the printer sends as its own mailbox.',
        remedy: [
          'Sign in with the mailbox the printer sends as (the account in Web Config > Network > Email Server > Basic), not with the administrator’s account.',
          'Or grant the signed-in account Send As on that mailbox (Exchange admin center > Recipients > Mailboxes > the mailbox > Delegation) and make the sender match the signed-in account.',
        ],
      },
      'basic-auth-retiring': {
        title: 'Password sign-in to Exchange Online is being switched off',
        explanation:
          'This printer sends through Exchange Online or Outlook.com with a password (SMTP-AUTH). Microsoft switches password SMTP AUTH off by default for existing tenants at the end of December 2026 (an admin can turn it back on for now; new tenants do not have it) and will announce the final removal date in the second half of 2027; after that the printer gets "550 5.7.30 Basic authentication is not supported for Client Submission".',
        remedy: [
          'Move to OAuth 2.0: Web Config > Network > Email Server > Basic: Authentication Method = OAuth2, then Sign In (update the firmware first if OAuth2 is not offered).',
          'Without OAuth2 firmware and mail to colleagues only: High Volume Email (internal recipients only; password sign-in kept until September 2028).',
          'Or relay through an Exchange Online connector that identifies the printer by its static public IP address or a certificate.',
          'Or Direct Send to your domain’s MX host on port 25 (internal recipients only); it stops working if an admin turns on "Reject Direct Send" (Set-OrganizationConfig -RejectDirectSend $true) without a connector that covers the printer.',
        ],
      },
      'direct-send-rejected': {
        title: 'The tenant rejects Direct Send',
        explanation:
          'The printer sends without signing in to your domain’s MX host (Direct Send), and the tenant’s "Reject Direct Send" setting (generally available since September 2025) refuses such mail.',
        remedy: [
          'Best: switch the printer to OAuth 2.0 on smtp.office365.com port 587 (Web Config > Network > Email Server > Basic).',
          'Or create an inbound partner connector that identifies the printer by its static public IP address or a certificate, so its mail is no longer unauthenticated Direct Send.',
          'Or, if your organisation accepts it, turn the setting off: Set-OrganizationConfig -RejectDirectSend $false.',
        ],
      },
      'server-tls-too-old': {
        title: 'The server only speaks TLS 1.1 or older',
        explanation:
          'The SMTP server offered no TLS version from 1.2 up; TLS 1.0 and 1.1 are retired (RFC 8996) and neither the agent nor Exchange Online accepts them. The server, not the device, is out of date.',
        remedy: [
          'Check the SMTP Server Address: Exchange Online is smtp.office365.com; another server or relay in between must offer TLS 1.2 or later.',
          'Ask whoever runs that server to enable TLS 1.2 (or 1.3).',
        ],
      },
      'agent-ca-untrusted': {
        title: 'The agent does not trust the certificate’s issuer',
        explanation:
          'The certificate chain does not lead to a certificate authority the agent trusts: a private CA, or a proxy or firewall that inspects TLS and issues its own certificates.',
        remedy: [
          'If the CA is yours (a company CA, a TLS-inspecting proxy), set "tls": { "caFile": "/path/to/ca.pem" } in the agent’s config.json (or WCOA_CA_FILE) and restart the agent.',
          'Otherwise check that nothing between this computer and the server replaces the certificate.',
        ],
      },
      'smtp-line-too-long': {
        title: 'The server refused a command line as too long',
        explanation:
          'The SMTP server answered a command with a line-length error (such as 500 5.5.2 Line too long). Access tokens are long; a server that limits lines must accept the XOAUTH2 response on its own line after a 334.',
        remedy: [
          'Check the SMTP Server Address points at the mail service you meant.',
          'Ask whoever runs the server to allow AUTH lines of at least 12288 octets (RFC 4954) or the two-step AUTH form.',
        ],
      },
      'smtp-no-greeting': {
        title: 'Connected, but the server sent no SMTP greeting',
        explanation:
          'The TCP connection opened but no 220 greeting came within the time allowed: the port may expect TLS from the start (465), or a firewall or a busy server holds the connection.',
        remedy: [
          'Use port 587 with STARTTLS for Exchange Online.',
          'Check that no firewall or proxy intercepts the SMTP port, then try again.',
        ],
      },
    },
    jobCode: {
      /** Epson's own state and solution (the OAuth 2.0 guide's error-code table), shown before our causes. */
      epson: {
        '360': {
          state: 'No connection to the cloud service or email service.',
          solution: 'Connect to the cloud service or email service.',
        },
        '361': {
          state: 'The connection to the cloud service or email service has expired.',
          solution: 'Connect to the cloud service or email service again.',
        },
        '370': {
          state: 'You need to sign in to the cloud service again.',
          solution: 'Sign in to the cloud service.',
        },
      },
      documented: 'Error code {code}: {state} Epson’s solution: {solution}',
      likely: 'Likely causes: {causes}',
      undocumented:
        'Error code {code}: Epson’s OAuth 2.0 guide does not document this code. Look it up in the printer’s manual (the User’s Guide lists the codes shown in the Job Status menu).',
    },
    explain: {
      noCause: 'No known cause recognised.',
      source: 'Source: {source}',
      sourceChecked: 'Source: {source} (checked {date})',
      matched: 'Matched: {evidence}',
      emptyInput: 'Nothing to explain: give a text, or - to read one from standard input.',
      badLang: 'Unknown language "{lang}". Use one of: {langs}.',
      description:
        'Explain an error text (SMTP reply, sign-in error, Epson code or message): likely causes and what to do',
      textArgument: 'error texts to explain; - reads one from standard input',
      jsonOption: 'print one JSON line per text',
      langOption: 'language of titles and remedies: {langs}',
    },
  },
});
