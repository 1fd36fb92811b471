import { defineMessages } from '../define.ts';

/**
 * The setup guide's words (shared/src/guide holds its structure). UI labels in **bold** are the
 * printer's and Microsoft's own; bold appears only in lists (`action`, `complete`), which the
 * overlay renders as rich text; titles, `done` and `hint` are plain text.
 * Other languages: ../locales/<lang>/guide.ts (typed against this English).
 */
export default defineMessages({
  en: {
    title: 'Set up OAuth 2.0 for Exchange Online',
    progress: 'Step {position} of {total}',
    howToTell: 'How to tell it is done:',
    variants: {
      'email-server': {
        title: '{label:emailServer}: OAuth 2.0',
        intro:
          'Exchange Online no longer accepts passwords from printers (basic authentication) and SMTP AUTH is off by default, so the printer must sign in with OAuth 2.0 to send email.',
        complete: [
          'Done: the printer holds the OAuth 2.0 settings and the sign-in.',
          'To check from the printer: on the panel, Settings > General Settings > Network Settings > Network Status > Email Server Status, or print the network status sheet (Network Status > Print Status Sheet).',
        ],
      },
      'fax-server': {
        title: '{label:faxServer}: OAuth 2.0',
        intro:
          "On models that send to a fax provider's server by email: when the provider's server uses OAuth 2.0, set OAuth2 for the fax server's email settings too.",
        complete: [
          'Done: the printer holds the OAuth 2.0 settings of the fax server.',
          'Ask your fax service provider for any other settings.',
        ],
      },
      serverless: {
        title: 'Epson Print Admin Serverless: {label:forMyEmail}',
        intro:
          "When the sender's address is each user's own address, the administrator first signs in once for the organisation; after that each user signs in with their own account.",
        complete: [
          "The administrator's sign-in is done.",
          'Each user registered in Epson Print Admin Serverless signs in once, with their work or school Microsoft account, the first time they select {label:forMyEmail}.',
        ],
      },
    },
    who: {
      'tenant-admin': 'Microsoft 365 administrator',
      'printer-admin': 'Printer administrator',
    },
    places: {
      'exchange-admin-center': 'Exchange admin center',
      'microsoft-365-admin-center': 'Microsoft 365 admin center',
      'entra-admin-center': 'Microsoft Entra admin center',
      printer: 'The printer',
      webconfig: 'Web Config',
    },
    prerequisites: {
      heading: 'Before you start',
      intro: 'Microsoft 365 must allow the printer to send with OAuth 2.0. Tick each item once it is true.',
      powershellCheck: 'Check in Exchange Online PowerShell:',
      powershellFix: 'Change it:',
      state: {
        met: 'Done',
        missing: 'Missing',
        unknown: 'Not checked',
      },
      items: {
        'tenant-smtp-auth': {
          title: 'SMTP AUTH enabled for the organisation',
          action: [
            'In the Exchange admin center, Settings > Mail flow: clear **Turn off SMTP AUTH protocol for your organization** and save.',
            'Tenants created since 2020 have it turned off.',
          ],
          done: 'Get-TransportConfig shows SmtpClientAuthenticationDisabled: False.',
        },
        'security-defaults-off': {
          title: 'Security defaults turned off',
          action: [
            'In the Microsoft Entra admin center, Overview > Properties > **Manage security defaults**: set security defaults to Disabled, and protect the organisation with Conditional Access instead.',
            'Security defaults turn SMTP AUTH off (the Epson guide lists this step under the Exchange admin center).',
          ],
          done: 'Manage security defaults shows Disabled.',
        },
        'mailbox-smtp-auth': {
          title: "SMTP AUTH on for the printer's mailbox",
          action: [
            "In the Microsoft 365 admin center, Users > Active users > the printer's account > Mail > **Manage email apps**: tick **Authenticated SMTP** and save.",
            "The mailbox setting wins over the organisation's.",
          ],
          done: 'Authenticated SMTP is ticked for the mailbox.',
        },
        'mailbox-licensed': {
          title: 'The mailbox has an Exchange Online licence',
          action: [
            "In the Microsoft 365 admin center, Users > Active users > the printer's account > **Licenses and apps**: assign a licence that includes Exchange Online.",
          ],
          done: 'The account has a licence with Exchange Online.',
        },
        'conditional-access': {
          title: "No Conditional Access policy blocks the printer's sign-in",
          action: [
            'In the Microsoft Entra admin center, Conditional Access > Policies: review the enabled policies that apply to the account.',
            'A policy that blocks the device code flow (authentication flows condition) or legacy clients, or demands MFA on every sign-in, stops the printer: exclude the account or adjust the policy.',
            'The sign-in logs name the policy behind a refused sign-in.',
          ],
          done: 'No enabled policy blocks the account or the device code flow.',
        },
        'consent-admin-role': {
          title: 'An administrator who can consent for the organisation',
          action: [
            'The account that signs in for the printer must hold the Global Administrator role, or at least Cloud Application Administrator, to give consent on behalf of the organisation.',
            'Check it in the Microsoft Entra admin center, Roles and admins.',
          ],
          done: 'The account holds one of these roles.',
        },
        'latest-firmware': {
          title: 'Latest printer firmware',
          action: [
            "Update the printer's firmware (from Web Config or the printer's panel; see the printer's manual).",
            'Without OAuth2 in {label:authMethod}, the printer cannot send email through Exchange Online.',
          ],
          done: '{label:authMethod} offers OAuth2.',
        },
        'standard-network': {
          title: 'Standard network, not an additional network',
          action: [
            'On models with additional networks, OAuth 2.0 works only on the standard network: set up email on the standard network.',
          ],
          done: 'The printer sends email over its standard network.',
        },
      },
    },
    steps: {
      'open-webconfig': {
        title: 'Open Web Config',
        action: [
          "On a computer on the same network as the printer, type the printer's IP address into the browser (http://, or https:// on newer models).",
          "Find the IP address on the printer's panel: Settings > General Settings > Network Settings > Network Status > Wired LAN/Wi-Fi Status.",
        ],
        done: "The printer's Web Config is open.",
        hint: "This is the printer's Web Config.",
      },
      'log-in': {
        title: 'Log in as administrator',
        action: [
          'Select **{label:logIn}**, enter the administrator password and click **{label:okButton}**.',
          "Unless it was changed, the password is often the printer's serial number.",
        ],
        done: 'Web Config shows the administrator menus, such as the {label:networkTab} tab.',
        hint: 'Enter the administrator password here. The assistant never reads it.',
      },
      'open-email-server': {
        title: 'Open {label:networkTab} > {label:emailServer} > {label:basic}',
        action: ['Select the **{label:networkTab}** tab, then **{label:emailServer}** > **{label:basic}**.'],
        done: 'The {label:emailServer} > {label:basic} page is open.',
        hint: '{label:emailServer} is under the {label:networkTab} tab.',
      },
      'choose-oauth2': {
        title: 'Choose OAuth2',
        action: [
          'Set **{label:authMethod}** to **OAuth2**.',
          'Do not click {label:okButton} yet: sign in first.',
        ],
        done: '{label:authMethod} shows OAuth2 and the page shows {label:emailService}.',
        hint: 'Choose OAuth2 here.',
      },
      'choose-service': {
        title: 'Choose Microsoft Exchange Online',
        action: [
          'Set **{label:emailService}** to **Microsoft Exchange Online**.',
          'For personal use, choose **Outlook.com** instead.',
        ],
        done: '{label:emailService} shows the service you chose.',
        hint: 'Microsoft Exchange Online here (Outlook.com for personal use).',
      },
      'sign-in': {
        title: 'Sign in',
        action: [
          'Click **{label:signInButton}**, then **{label:signInWithMicrosoft}** in the window that opens.',
        ],
        done: 'An authentication code and a Microsoft address are shown.',
        hint: 'Click {label:signInButton}.',
      },
      'copy-code': {
        title: 'Copy the code and open the address',
        action: [
          'Copy the authentication code shown.',
          "Click the address shown: Microsoft's sign-in page opens.",
        ],
        done: "Microsoft's page asks for the code.",
        hint: 'The code is valid for about 15 minutes.',
      },
      'enter-code': {
        title: 'Enter the code',
        action: ["On Microsoft's page, paste the code and click **Next**."],
        done: 'Microsoft asks for an account.',
        hint: 'Paste the code you copied.',
      },
      'admin-account': {
        title: 'Sign in with an administrator account',
        action: [
          'Enter an account with the Global Administrator role (at least Cloud Application Administrator) and click **Next**.',
          'The printer sends email as the account that signs in here: its mailbox needs SMTP AUTH.',
        ],
        done: 'Microsoft asks for the password.',
        hint: 'Global Administrator, or at least Cloud Application Administrator.',
      },
      password: {
        title: 'Enter the password',
        action: [
          "Enter the account's password and click **Sign in**.",
          'If Microsoft asks for a second check (MFA), complete it.',
        ],
        done: 'Microsoft shows the permissions requested.',
        hint: "The password is typed on Microsoft's page only.",
      },
      consent: {
        title: 'Consent on behalf of the organisation',
        action: [
          'On the **Permissions requested** page, tick **Consent on behalf of your organization** and click **Accept**.',
          'When Microsoft says the sign-in is complete, close that browser window.',
        ],
        done: 'Back in Web Config, {label:currentStatus} reads {label:signedIn} and the account is shown.',
        hint: 'Consent on behalf of your organization, then Accept.',
      },
      'save-settings': {
        title: 'Click {label:okButton} to send the settings to the printer',
        action: [
          'Check that **{label:currentStatus}** reads **{label:signedIn}** and shows the account.',
          'Click **{label:okButton}** to send the OAuth 2.0 settings to the printer. Until you do, the printer does not keep them.',
        ],
        done: 'After you click {label:okButton}, the page loads again and still shows OAuth2 and {label:signedIn}.',
        hint: '{label:signedIn} but not saved yet: click {label:okButton}.',
      },
      'confirm-save': {
        title: 'Click {label:okButton} on the confirmation page to save',
        action: [
          'Web Config shows the settings again to confirm them. The printer has not saved them yet.',
          'Click **{label:okButton}** on this page. The settings page then loads again; the setup is done when it still shows OAuth2 and {label:signedIn}.',
        ],
        done: 'The settings page loads again and shows OAuth2 and {label:signedIn}.',
        hint: 'Sent but not saved yet: click {label:okButton} on the confirmation page.',
      },
      'open-serverless': {
        title: 'Open Epson Print Admin Serverless',
        action: [
          'Open Epson Print Admin Serverless. This applies when its authentication settings set **{label:serverlessSender}** to **{label:userEmail}**.',
        ],
        done: 'The Epson Print Admin Serverless page is open.',
        hint: 'Epson Print Admin Serverless.',
      },
      'choose-for-my-email': {
        title: 'Select {label:forMyEmail}',
        action: [
          'Select **{label:forMyEmail}** (menu names vary by model).',
          'The Microsoft sign-in page appears.',
        ],
        done: 'Microsoft asks for an account.',
        hint: '{label:forMyEmail}.',
      },
      'fax-open-email-server': {
        title: 'Open {label:fax} > {label:faxServer} > {label:emailServerSettings}',
        action: [
          'Select the **{label:fax}** tab, then **{label:faxServer}** > **{label:emailServerSettings}**.',
        ],
        done: 'The {label:emailServerSettings} page of the fax server is open.',
        hint: '{label:emailServerSettings} is under {label:fax} > {label:faxServer}.',
      },
      'fax-choose-service': {
        title: 'Choose the email service',
        action: [
          'Set **{label:emailService}** to the service your fax provider uses (Microsoft Exchange Online, or Outlook.com for personal use).',
          'Ask your fax service provider for the other settings.',
        ],
        done: '{label:emailService} shows the service you chose.',
        hint: "Your fax provider's email service.",
      },
      'fax-save-settings': {
        title: 'Click {label:okButton} to send the fax server settings to the printer',
        action: [
          'Check that **{label:currentStatus}** reads **{label:signedIn}** and shows the account.',
          'Click **{label:okButton}** to send the settings to the printer. Until you do, the printer does not keep them.',
        ],
        done: 'After you click {label:okButton}, the page loads again and still shows OAuth2 and {label:signedIn}.',
        hint: '{label:signedIn} but not saved yet: click {label:okButton}.',
      },
      'fax-confirm-save': {
        title: 'Click {label:okButton} on the confirmation page to save the fax server settings',
        action: [
          'Web Config shows the settings again to confirm them. The printer has not saved them yet.',
          'Click **{label:okButton}** on this page. The settings page then loads again; the setup is done when it still shows OAuth2 and {label:signedIn}.',
        ],
        done: 'The settings page loads again and shows OAuth2 and {label:signedIn}.',
        hint: 'Sent but not saved yet: click {label:okButton} on the confirmation page.',
      },
      'serverless-log-in': {
        title: 'Log in as printer administrator',
        action: [
          'In Epson Print Admin Serverless, log in as a user with administrator rights on the printer.',
        ],
        done: 'The administrator menus are shown.',
        hint: 'A user with administrator rights on the printer.',
      },
      'serverless-consent': {
        title: 'Consent for the organisation and set the permission scope',
        action: [
          'On the permissions page, select **Consent on behalf of your organization**, set the permission scope and select **Accept**.',
          'Epson Print Admin Serverless shows a message when the sign-in succeeds: select **{label:okButton}** to close the window.',
        ],
        done: 'Epson Print Admin Serverless shows the sign-in succeeded.',
        hint: 'Consent on behalf of your organization, then Accept.',
      },
    },
    microsoftSide: "Then, on Microsoft's page:",
    deviceCode: {
      heading: 'Sign in with this code',
      codeLabel: 'Code',
      copy: 'Copy the code',
      copied: 'Copied',
      open: 'Open {url}',
      expiresIn: 'The code expires in {minutes} min.',
      expired: 'The code has expired: click {label:signInButton} again to get a new one.',
      waiting: "Waiting for the sign-in to finish on Microsoft's page…",
    },
    save: {
      clickOk: 'Click {label:okButton} to send the settings to the printer.',
      saved: 'Saved: the printer holds the OAuth 2.0 settings.',
    },
    currentStatus: {
      signedIn:
        '{label:currentStatus} reads {label:signedIn}. If the printer still cannot send email, the sign-in may not have been saved to the printer: click {label:okButton} to send the settings.',
      signInShown:
        'No {label:currentStatus}, and a {label:signInButton} button is shown: the printer is not signed in. Sign in.',
      expired:
        'The sign-in lapses when the printer sends no email for a long time (the access and refresh tokens become invalid): the administrator signs in again.',
    },
    blocked: {
      'oauth-not-supported':
        "This printer's {label:authMethod} does not offer OAuth2. Update the firmware; if no update adds it, Microsoft's direct send or an SMTP relay connector are the alternatives.",
    },
  },
});
