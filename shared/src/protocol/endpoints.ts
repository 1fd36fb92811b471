import type { z } from 'zod';
import {
  AccountsResponseSchema,
  AppRegistrationResponseSchema,
  ClientsResponseSchema,
  HealthResponseSchema,
  OkResponseSchema,
  PairingCodeResponseSchema,
  PairRequestSchema,
  PairResponseSchema,
  PrinterSeenRequestSchema,
  PrinterSeenResponseSchema,
  PrintersResponseSchema,
  ProbeRequestSchema,
  ProbeResponseSchema,
  type SheetFormat,
  SigninRequestSchema,
  SigninResponseSchema,
  StatusResponseSchema,
  TestMailRequestSchema,
  TestMailResponseSchema,
} from './agent-api.ts';

/**
 * Every endpoint of the agent's HTTP API (DESIGN.md "Agent HTTP API") as data: method, path
 * (Express-style, `:name` for a parameter), the request body's schema and the JSON answer's.
 * The agent's routes, the extension's service worker and the CLI all read this one table, so a
 * path or a shape is never written twice. `response: null` answers something else than JSON
 * (the sheet: HTML or PDF). `cliOnly` endpoints refuse a paired extension's token.
 */
export interface EndpointSpec {
  readonly method: 'GET' | 'POST' | 'DELETE';
  readonly path: string;
  readonly request: z.ZodType | null;
  readonly response: z.ZodType | null;
  readonly cliOnly?: boolean;
}

export const ENDPOINTS = {
  health: { method: 'GET', path: '/v1/health', request: null, response: HealthResponseSchema },
  status: { method: 'GET', path: '/v1/status', request: null, response: StatusResponseSchema },
  appRegistration: {
    method: 'GET',
    path: '/v1/app-registration',
    request: null,
    response: AppRegistrationResponseSchema,
  },
  pairingCodes: {
    method: 'POST',
    path: '/v1/pairing-codes',
    request: null,
    response: PairingCodeResponseSchema,
    cliOnly: true,
  },
  pair: { method: 'POST', path: '/v1/pair', request: PairRequestSchema, response: PairResponseSchema },
  clients: {
    method: 'GET',
    path: '/v1/clients',
    request: null,
    response: ClientsResponseSchema,
    cliOnly: true,
  },
  removeClient: {
    method: 'DELETE',
    path: '/v1/clients/:id',
    request: null,
    response: OkResponseSchema,
    cliOnly: true,
  },
  accounts: { method: 'GET', path: '/v1/accounts', request: null, response: AccountsResponseSchema },
  signin: {
    method: 'POST',
    path: '/v1/accounts/signin',
    request: SigninRequestSchema,
    response: SigninResponseSchema,
  },
  testMail: {
    method: 'POST',
    path: '/v1/test-mail',
    request: TestMailRequestSchema,
    response: TestMailResponseSchema,
  },
  probe: { method: 'POST', path: '/v1/probe', request: ProbeRequestSchema, response: ProbeResponseSchema },
  printersSeen: {
    method: 'POST',
    path: '/v1/printers/seen',
    request: PrinterSeenRequestSchema,
    response: PrinterSeenResponseSchema,
  },
  printers: { method: 'GET', path: '/v1/printers', request: null, response: PrintersResponseSchema },
  /** `?format=html|pdf&lang=…`: the status sheet as HTML or application/pdf. */
  sheet: { method: 'GET', path: '/v1/printers/:id/sheet', request: null, response: null },
} as const satisfies Record<string, EndpointSpec>;

export type Endpoints = typeof ENDPOINTS;
export type EndpointName = keyof Endpoints;

/** What a caller sends to an endpoint (before the agent's defaults apply). */
export type EndpointRequest<E extends EndpointSpec> = E['request'] extends z.ZodType
  ? z.input<E['request']>
  : undefined;
/** What an endpoint answers once its schema has checked it. */
export type EndpointResponse<E extends EndpointSpec> = E['response'] extends z.ZodType
  ? z.infer<E['response']>
  : never;

/** The path's `:name` parameters, by name. */
type ParamsOf<P extends string> = P extends `${string}:${infer Name}/${infer Rest}`
  ? Name | ParamsOf<`/${Rest}`>
  : P extends `${string}:${infer Name}`
    ? Name
    : never;
export type EndpointParams<E extends EndpointSpec> = Record<ParamsOf<E['path']>, string>;

/**
 * The endpoint's path with its parameters filled in (each encoded) and the query given (entries
 * that are undefined left out).
 */
export function endpointPath<E extends EndpointSpec>(
  endpoint: E,
  params: EndpointParams<E>,
  query: Record<string, string | undefined> = {},
): string {
  const values = params as Record<string, string>;
  const path = endpoint.path.replace(/:([A-Za-z]+)/g, (_, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`${endpoint.path}: no value for :${name}`);
    return encodeURIComponent(value);
  });
  const search = Object.entries(query)
    .filter((entry): entry is [string, string] => entry[1] !== undefined)
    .map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`)
    .join('&');
  return search ? `${path}?${search}` : path;
}

/** The status sheet's address: `GET /v1/printers/:id/sheet?format=…&lang=…`. */
export const sheetPath = (id: string, format: SheetFormat, lang?: string): string =>
  endpointPath(ENDPOINTS.sheet, { id }, { format, lang });
