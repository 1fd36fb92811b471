import {
  AgentReplyError,
  type AgentTransport,
  AgentUnreachableError,
  type ApiErrorCode,
  callEndpoint,
  ENDPOINTS,
  type PrinterSeenRequest,
  type ProbeRequest,
  requestEndpoint,
  type SigninRequest,
  type TestMailRequest,
} from '@wcoa/shared/protocol';

/** A failure talking to the agent, with the code the UI explains (agent-down, not-paired, …). */
export class AgentCallError extends Error {
  constructor(
    readonly code: ApiErrorCode,
    message: string,
    readonly status?: number,
  ) {
    super(message);
    this.name = 'AgentCallError';
  }
}

export interface AgentTarget {
  port: number;
  /** The pairing's bearer token; absent before pairing. */
  token?: string | null;
}

export function agentUrl(port: number): string {
  return `http://127.0.0.1:${port}`;
}

/**
 * What the UI is told about a failed call: no agent answering is `agent-down`; a rejected token or
 * origin means this browser is not (or no longer) paired; any other refusal keeps the agent's code.
 */
function asCallError(error: unknown): unknown {
  if (error instanceof AgentUnreachableError) return new AgentCallError('agent-down', error.message);
  if (!(error instanceof AgentReplyError)) return error;
  const code = error.code === 'unauthorized' || error.code === 'forbidden-origin' ? 'not-paired' : error.code;
  return new AgentCallError(code, error.message, error.status);
}

/**
 * The agent's HTTP API as the service worker sees it: the endpoints of the shared table, every
 * answer checked against its schema. The browser adds the extension's Origin itself; the token
 * rides in Authorization.
 */
export function agentClient(target: AgentTarget, fetchImpl: typeof fetch = fetch) {
  const transport: AgentTransport = {
    baseUrl: agentUrl(target.port),
    token: target.token,
    init: { credentials: 'omit', cache: 'no-store' },
    // Called through a wrapper: a browser's fetch refuses to run with another `this`.
    fetch: (input, init) => fetchImpl(input, init),
  };
  const failing = (error: unknown): never => {
    throw asCallError(error);
  };
  const e = ENDPOINTS;
  return {
    health: () => callEndpoint(transport, e.health, {}).catch(failing),
    status: () => callEndpoint(transport, e.status, {}).catch(failing),
    pair: (code: string, name: string) =>
      callEndpoint(transport, e.pair, { body: { code, name } }).catch(failing),
    accounts: () => callEndpoint(transport, e.accounts, {}).catch(failing),
    signin: (request: SigninRequest) => callEndpoint(transport, e.signin, { body: request }).catch(failing),
    testMail: (request: TestMailRequest) =>
      callEndpoint(transport, e.testMail, { body: request }).catch(failing),
    probe: (request: ProbeRequest) => callEndpoint(transport, e.probe, { body: request }).catch(failing),
    printerSeen: (request: PrinterSeenRequest) =>
      callEndpoint(transport, e.printersSeen, { body: request }).catch(failing),
    printers: () => callEndpoint(transport, e.printers, {}).catch(failing),
    appRegistration: () => callEndpoint(transport, e.appRegistration, {}).catch(failing),
    /** The status sheet's HTML (not JSON): the text itself, or the agent's error as an AgentCallError. */
    sheetHtml: (printer: string, lang?: string): Promise<string> =>
      requestEndpoint(
        transport,
        e.sheet,
        { params: { id: printer }, query: { format: 'html', lang } },
        'text/html',
      ).then((response) => response.text(), failing),
  };
}
export type AgentClient = ReturnType<typeof agentClient>;
