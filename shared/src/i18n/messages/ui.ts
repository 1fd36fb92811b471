import { defineMessages } from '../define.ts';

/**
 * The extension's own words: overlay, popup, options. Guide steps and causes have their own domains
 * (guide.ts, causes.ts).
 * Other languages: ../locales/<lang>/ui.ts (typed against this English).
 */
export default defineMessages({
  en: {
    product: 'Web Config OAuth Assistant',
    pages: {
      'email-server-basic': 'Email Server › Basic',
      'email-server-connection-test': 'Email Server › Connection Test',
      'fax-server-email': 'Fax Server › Email Server Settings',
      'job-history': 'Job History',
      'network-status': 'Network Status',
      'product-status': 'Product Status',
      login: 'Administrator login',
      'print-admin-serverless': 'Epson Print Admin Serverless',
      'webconfig-other': 'Web Config',
      'not-webconfig': 'Not a Web Config page',
    },
    overlay: {
      open: 'Open the assistant',
      collapse: 'Hide the assistant',
      guideHeading: 'Next step',
      stepOf: 'Step {n} of {total}',
      done: 'Mail sign-in is set up on this printer.',
      outlineHint: 'The field concerned is outlined on the page.',
      hintsHeading: 'Worth checking',
      checklistHeading: 'Before you start (Microsoft 365 side)',
      checklistNote: 'Tick each item once done; remembered for this printer.',
      messagesHeading: 'What the printer says',
      jobHistoryHeading: 'Error codes in this history',
      jobHistoryNone: 'No mail or cloud error codes in this history.',
      codeLabel: 'Code {code}',
      codeUnknown:
        'Code {code} is not one we can explain with certainty. Look it up in your printer’s manual (error codes list).',
      rowCount: '{count}×',
      oauthMissing: 'This printer’s page offers no OAuth2 method.',
      fieldsHeading: 'As the page shows it',
      noGuideHere:
        'Nothing to set up on this page. The mail settings are under Network › Email Server › Basic.',
      afterBlocker: 'Then: {step}',
      dock: { left: 'Move the assistant to the left', right: 'Move the assistant to the right' },
      showRow: 'Show the row',
    },
    deviceCode: {
      heading: 'Microsoft sign-in code',
      instructions:
        'Copy the code, open the sign-in page, paste the code and sign in with an administrator account. Then tick “Consent on behalf of your organization” and accept.',
      copy: 'Copy code',
      copied: 'Copied',
      open: 'Open the sign-in page',
      expires: 'The code expires at {time}.',
      notMicrosoft:
        "This page shows a sign-in link that is not Microsoft's ({host}). Do not sign in there: Microsoft's device sign-in page is https://microsoft.com/devicelogin.",
    },
    testMail: {
      heading: 'Test email',
      button: 'Send a test email',
      sending: 'Sending…',
      needAccount: 'Fill in the account (Authenticated Account or Sender’s Email Address) first.',
      from: 'From {from} to {to} through {server}',
      passed: 'Passed: Microsoft accepted the message.',
      failed: 'Failed at: {stage}',
      proves:
        'A pass proves your tenant accepts SMTP with OAuth (XOAUTH2) for this mailbox, through the same server and sender rule the printer uses. It does not prove Epson’s app has consent, nor that Conditional Access treats it the same way.',
      stages: {
        dns: 'Name lookup',
        connect: 'Connection',
        tls: 'STARTTLS encryption',
        auth: 'Authentication (XOAUTH2)',
        sender: 'Sender',
        recipient: 'Recipient',
        data: 'Message',
        ok: 'Delivered',
      },
      transcript: 'SMTP dialogue',
      causesHeading: 'Likely causes',
      notSignedIn: 'The agent holds no sign-in for {account}.',
      signInOnAgent: 'Sign in on the agent',
      signingIn: 'Waiting for the sign-in to finish…',
      signedInRetry: 'Signed in. Send the test again.',
      whichAccount:
        'The test signs in as the printer’s mailbox, {account} (the sender), not as you: when Microsoft asks, use that account.',
      whyAgent:
        'The agent on this computer signs in on its own: the printer keeps its sign-in to itself, so a test mail proves the mailbox and the tenant, not the printer’s own sign-in.',
      agentSignInFailed: 'The agent’s own sign-in for {account} no longer works (expired or revoked).',
      agentSignInNote:
        'This is the agent’s sign-in on this computer, not the printer’s: the printer was not tested. Sign in on the agent again, then send the test again.',
      signInAgain: 'Sign in on the agent again',
    },
    agent: {
      running: 'Agent running (version {version})',
      down: 'The agent is not running on this computer.',
      downFix: 'Start it in the wcoa folder with:',
      startCommand: 'npm start',
      startCommandAlt: 'or: npx wcoa start',
      notPaired: 'This browser is not paired with the agent.',
      notPairedFix: 'Run this command, then enter the code in the extension’s options:',
      pairCommand: 'npx wcoa pair',
      paired: 'Paired',
      error: 'The agent answered with an error: {message}',
      notEnabled: 'The assistant is not enabled on this printer.',
    },
    popup: {
      thisPage: 'This page',
      detecting: 'Looking at this page…',
      notWebConfig: 'This page is not an Epson Web Config page.',
      cannotRead: 'This page cannot be read (a browser page or a local document).',
      enable: 'Enable on this printer',
      enabled: 'Enabled on this printer.',
      enableDenied: 'Permission was not granted; the assistant stays off on this printer.',
      options: 'Options',
      model: 'Model: {model}',
      reload: 'Reload the page to show the assistant.',
    },
    options: {
      title: 'Web Config OAuth Assistant: options',
      pairingHeading: 'Pairing with the agent',
      pairingHelp:
        'The agent runs on this computer and sends the test emails. Run “npx wcoa pair” and enter the code it prints.',
      codeLabel: 'Pairing code',
      portLabel: 'Agent port',
      pairButton: 'Pair',
      pairing: 'Pairing…',
      pairedOk: 'Paired with the agent on port {port}.',
      codeInvalid: 'That code is not valid or has expired. Run “npx wcoa pair” again and enter the new code.',
      codeFormat: 'The code has 8 characters, like {example}.',
      portInvalid: 'The port is a number from 1 to 65535 (the agent’s default is {port}).',
      languageHeading: 'Language',
      languageAuto: 'Automatic (Web Config’s language, then the browser’s)',
      // Unused since the language list shows each language's own name (LANG_NAMES); kept so every table keeps its shape.
      languageEn: 'English',
      languagePt: 'Português',
      printersHeading: 'Printers',
      printersHelp:
        'The assistant runs only on the printers listed here. Type a printer’s address (IP or host name, http or https).',
      addLabel: 'Printer address',
      addPlaceholder: '192.168.1.20 or https://printer.example.local',
      addButton: 'Add a printer',
      added: 'Added {origin}. Open or reload its Web Config page.',
      denied: 'The browser did not grant access to {origin}; it was not added.',
      errors: {
        empty: 'Type the printer’s address, for example 192.168.1.20.',
        scheme: 'Only http:// and https:// addresses can be added.',
        invalid: 'That is not an IP address or host name. Example: 192.168.1.20 or printer.local.',
      },
      none: 'No printer yet.',
      revoke: 'Remove',
      allSitesLabel: 'Run on every http and https site (for admins of many printers)',
      allSitesHelp:
        'The browser asks for access to all sites; the assistant still shows only on Web Config pages.',
      agentPortHeading: 'The agent is on another port?',
      agentPortHelp: 'Type the port “npx wcoa start” printed, then look again.',
      agentLookAgain: 'Look again',
      agentFound: 'Found the agent on port {port}.',
      agentNotFound: 'No agent answers on port {port}.',
      pairingNow: 'Now: {state}',
      stateDown: 'agent not running on port {port}',
      stateNotPaired: 'agent running on port {port}, this browser not paired',
      statePaired: 'paired with the agent on port {port}',
      endpointsHeading: 'Mail server the printers use (besides Microsoft’s)',
      endpointsHelp:
        'Only if your printers send through another server on purpose (a relay, or a test setup’s emulator): one “host:port” per line. The assistant then does not flag that server or port.',
      endpointsLabel: 'Expected mail servers',
      endpointsSave: 'Save',
      endpointsSaved: 'Saved.',
      endpointsInvalid: 'Not a host or host:port: {line}',
      tour: {
        heading: 'First time here? A short tour',
        panel:
          'On a printer’s Web Config page, the assistant shows a panel: the next step of the OAuth setup, what the printer’s messages mean, and a test email.',
        fold: 'The panel moves aside or folds to a tab by itself when it would cover the printer’s messages, tables or fields. Use ⇤ / ⇥ to dock it left or right and › to fold it; each printer remembers your choice.',
        options:
          'These options are always under the extension’s icon › Options: pairing with the agent, your printers, language.',
        done: 'Got it',
      },
    },
    /** The service worker's refusals and the extension-update case: what happened, and what to do. */
    worker: {
      unknownMessage:
        'The extension could not read this request. Reload the page: if the extension was just updated, that loads its new version.',
      notEnabled:
        'The assistant is not enabled on this printer. Click the extension’s icon on this page and choose “Enable on this printer”.',
      pagesOnly:
        'A printer’s page cannot ask for “{type}”: only the extension’s own pages (its popup and options) can.',
      printerOnly:
        '“{type}” belongs to a printer: only the assistant on the printer’s Web Config page sends it.',
      memoryTooLarge:
        'The guide’s notes for this printer are larger than {max} bytes and were not kept; the guide goes on from what the page shows.',
      noPrinterOrigin:
        'This page’s address is not a printer’s http:// or https:// address, so the agent cannot file it under a printer.',
      notHttp:
        '“{origin}” is not an http:// or https:// address. Type the printer’s address as the browser shows it, like http://192.168.1.20.',
      unexpected:
        'The extension hit an unexpected error ({message}). Reload the page; if it happens again, reload the extension on the browser’s extensions page.',
      noAnswer:
        'The extension’s service worker did not answer ({message}). Reload the page; if it happens again, reload the extension on the browser’s extensions page.',
      unexpectedReply:
        'The extension’s service worker answered in a way this page does not understand. Reload the page: if the extension was just updated, that loads its new version.',
    },
  },
});
