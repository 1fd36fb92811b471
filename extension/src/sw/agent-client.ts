import {
  AccountsResponseSchema,
  AGENT_PATHS,
  type ApiErrorCode,
  ApiErrorSchema,
  AppRegistrationResponseSchema,
  HealthResponseSchema,
  PairResponseSchema,
  type PrinterSeenRequest,
  PrintersResponseSchema,
  type ProbeRequest,
  ProbeResponseSchema,
  type SigninRequest,
  SigninResponseSchema,
  StatusResponseSchema,
  sheetPath,
  type TestMailRequest,
  TestMailResponseSchema,
} from '@wcoa/shared/protocol';
import { z } from 'zod';

/** The agent's answer to a page report: its printer id under either name, or just ok. */
const PrinterSeenAnswerSchema = z.looseObject({
  id: z.string().optional(),
  printerId: z.string().optional(),
});

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
 * The agent's HTTP API as the service worker sees it. The browser adds the extension's Origin
 * itself; the token rides in Authorization. Every answer is checked against the shared schema.
 */
export function agentClient(target: AgentTarget, fetchImpl: typeof fetch = fetch) {
  async function call<S extends z.ZodType>(
    schema: S,
    method: 'GET' | 'POST',
    path: string,
    body?: unknown,
  ): Promise<z.infer<S>> {
    const headers: Record<string, string> = { Accept: 'application/json' };
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    if (target.token) headers.Authorization = `Bearer ${target.token}`;
    let response: Response;
    try {
      response = await fetchImpl(`${agentUrl(target.port)}${path}`, {
        method,
        headers,
        body: body === undefined ? undefined : JSON.stringify(body),
        credentials: 'omit',
        cache: 'no-store',
      });
    } catch (error) {
      throw new AgentCallError('agent-down', error instanceof Error ? error.message : String(error));
    }
    const json: unknown = await response.json().catch(() => null);
    if (!response.ok) {
      const parsed = ApiErrorSchema.safeParse(json);
      const code: ApiErrorCode = parsed.success
        ? parsed.data.error.code
        : response.status === 401 || response.status === 403
          ? 'unauthorized'
          : 'internal';
      const message = parsed.success ? parsed.data.error.message : `HTTP ${response.status}`;
      // A rejected token or origin means this browser is not (or no longer) paired.
      const mapped = code === 'unauthorized' || code === 'forbidden-origin' ? 'not-paired' : code;
      throw new AgentCallError(mapped, message, response.status);
    }
    const parsed = schema.safeParse(json);
    if (!parsed.success) throw new AgentCallError('internal', `unexpected answer from ${path}`);
    return parsed.data;
  }

  return {
    health: () => call(HealthResponseSchema, 'GET', AGENT_PATHS.health),
    status: () => call(StatusResponseSchema, 'GET', AGENT_PATHS.status),
    pair: (code: string, name: string) => call(PairResponseSchema, 'POST', AGENT_PATHS.pair, { code, name }),
    accounts: () => call(AccountsResponseSchema, 'GET', AGENT_PATHS.accounts),
    signin: (request: SigninRequest) => call(SigninResponseSchema, 'POST', AGENT_PATHS.signin, request),
    testMail: (request: TestMailRequest) =>
      call(TestMailResponseSchema, 'POST', AGENT_PATHS.testMail, request),
    probe: (request: ProbeRequest) => call(ProbeResponseSchema, 'POST', AGENT_PATHS.probe, request),
    printerSeen: (request: PrinterSeenRequest) =>
      call(PrinterSeenAnswerSchema, 'POST', AGENT_PATHS.printersSeen, request),
    printers: () => call(PrintersResponseSchema, 'GET', AGENT_PATHS.printers),
    appRegistration: () => call(AppRegistrationResponseSchema, 'GET', AGENT_PATHS.appRegistration),
    /** The status sheet's HTML (not JSON): the text itself, or the agent's error as an AgentCallError. */
    sheetHtml: async (printer: string, lang?: string): Promise<string> => {
      const headers: Record<string, string> = { Accept: 'text/html' };
      if (target.token) headers.Authorization = `Bearer ${target.token}`;
      let response: Response;
      try {
        response = await fetchImpl(`${agentUrl(target.port)}${sheetPath(printer, 'html', lang)}`, {
          headers,
          credentials: 'omit',
          cache: 'no-store',
        });
      } catch (error) {
        throw new AgentCallError('agent-down', error instanceof Error ? error.message : String(error));
      }
      const text = await response.text();
      if (response.ok) return text;
      let parsed: ReturnType<typeof ApiErrorSchema.safeParse> | null = null;
      try {
        parsed = ApiErrorSchema.safeParse(JSON.parse(text));
      } catch {
        parsed = null;
      }
      const code: ApiErrorCode = parsed?.success ? parsed.data.error.code : 'internal';
      const mapped = code === 'unauthorized' || code === 'forbidden-origin' ? 'not-paired' : code;
      throw new AgentCallError(
        mapped,
        parsed?.success ? parsed.data.error.message : `HTTP ${response.status}`,
        response.status,
      );
    },
  };
}
export type AgentClient = ReturnType<typeof agentClient>;
