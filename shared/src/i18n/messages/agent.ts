import { defineMessages } from '../define.ts';

/**
 * Everything the agent and the CLI say to a person, in English; every other language in
 * ../locales/<lang>/agent.ts (typed against this).
 */
export default defineMessages({
  en: {
    errors: {
      'forbidden-host': 'This agent answers only at 127.0.0.1, localhost or [::1] on its own port.',
      'unsupported-media-type': 'Send the request body as JSON (Content-Type: application/json).',
      'payload-too-large': 'The request body is larger than 64 KiB.',
      'invalid-json': 'The request body is not valid JSON.',
      'forbidden-origin':
        'This origin is not paired with the agent. Run "wcoa pair" and enter the code in the extension\'s options.',
      unauthorized:
        'Missing or wrong token. Pair the extension again ("wcoa pair"), or run the CLI with the same --home as the agent.',
      'rate-limited': 'Too many requests. Try again in {seconds} s.',
      'invalid-request': 'The request is not valid: {details}',
      'not-found': 'Nothing here: {path}',
      'pairing-code-invalid':
        'That pairing code is wrong, already used or expired. Run "wcoa pair" for a new one.',
      'account-unknown': 'The agent has no account {account}. Sign in first: wcoa signin --email {account}',
      'account-not-signed-in':
        'The account {account} is not signed in ({state}). Sign in again: wcoa signin --email {account}',
      'recipient-not-allowed':
        "A test mail goes to the account itself; {to} is not in testMail.allowedRecipients of {config} in the agent's home.",
      'signin-not-configured':
        'Sign-in needs the client id of your Entra app: set "clientId" in {config} or WCOA_CLIENT_ID (README: "Register the Entra app").',
      'signin-failed': 'The sign-in could not start: {reason}',
      'smtp-host-not-allowed':
        "The agent sends your access token only to Microsoft's SMTP servers ({allowed}), not to {host}. If {host} is right, add it to testMail.allowedSmtpHosts in {config}.",
      'printer-unknown':
        'The agent has seen no printer "{id}". GET /v1/printers (or `wcoa printers`) lists them.',
      'sheet-unavailable': '{reason}',
      internal:
        "The agent hit an unexpected error. Its log, {logs} in the agent's home (wcoa status shows where), says more.",
      'agent-down': 'The wcoa agent is not running. Start it with: npx wcoa start',
      'not-paired':
        'The extension is not paired with the agent. Run "npx wcoa pair" and enter the code in the options.',
      'printer-not-enabled': 'The extension is not enabled on this printer.',
      'extension-reloaded':
        'The extension was updated or reloaded while this page was open, so the page can no longer reach it. Reload the page to use the assistant again.',
    },
    validation: {
      lineBreak: '{field} must be one line, without line breaks.',
      email: '{field} is not a valid email address.',
      required: '{field} is required.',
      date: '{field} is not a date between 2000 and today (ISO 8601 with a time zone).',
      other: '{field}: {problem}',
    },
    config: {
      invalid: 'The configuration is not valid ({where}): {problems}',
      keyMismatch:
        'The store key held by the {backend} does not open the store in {home}. Restore the key, or move the store away to start afresh.',
    },
    cli: {
      home: 'agent home (default: WCOA_HOME or the platform data folder)',
      port: 'agent port (default: WCOA_PORT or {port})',
      startDescription: 'run the agent on loopback (127.0.0.1 and [::1])',
      statusDescription: 'show what runs where, the key backend, the accounts and paired clients',
      pairDescription: 'print a one-time pairing code for the extension (5 minutes, single use)',
      clientsDescription: 'list paired extensions',
      revokeDescription: 'revoke a paired extension by its id',
      signinDescription: 'sign in an account with the device code flow (SMTP.Send)',
      testMailDescription: 'send a test mail with XOAUTH2 and show each stage',
      probeDescription: 'check an SMTP endpoint: DNS, connect, STARTTLS, TLS, AUTH mechanisms',
      badPort: '"{value}" is not a port: use a number from 0 to 65535.',
      badSmtp: '"{value}" is not HOST or HOST:PORT.',
      alreadyRunning:
        'An agent already listens on port {port} (pid {pid}). Stop it first, or use another --port.',
      portInUse: 'Port {port} is in use. Choose another with --port (0 picks a free one).',
      notRunning: 'No agent is running for {home}. Start one with: npx wcoa start',
      unreachable:
        'Cannot reach the agent at {url} ({reason}). Is "wcoa start" running with the same --port and --home?',
      agentError: 'The agent says: {message}',
      running: 'Agent {version}, pid {pid}, listening on {listening}',
      homeLine: 'Home: {home}',
      backendLine: 'Store key held by: {backend}',
      signinLine: 'Sign-in: client id {clientId}, authority {authority}',
      notConfigured: 'not set',
      configured: 'set',
      noAccounts: 'No accounts.',
      accountLine: '  {email} ({tenant}): {state}',
      accountCause: '    cause: {cause}',
      accountReason: '    why: {reason}',
      accountReasons: {
        'stored-sign-in-unreadable':
          "its saved sign-in failed the store's integrity check (changed, or sealed under another key) and was set aside; sign in again: wcoa signin --email {account}",
      },
      clientsCount: 'Paired extensions: {count}',
      noClients: 'No paired extensions.',
      clientLine: '{id}  {name}  {origin}  paired {created}  last used {used}',
      never: 'never',
      revoked: 'Revoked {id}.',
      noSuchClient: 'No paired extension with id {id}. "wcoa clients" lists them.',
      signinPrompt: 'To sign in, open {url} and enter the code {code}. The code expires at {expires}.',
      signinWaiting: 'Waiting for the sign-in to finish…',
      signedIn: 'Signed in: {email}',
      signinFailed: 'Sign-in failed ({state}).',
      causeLine: '  {id}: {title}',
      stageOk: '  ✓ {stage} {ms}',
      stageFailed: '  ✗ {stage}',
      testMailOk: 'Test mail accepted: {reply}',
      testMailFailed: 'Test mail failed at the {stage} stage: {reply}',
      probeOk: 'The endpoint {host}:{port} accepts STARTTLS and offers XOAUTH2.',
      probeFailed: '{host}:{port}: the probe stopped at {stage}.',
      probeNoXoauth2: '{host}:{port} does not offer AUTH XOAUTH2 after STARTTLS.',
      tlsLine:
        '  TLS {version}, certificate for {subject} from {issuer}, valid until {validTo} ({validity}), name {nameMatch}',
      dayCount: '{days} day',
      daysCount: '{days} days',
      nameMatches: 'matches',
      nameDiffers: 'does NOT match',
      authLine: '  AUTH after STARTTLS: {mechanisms}',
    },
    options: {
      json: 'print JSON (one line per result)',
      email: "the mailbox to sign in (the printer's account)",
      tenant: 'tenant id or domain; organizations, or consumers for Outlook.com',
      account: 'the signed-in account to send as',
      from: "the sender (the printer's Sender's Email Address); default: the account",
      to: 'the recipient: the account, or one of testMail.allowedRecipients',
      smtp: 'SMTP server as HOST:PORT (default from the configuration: smtp.office365.com:587)',
      printer: 'record the test against this printer',
    },
    stages: {
      dns: 'DNS',
      connect: 'connect',
      banner: 'banner',
      ehlo: 'EHLO',
      starttls: 'STARTTLS',
      tls: 'TLS',
      auth: 'authentication',
      sender: 'sender',
      recipient: 'recipient',
      data: 'message',
      ok: 'done',
    },
    testMail: {
      subject: 'wcoa test mail: XOAUTH2 works for {account}',
      body: 'This message was sent by the Web Config OAuth Assistant agent over SMTP with STARTTLS and AUTH XOAUTH2, as {account}, through {server}, at {time}. If it arrived, the tenant accepts OAuth 2.0 mail from this account.',
    },
    detect: {
      description: 'read saved Web Config pages (HTML): page kind, model, language and fields',
      fileArgument: 'HTML pages saved from a printer (or any page, to check it is not Web Config)',
      urlOption: 'the address the page came from (a supporting signal only)',
      jsonOption: 'one JSON line per page: { "file", …PageModel }',
      noFiles: 'Name at least one HTML page: wcoa detect page.html',
      badUrl: '"{url}" is not a URL. Give it as http://HOST/PATH, or leave --url out.',
      unreadable: 'Cannot read {file}: {reason}.',
      notFound: 'there is no such file; check the path',
      denied: 'permission denied',
      isFolder: 'it is a folder; name the HTML pages inside it',
      notHtml:
        '{file} is not an HTML page (no markup in it). Save the page from the browser as HTML and try again.',
      tooLarge:
        "{file} is {size} MB; wcoa detect reads pages up to {limit} MB (a Web Config page is far smaller). Save only the printer's page (HTML only, not the complete page) and try again.",
      failedCount: '{count} of {total} pages could not be read.',
      tooDeep:
        "{file} nests its elements more than {limit} levels deep, which no Web Config page does; it is not read. Save the printer's page again from the browser (HTML only).",
      page: 'page',
      vendor: 'vendor',
      model: 'model',
      lang: 'language',
      signals: 'evidence',
      unknown: 'unknown',
      notEpson: 'not Epson Web Config',
    },
  },
});
