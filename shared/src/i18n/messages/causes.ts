import { defineMessages } from '../define.ts';

/**
 * The cause catalog's words: for every cause id a title, an explanation and remedy steps.
 * Metadata that is the same in every language (source, severity, who fixes it) lives in
 * shared/src/diagnosis/catalog.ts. pt is written for readers in Portugal and Brazil alike:
 * neutral vocabulary, and Microsoft's and Epson's menu names quoted as the admin sees them.
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
  pt: {
    cause: {
      'smtp-auth-disabled': {
        title: 'O SMTP AUTH está desativado',
        explanation:
          'O Exchange Online recusa SMTP autenticado para esta caixa de correio ou para toda a organização. Nos tenants (inquilinos ou locatários) criados depois de janeiro de 2020 vem desativado, e a definição da caixa de correio prevalece sobre a da organização.',
        remedy: [
          'Centro de administração do Microsoft 365 > Users > Active users > a conta da impressora > Mail > Manage email apps: marque "Authenticated SMTP" e confirme com Save.',
          'Ou, no PowerShell do Exchange Online, para essa caixa de correio: Set-CASMailbox -Identity <conta> -SmtpClientAuthenticationDisabled $false',
          'Se também estiver desativado para a organização: Set-TransportConfig -SmtpClientAuthenticationDisabled $false (Centro de administração do Exchange > Settings > Mail flow: desmarque "Turn off SMTP AUTH protocol for your organization").',
          'As predefinições de segurança (security defaults) também bloqueiam o SMTP AUTH: confirme que estão desativadas (Centro de administração do Entra > Overview > Properties > Manage security defaults).',
          'As alterações podem demorar até uma hora a aplicar-se; depois envie novamente um e-mail de teste.',
        ],
      },
      'security-defaults-on': {
        title: 'As predefinições de segurança bloqueiam o SMTP AUTH',
        explanation:
          'Com as predefinições de segurança (security defaults) ativas, o Microsoft Entra ID bloqueia o início de sessão por SMTP usado pela impressora, seja qual for a definição da caixa de correio.',
        remedy: [
          'Centro de administração do Microsoft Entra > Identity > Overview > Properties > Manage security defaults: escolha Disabled (é preciso um Administrador Global).',
          'Proteja a organização com políticas de Acesso Condicional em vez disso, excluindo apenas o que a impressora precisa.',
          'Depois ative o SMTP AUTH para a caixa de correio da impressora (Set-CASMailbox -Identity <conta> -SmtpClientAuthenticationDisabled $false).',
        ],
      },
      'conditional-access-blocked': {
        title: 'Uma política de Acesso Condicional bloqueou o início de sessão',
        explanation:
          'O Microsoft Entra ID avaliou uma política de Acesso Condicional (localização, dispositivo, aplicação cliente, risco) e recusou o início de sessão.',
        remedy: [
          'Centro de administração do Microsoft Entra > Identity > Monitoring & health > Sign-in logs: abra o início de sessão falhado e veja no painel Conditional Access qual a política aplicada.',
          'Ajuste essa política ou exclua dela a conta da impressora (de preferência com uma política própria, mais restrita).',
          'Inicie sessão de novo no Web Config (Rede > Servidor de e-mail > Básico > Iniciar sessão).',
        ],
      },
      'ca-blocks-device-code': {
        title: 'O Acesso Condicional bloqueia o fluxo de código de dispositivo',
        explanation:
          'A impressora inicia sessão com um código de dispositivo. Uma política de Acesso Condicional com a condição "Authentication flows" (Device code flow) bloqueia esse tipo de início de sessão.',
        remedy: [
          'Sign-in logs: abra o início de sessão falhado, painel Conditional Access, e encontre a política que bloqueia "Device code flow".',
          'Exclua dessa política a conta do administrador da impressora enquanto inicia a sessão da impressora, ou limite o âmbito da política para que esse início de sessão seja permitido.',
          'Inicie sessão de novo no Web Config (Rede > Servidor de e-mail > Básico > Iniciar sessão) e volte depois a aplicar a política como a organização exigir.',
        ],
      },
      'mfa-required': {
        title: 'É necessária a autenticação multifator',
        explanation:
          'A conta tem de concluir a autenticação multifator (ou configurá-la) antes de ser emitido um token.',
        remedy: [
          'Comece de novo o início de sessão e conclua o pedido de autenticação multifator na janela do navegador aberta para o código.',
          'Se a conta nunca configurou um segundo fator, configure-o primeiro em https://aka.ms/mfasetup.',
          'Se o pedido não puder ser satisfeito a partir daqui, veja nos Sign-in logs do Entra que política o exige.',
        ],
      },
      'consent-missing': {
        title: 'A aplicação não tem consentimento nesta organização',
        explanation:
          'Ninguém consentiu as permissões da aplicação (enviar e-mail em nome da conta) para este tenant, ou a conta não está atribuída à aplicação.',
        remedy: [
          'Inicie sessão de novo com uma conta de administrador e, na página de permissões, marque "Consentimento em nome da organização" ("Consent on behalf of your organization") e clique em Aceitar.',
          'Ou conceda-o no Centro de administração do Microsoft Entra > Enterprise applications > a aplicação > Permissions > Grant admin consent.',
          'Se a aplicação exigir atribuição: Enterprise applications > a aplicação > Users and groups: adicione a conta da impressora.',
        ],
      },
      'admin-role-missing': {
        title: 'A conta não tem a função de administrador necessária para consentir',
        explanation:
          'O consentimento em nome da organização exige um Administrador Global (guia da Epson) ou, pelo menos, um Administrador de Aplicações na Nuvem (Cloud Application Administrator).',
        remedy: [
          'Inicie sessão com uma conta com a função Global Administrator ou Cloud Application Administrator.',
          'Ou peça a esse administrador que conceda antes o consentimento de administrador à aplicação (Enterprise applications > a aplicação > Permissions).',
        ],
      },
      'sign-in-expired': {
        title: 'A sessão expirou',
        explanation:
          'O token de acesso e o token de atualização deixaram de ser válidos: a impressora não foi usada durante muito tempo (os tokens de atualização caducam após cerca de 90 dias sem uso), a palavra-passe (senha) foi alterada ou redefinida, ou um administrador ou uma política de frequência de início de sessão revogou a sessão.',
        remedy: [
          'Web Config > Rede > Servidor de e-mail > Básico: clique em Iniciar sessão e conclua de novo o início de sessão.',
          'Clique em OK para que a impressora guarde o novo início de sessão.',
          'Se voltar a expirar, verifique as políticas de frequência de início de sessão do Acesso Condicional e se a palavra-passe (senha) dessa conta foi redefinida.',
        ],
      },
      'sign-in-required': {
        title: 'A impressora não tem sessão iniciada no serviço de e-mail',
        explanation:
          'O OAuth2 está selecionado, mas a impressora não tem sessão iniciada e por isso não consegue enviar e-mail.',
        remedy: [
          'Web Config > Rede > Servidor de e-mail > Básico: Método de autenticação = OAuth2, Serviço de e-mail = Microsoft Exchange Online (ou Outlook.com).',
          'Clique em Iniciar sessão e depois em Iniciar sessão com a Microsoft; abra o URL apresentado e introduza o código.',
          'Inicie sessão com uma conta de administrador e aceite (marque "Consentimento em nome da organização").',
          'De volta ao Web Config, confirme que o Estado atual indica Sessão iniciada e clique em OK.',
        ],
      },
      'signed-in-not-saved': {
        title: 'O início de sessão não foi guardado na impressora',
        explanation:
          'O Web Config mostra Sessão iniciada, mas as definições nunca foram enviadas para a impressora, por isso a própria impressora não tem sessão iniciada.',
        remedy: [
          'Web Config > Rede > Servidor de e-mail > Básico: se o Estado atual indicar Sessão iniciada, clique em OK no fundo da página.',
          'Envie um e-mail de teste (Servidor de e-mail > Teste de ligação) para confirmar.',
        ],
      },
      'sender-mismatch': {
        title: 'O endereço do remetente é diferente da conta com sessão iniciada',
        explanation:
          'O Exchange Online só permite que uma conta envie com o seu próprio endereço, a menos que tenha a permissão Enviar como (Send As) sobre o outro endereço.',
        remedy: [
          'Web Config > Rede > Servidor de e-mail > Básico: torne o Endereço de e-mail do remetente igual à Conta autenticada.',
          'Ou conceda à conta Send As sobre a outra caixa de correio (Centro de administração do Exchange > Recipients > Mailboxes > a caixa de correio > Delegation > Send as).',
        ],
      },
      'send-throttled': {
        title: 'O envio está temporariamente limitado',
        explanation:
          'O Exchange Online abrandou ou suspendeu o envio desta conta, por exemplo após recusas repetidas de envio em nome de outro endereço ou por exceder os limites de envio.',
        remedy: [
          'Corrija primeiro a causa (normalmente o endereço do remetente: torne-o igual à conta com sessão iniciada).',
          'Aguarde antes de tentar de novo: a limitação termina sozinha, muitas vezes numa hora, às vezes até 24 horas.',
        ],
      },
      'token-rejected': {
        title: 'O Exchange Online recusou o token de início de sessão',
        explanation:
          'O servidor SMTP recusou o token XOAUTH2: pode ter sido emitido para o público (audience) ou âmbito errado, indicar uma conta diferente da do token, ou ser recusado porque o SMTP AUTH está desativado ou se aplica uma política.',
        remedy: [
          'Confirme que o SMTP AUTH está ativo para a caixa de correio (Centro de administração do Microsoft 365 > Users > Active users > a conta > Mail > Manage email apps > Authenticated SMTP).',
          'Confirme que a conta mostrada no Web Config é a que iniciou sessão e que a caixa de correio tem licença.',
          'Inicie sessão de novo no Web Config (Rede > Servidor de e-mail > Básico > Iniciar sessão) e clique em OK.',
          'Nas suas próprias ferramentas: peça o âmbito https://outlook.office.com/SMTP.Send; o aud do token tem de ser https://outlook.office.com.',
        ],
      },
      'token-audience': {
        title: 'O token foi emitido para outro serviço',
        explanation:
          'O SMTP precisa de um token para o Exchange Online (https://outlook.office.com). Um token para o Microsoft Graph ou outro recurso é recusado com 535 5.7.3.',
        remedy: [
          'Peça o âmbito https://outlook.office.com/SMTP.Send (e offline_access), sem nenhum âmbito do Graph no mesmo pedido.',
          'Dê à aplicação a permissão delegada SMTP.Send de Office 365 Exchange Online e conceda o consentimento de administrador.',
        ],
      },
      'not-authenticated': {
        title: 'O dispositivo não se autenticou',
        explanation:
          'O servidor recebeu o e-mail sem qualquer autenticação: o dispositivo não enviou o comando AUTH, ou tentou antes do STARTTLS.',
        remedy: [
          'Web Config > Rede > Servidor de e-mail > Básico: Método de autenticação = OAuth2 e inicie sessão.',
          'Ligação segura = STARTTLS, Número da porta do servidor SMTP = 587.',
          'Clique em OK e envie um e-mail de teste.',
        ],
      },
      'tls-too-old': {
        title: 'O dispositivo usa TLS 1.0 ou 1.1',
        explanation: 'O Exchange Online só aceita SMTP AUTH com TLS 1.2 ou posterior.',
        remedy: [
          'Atualize o firmware da impressora para uma versão com suporte de TLS 1.2.',
          'Entretanto, a Microsoft disponibiliza smtp-legacy.office365.com para esses dispositivos depois de executar Set-TransportConfig -AllowLegacyTLSClients $true.',
        ],
      },
      'basic-auth-rejected': {
        title: 'A autenticação por palavra-passe (básica) é recusada',
        explanation:
          'O servidor recusou nome de conta e palavra-passe (senha) para envio por SMTP (550 5.7.30, ou 535 5.7.139 "basic authentication is disabled"): as contas pessoais Outlook.com só aceitam OAuth 2.0, e o Exchange Online recusa palavras-passe onde um administrador as desligou, por predefinição nos tenants existentes a partir do fim de dezembro de 2026 (os tenants novos nunca as têm), e para todos depois da remoção final (data anunciada no segundo semestre de 2027).',
        remedy: [
          'Web Config > Rede > Servidor de e-mail > Básico: escolha OAuth2 como Método de autenticação e inicie sessão.',
          'Se o OAuth2 não for oferecido, atualize o firmware da impressora.',
          'Até lá, um administrador do Exchange Online pode voltar a ligar o SMTP AUTH na caixa de correio (Set-CASMailbox -Identity <account> -SmtpClientAuthenticationDisabled $false); só funciona até à remoção final.',
          'Sem firmware com OAuth2 e só com correio para colegas: High Volume Email (destinatários internos, palavra-passe mantida até setembro de 2028), um conector de reencaminhamento, ou envio direto (Direct Send).',
        ],
      },
      'ip-blocked': {
        title: 'A Microsoft não aceita tráfego deste endereço IP',
        explanation:
          'O Exchange Online recusou a ligação por causa da reputação do endereço IP de envio; é típico de tenants novos ou de avaliação.',
        remedy: [
          'Abra um pedido de suporte no Microsoft 365 (Centro de administração > Support) com a resposta completa.',
          'Entretanto, envie a partir de outra rede ou aguarde que o tenant esteja totalmente pronto.',
        ],
      },
      'mailbox-unlicensed': {
        title: 'A caixa de correio de envio não tem licença',
        explanation:
          'O Exchange Online só deixa enviar com SMTP AUTH a partir de uma caixa de correio com licença.',
        remedy: [
          'Centro de administração do Microsoft 365 > Users > Active users > a conta > Licenses and apps: atribua uma licença que inclua o Exchange Online.',
          'Aguarde que a caixa de correio fique pronta e envie de novo um e-mail de teste.',
        ],
      },
      'wrong-server': {
        title: 'O endereço do servidor SMTP não é o da Microsoft',
        explanation:
          'O Exchange Online espera smtp.office365.com; as contas pessoais Outlook.com esperam smtp-mail.outlook.com. O anfitrião MX do seu domínio (…mail.protection.outlook.com, porta 25) é o ponto de envio direto (Direct Send): não oferece início de sessão e responde "504 5.7.4 Unrecognized authentication type".',
        remedy: [
          'Web Config > Rede > Servidor de e-mail > Básico: Endereço do servidor SMTP = smtp.office365.com (Outlook.com: smtp-mail.outlook.com).',
          'Clique em OK.',
        ],
      },
      'wrong-port': {
        title: 'A porta SMTP não é a 587',
        explanation:
          'O envio com SMTP AUTH para o Exchange Online só funciona na porta 587 com STARTTLS; a porta 465 (SSL/TLS desde o início) não é oferecida, por isso a ligação esgota o tempo ou é recusada.',
        remedy: [
          'Web Config > Rede > Servidor de e-mail > Básico: Número da porta do servidor SMTP = 587.',
          'Clique em OK.',
        ],
      },
      'wrong-secure-connection': {
        title: 'A ligação segura não é STARTTLS',
        explanation:
          'Na porta 587, o Exchange Online começa sem cifra e passa a TLS com STARTTLS; SSL/TLS desde o início, ou nenhuma cifra, falha.',
        remedy: [
          'Web Config > Rede > Servidor de e-mail > Básico: Ligação segura = STARTTLS.',
          'Clique em OK.',
        ],
      },
      'service-unreachable': {
        title: 'Não é possível chegar ao serviço de e-mail',
        explanation:
          'A ligação ao serviço de e-mail ou de nuvem falhou: a resolução de nomes, o encaminhamento, uma firewall ou um proxy impediu-a, ou o serviço não respondeu.',
        remedy: [
          'Verifique as definições de rede da impressora: endereço IP, gateway e servidor DNS (Estado da rede no Web Config, ou a folha de estado).',
          'Confirme que a rede deixa a impressora chegar a smtp.office365.com na porta TCP 587 e a login.microsoftonline.com na 443.',
          'Execute Servidor de e-mail > Teste de ligação no Web Config e tente de novo.',
        ],
      },
      'certificate-invalid': {
        title: 'Não foi possível verificar o certificado do servidor',
        explanation:
          'O certificado TLS não foi validado: o certificado raiz falta ou está desatualizado, o certificado expirou, o nome não corresponde, ou algo pelo meio se interpõe na ligação.',
        remedy: [
          'Web Config > Segurança de rede > Certificado CA / Atualização do certificado raiz: atualize os certificados raiz.',
          'Confirme que a data e a hora da impressora estão certas.',
          'Confirme que nenhum proxy ou firewall substitui o certificado e que o Endereço do servidor SMTP é exatamente o nome do serviço.',
          'Se a impressora estiver atrás de um proxy ou firewall que inspeciona TLS, importe o certificado CA desse proxy na impressora: Web Config > Segurança de rede > Certificado CA > Importar.',
          'Se este PC (o agente wcoa) estiver atrás desse proxy, dê ao agente o certificado CA do proxy: tls.caFile no config.json do agente (ou WCOA_CA_FILE) e reinicie o agente.',
        ],
      },
      'certificate-validation-disabled': {
        title: 'A validação de certificados está desativada',
        explanation:
          'A impressora liga-se sem verificar o certificado do servidor de e-mail, por isso não distingue o servidor verdadeiro de um impostor.',
        remedy: [
          'Atualize primeiro os certificados raiz (Web Config > Segurança de rede > Atualização do certificado raiz).',
          'Depois, Web Config > Rede > Servidor de e-mail > Básico: Validação de certificado = Ativar, e clique em OK.',
        ],
      },
      'app-not-found': {
        title: 'A aplicação não foi encontrada no tenant',
        explanation:
          'O ID de cliente não é conhecido no tenant onde decorreu o início de sessão, ou a aplicação está desativada: ID de cliente errado, tenant errado, ou aplicação não ativada para esse tipo de conta.',
        remedy: [
          'Compare o ID de cliente com Centro de administração do Microsoft Entra > App registrations > a aplicação > Overview (Application (client) ID).',
          'Verifique o ID ou domínio do tenant (diretório) usado no início de sessão.',
          'As contas Outlook.com precisam de uma aplicação cujos tipos de conta suportados incluam contas Microsoft pessoais.',
        ],
      },
      'wrong-tenant-endpoint': {
        title: 'O início de sessão usou o ponto de acesso de tenant errado',
        explanation:
          'O tenant no URL de início de sessão não corresponde à aplicação ou à conta: uma aplicação de tenant único usada com /common, um tenant mal escrito, ou uma conta de outro diretório.',
        remedy: [
          'Use o ponto de acesso do próprio tenant: https://login.microsoftonline.com/<ID ou domínio do tenant>/.',
          'Verifique se o nome ou ID do tenant tem erros e se a conta pertence a esse tenant.',
        ],
      },
      'public-client-disabled': {
        title: 'Os fluxos de cliente público estão desativados na aplicação',
        explanation:
          'O fluxo de código de dispositivo exige que a aplicação (App registration) permita fluxos de cliente público; caso contrário, o Entra ID pede um segredo de cliente que o dispositivo não tem.',
        remedy: [
          'Centro de administração do Microsoft Entra > App registrations > a aplicação > Authentication > Advanced settings: defina "Allow public client flows" como Yes e confirme com Save.',
        ],
      },
      'client-secret-sent': {
        title: 'Um cliente público enviou um segredo de cliente',
        explanation:
          'A aplicação está registada como cliente público, mas o pedido levava um segredo ou asserção de cliente, que o Entra ID recusa.',
        remedy: [
          'Retire o segredo de cliente da configuração da ferramenta que inicia a sessão.',
          'Mantenha "Allow public client flows" ativo para o início de sessão com código de dispositivo.',
        ],
      },
      'device-code-expired': {
        title: 'O código de início de sessão expirou',
        explanation:
          'O código apresentado para o início de sessão é válido durante cerca de 15 minutos, e esse tempo passou.',
        remedy: ['Comece de novo o início de sessão e introduza logo o novo código.'],
      },
      'device-code-declined': {
        title: 'O início de sessão foi recusado',
        explanation: 'Quem iniciava a sessão cancelou, ou recusou as permissões pedidas pela aplicação.',
        remedy: [
          'Comece de novo o início de sessão e, na página de permissões, clique em Aceitar.',
          'Se as permissões forem recusadas de propósito, peça a um administrador que conceda o consentimento de administrador.',
        ],
      },
      'transient-server-error': {
        title: 'Erro temporário do servidor',
        explanation:
          'O servidor indicou um problema temporário; segundo esta resposta, nada está errado nas definições.',
        remedy: [
          'Tente de novo daqui a alguns minutos.',
          'Se persistir, consulte a página de estado de funcionamento (service health) do Microsoft 365.',
        ],
      },
      'additional-network-unsupported': {
        title: 'O OAuth 2.0 só funciona na rede padrão',
        explanation:
          'Nos modelos com redes adicionais, o e-mail com OAuth 2.0 só funciona na rede padrão (guia da Epson).',
        remedy: [
          'Ligue a impressora de modo que o e-mail saia pela rede padrão.',
          'Depois inicie sessão de novo no Web Config (Rede > Servidor de e-mail > Básico).',
        ],
      },
      'oauth-not-supported': {
        title: 'Esta impressora não oferece OAuth 2.0',
        explanation:
          'A lista Método de autenticação não tem OAuth2, por isso a impressora, tal como está, não consegue iniciar sessão no Exchange Online.',
        remedy: [
          'Primeiro atualize o firmware da impressora: o firmware mais recente acrescenta OAuth2 em Rede > Servidor de e-mail > Básico.',
          'Se nenhuma atualização o acrescentar e a impressora só enviar para colegas: High Volume Email (só destinatários internos; o início de sessão por palavra-passe mantém-se até setembro de 2028).',
          'Ou reencaminhe através de um conector do Exchange Online que identifique a rede da impressora pelo endereço IP público fixo ou por um certificado.',
          'Ou use o envio direto (direct send) da Microsoft: SMTP para o anfitrião MX do seu domínio na porta 25, sem autenticação, só para destinatários dentro da organização. Deixa de funcionar se um administrador ligar "Reject Direct Send" (disponível desde setembro de 2025), a menos que um conector de parceiro cubra a impressora.',
        ],
      },
      'credentials-invalid': {
        title: 'A conta ou a palavra-passe foi recusada',
        explanation:
          'O Entra ID não aceitou o nome da conta ou a palavra-passe (senha): um erro de escrita, uma conta que não existe neste diretório, uma palavra-passe expirada, ou uma conta desativada ou bloqueada.',
        remedy: [
          'Verifique o nome da conta (o endereço completo) e escreva de novo a palavra-passe (senha).',
          'No Centro de administração do Microsoft 365 > Users > Active users, confirme que a conta existe e não está impedida de iniciar sessão, e redefina a palavra-passe se for preciso.',
        ],
      },
      'scope-invalid': {
        title: 'O início de sessão pediu um âmbito (scope) ou recurso errado',
        explanation:
          'O Entra ID recusou o âmbito pedido (AADSTS70011, 28000) ou não encontrou o recurso que ele indica (AADSTS500011). O SMTP precisa exatamente de https://outlook.office.com/SMTP.Send: o anfitrião do Graph à frente de SMTP.Send (https://graph.microsoft.com/SMTP.Send), um URI de recurso isolado ao lado dele, ou âmbitos de dois recursos no mesmo pedido são recusados.',
        remedy: [
          'Peça os âmbitos "https://outlook.office.com/SMTP.Send offline_access" e mais nenhum no mesmo pedido (sem âmbitos do Graph, sem https://outlook.office.com isolado).',
          'Registo da aplicação > API permissions: acrescente Office 365 Exchange Online (ou Microsoft Graph) > Delegated > SMTP.Send e depois Grant admin consent.',
          'Se o erro disser que o principal do recurso não foi encontrado, o tenant não tem o serviço Exchange Online: confirme que tem licenças do Exchange Online.',
        ],
      },
      'request-malformed': {
        title: 'Falta um parâmetro obrigatório no pedido de início de sessão',
        explanation:
          'O Entra ID recusou o próprio pedido (AADSTS900144): um campo obrigatório como client_id, scope, grant_type ou device_code estava vazio ou em falta. A falha é da ferramenta que montou o pedido, não da conta.',
        remedy: [
          'Confirme que o ID de cliente e o tenant da aplicação estão preenchidos nas definições da ferramenta (wcoa: config.json, clientId e tenant).',
          'Se foi uma impressora ou outra ferramenta a montar o pedido, atualize o firmware ou o software e envie o erro completo ao fabricante.',
        ],
      },
      'redirect-uri-missing': {
        title: 'O registo da aplicação não tem endereço de resposta',
        explanation:
          'O registo da aplicação não tem um URI de redirecionamento para este início de sessão (AADSTS500113), por isso o Entra ID não tem para onde enviar a resposta.',
        remedy: [
          'Centro de administração do Microsoft Entra > App registrations > a aplicação > Authentication > Add a platform: acrescente o URI de redirecionamento que a ferramenta usa (para início de sessão de computador ou dispositivo, "Mobile and desktop applications" com https://login.microsoftonline.com/common/oauth2/nativeclient).',
          'Guarde e inicie sessão novamente.',
        ],
      },
      'redirect-uri-wrong-platform': {
        title: 'O endereço de resposta está registado na plataforma errada',
        explanation:
          'O URI de redirecionamento existe, mas numa plataforma que não serve o fluxo (AADSTS9002325 e semelhantes): por exemplo registado como Single-page application quando a ferramenta troca o código como aplicação de computador ou web, ou o contrário.',
        remedy: [
          'App registrations > a aplicação > Authentication: retire o URI da plataforma onde está e acrescente-o na plataforma certa para a ferramenta (inícios de sessão de computador e dispositivo: "Mobile and desktop applications").',
          'Para o fluxo de código de dispositivo, ponha também "Allow public client flows" em Yes e inicie sessão novamente.',
        ],
      },
      'client-secret-invalid': {
        title: 'O segredo de cliente da aplicação está errado ou expirou',
        explanation:
          'O Entra ID recusou o segredo de cliente (AADSTS7000215): foi mal copiado, foi dado o ID do segredo em vez do valor, ou expirou.',
        remedy: [
          'App registrations > a aplicação > Certificates & secrets: crie um segredo novo e copie o Value (não o Secret ID) para a ferramenta.',
          'Um início de sessão de dispositivo (fluxo de código de dispositivo) não precisa de segredo: use um cliente público e não envie nenhum.',
        ],
      },
      'token-user-mismatch': {
        title: 'O token pertence a outra conta que não a que envia',
        explanation:
          'O SMTP XOAUTH2 envia um nome de utilizador e um token; o Exchange Online recusa-os (535 5.7.3) quando o token foi emitido para outra conta, por exemplo quando o administrador global iniciou sessão e a impressora envia como a sua própria caixa de correio.',
        remedy: [
          'Inicie sessão com a caixa de correio com que a impressora envia (a conta em Web Config > Rede > Servidor de e-mail > Básico), não com a conta do administrador.',
          'Ou dê à conta com sessão iniciada a permissão Send As nessa caixa (Centro de administração do Exchange > Recipients > Mailboxes > a caixa > Delegation) e faça o remetente coincidir com essa conta.',
        ],
      },
      'basic-auth-retiring': {
        title: 'O início de sessão por palavra-passe no Exchange Online vai ser desligado',
        explanation:
          'Esta impressora envia pelo Exchange Online ou Outlook.com com palavra-passe (senha) (SMTP-AUTH). A Microsoft desliga por predefinição o SMTP AUTH com palavra-passe nos tenants existentes no fim de dezembro de 2026 (por agora um administrador pode voltar a ligá-lo; os tenants novos não o têm) e anuncia a data da remoção final no segundo semestre de 2027; a partir daí a impressora recebe "550 5.7.30 Basic authentication is not supported for Client Submission".',
        remedy: [
          'Passe para OAuth 2.0: Web Config > Rede > Servidor de e-mail > Básico: Método de autenticação = OAuth2 e depois Iniciar sessão (atualize primeiro o firmware se o OAuth2 não for oferecido).',
          'Sem firmware com OAuth2 e só com correio para colegas: High Volume Email (só destinatários internos; o início de sessão por palavra-passe mantém-se até setembro de 2028).',
          'Ou reencaminhe através de um conector do Exchange Online que identifique a impressora pelo endereço IP público fixo ou por um certificado.',
          'Ou envio direto (Direct Send) para o anfitrião MX do seu domínio na porta 25 (só destinatários internos); deixa de funcionar se um administrador ligar "Reject Direct Send" (Set-OrganizationConfig -RejectDirectSend $true) sem um conector que cubra a impressora.',
        ],
      },
      'direct-send-rejected': {
        title: 'O tenant rejeita o envio direto (Direct Send)',
        explanation:
          'A impressora envia sem iniciar sessão para o anfitrião MX do seu domínio (Direct Send), e a definição "Reject Direct Send" do tenant (disponível desde setembro de 2025) recusa esse correio.',
        remedy: [
          'Melhor: passe a impressora para OAuth 2.0 em smtp.office365.com, porta 587 (Web Config > Rede > Servidor de e-mail > Básico).',
          'Ou crie um conector de entrada de parceiro que identifique a impressora pelo endereço IP público fixo ou por um certificado, para que o correio deixe de ser Direct Send sem autenticação.',
          'Ou, se a organização o aceitar, desligue a definição: Set-OrganizationConfig -RejectDirectSend $false.',
        ],
      },
      'server-tls-too-old': {
        title: 'O servidor só fala TLS 1.1 ou anterior',
        explanation:
          'O servidor SMTP não ofereceu nenhuma versão de TLS a partir da 1.2; o TLS 1.0 e 1.1 foram retirados (RFC 8996) e nem o agente nem o Exchange Online os aceitam. Quem está desatualizado é o servidor, não o dispositivo.',
        remedy: [
          'Verifique o Endereço do servidor SMTP: o Exchange Online é smtp.office365.com; outro servidor ou relay pelo meio tem de oferecer TLS 1.2 ou posterior.',
          'Peça a quem gere esse servidor que ative o TLS 1.2 (ou 1.3).',
        ],
      },
      'agent-ca-untrusted': {
        title: 'O agente não confia no emissor do certificado',
        explanation:
          'A cadeia do certificado não chega a uma autoridade de certificação em que o agente confie: uma CA privada, ou um proxy ou firewall que inspeciona o TLS e emite os seus próprios certificados.',
        remedy: [
          'Se a CA é sua (uma CA da empresa, um proxy que inspeciona TLS), defina "tls": { "caFile": "/caminho/para/ca.pem" } no config.json do agente (ou WCOA_CA_FILE) e reinicie o agente.',
          'Caso contrário, confirme que nada entre este computador e o servidor substitui o certificado.',
        ],
      },
      'smtp-line-too-long': {
        title: 'O servidor recusou uma linha de comando por ser demasiado longa',
        explanation:
          'O servidor SMTP respondeu a um comando com um erro de comprimento de linha (como 500 5.5.2 Line too long). Os tokens de acesso são longos; um servidor que limita as linhas tem de aceitar a resposta XOAUTH2 numa linha própria depois de um 334.',
        remedy: [
          'Confirme que o Endereço do servidor SMTP aponta para o serviço de correio pretendido.',
          'Peça a quem gere o servidor que aceite linhas AUTH de pelo menos 12288 octetos (RFC 4954) ou a forma AUTH em dois passos.',
        ],
      },
      'smtp-no-greeting': {
        title: 'Ligado, mas o servidor não enviou a saudação SMTP',
        explanation:
          'A ligação TCP abriu, mas não chegou nenhuma saudação 220 no tempo permitido: a porta pode esperar TLS desde o início (465), ou uma firewall ou um servidor sobrecarregado retém a ligação.',
        remedy: [
          'Use a porta 587 com STARTTLS para o Exchange Online.',
          'Confirme que nenhuma firewall ou proxy interceta a porta SMTP e tente de novo.',
        ],
      },
    },
    jobCode: {
      epson: {
        '360': {
          state: 'Sem ligação ao serviço de nuvem ou ao serviço de correio eletrónico.',
          solution: 'Ligar ao serviço de nuvem ou ao serviço de correio eletrónico.',
        },
        '361': {
          state: 'A ligação ao serviço de nuvem ou ao serviço de correio eletrónico expirou.',
          solution: 'Ligar ao serviço de nuvem ou ao serviço de correio eletrónico.',
        },
        '370': {
          state: 'É necessário iniciar sessão no serviço de nuvem novamente.',
          solution: 'Iniciar sessão no serviço de nuvem.',
        },
      },
      documented: 'Código de erro {code}: {state} Solução da Epson: {solution}',
      likely: 'Causas prováveis: {causes}',
      undocumented:
        'Código de erro {code}: o guia OAuth 2.0 da Epson não documenta este código. Procure-o no manual da impressora (a lista de códigos apresentados no menu Estado da tarefa).',
    },
    explain: {
      noCause: 'Nenhuma causa conhecida reconhecida.',
      source: 'Fonte: {source}',
      sourceChecked: 'Fonte: {source} (verificada em {date})',
      matched: 'Correspondência: {evidence}',
      emptyInput: 'Nada para explicar: indique um texto, ou - para o ler da entrada padrão.',
      badLang: 'Idioma desconhecido "{lang}". Use um destes: {langs}.',
      description:
        'Explicar um texto de erro (resposta SMTP, erro de início de sessão, código ou mensagem Epson): causas prováveis e o que fazer',
      textArgument: 'textos de erro a explicar; - lê um da entrada padrão',
      jsonOption: 'escrever uma linha JSON por texto',
      langOption: 'idioma dos títulos e das soluções: {langs}',
    },
  },
});
