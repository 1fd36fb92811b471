/**
 * The OAuth endpoints: device authorization and token. Form-encoded in, JSON out, errors in
 * Microsoft's shape with Retry-After on 429/503.
 */
import { type Response, Router, urlencoded } from 'express';
import { aadErrorBody } from '../aadsts.ts';
import type { AuthCodeFlows } from '../auth-code.ts';
import type { DeviceFlows } from '../device-flow.ts';
import type { IdentityState, Outcome } from '../state.ts';

type Form = Record<string, string | undefined>;

function send(res: Response, outcome: Outcome<unknown>): void {
  res.set('Cache-Control', 'no-store, no-cache');
  if ('retryAfterSec' in outcome && outcome.retryAfterSec !== undefined) {
    res.set('Retry-After', String(outcome.retryAfterSec));
  }
  res.status(outcome.status).json(outcome.body);
}

function form(body: unknown): Form {
  return body && typeof body === 'object' ? (body as Form) : {};
}

export function oauthRoutes(
  state: IdentityState,
  devices: DeviceFlows,
  authCode: AuthCodeFlows,
  baseUrl: () => string,
): Router {
  const router = Router();
  router.use(urlencoded({ extended: false }));

  router.post('/:tenant/oauth2/v2.0/devicecode', (req, res) => {
    const f = form(req.body);
    send(
      res,
      devices.start(req.params.tenant, {
        client_id: f.client_id,
        scope: f.scope,
        client_secret: f.client_secret,
      }),
    );
  });

  router.post('/:tenant/oauth2/v2.0/token', async (req, res) => {
    const f = form(req.body);
    const tenant = req.params.tenant;
    // MSAL sends the correlation id as a query parameter or header; echo it as Entra does.
    const correlation =
      (typeof req.query['client-request-id'] === 'string' ? req.query['client-request-id'] : undefined) ??
      req.get('client-request-id');
    const common = { client_id: f.client_id, client_secret: f.client_secret, client_request_id: correlation };
    // The grant decides who redeems it; what each answers goes back as it is.
    const redeem = () => {
      switch (f.grant_type) {
        case 'device_code':
        case 'urn:ietf:params:oauth:grant-type:device_code':
          return devices.redeem(tenant, { ...common, grant_type: f.grant_type, device_code: f.device_code });
        case 'authorization_code':
          return authCode.redeem(tenant, {
            ...common,
            code: f.code,
            redirect_uri: f.redirect_uri,
            code_verifier: f.code_verifier,
          });
        case 'refresh_token':
          return state.redeemRefreshToken(tenant, {
            ...common,
            refresh_token: f.refresh_token,
            scope: f.scope,
          });
        case undefined:
        case '':
          return {
            status: 400,
            body: aadErrorBody(900144, {
              baseUrl: baseUrl(),
              now: state.now(),
              params: { parameter: 'grant_type' },
            }),
          };
        default:
          return { status: 400, body: aadErrorBody(70003, { baseUrl: baseUrl(), now: state.now() }) };
      }
    };
    send(res, await redeem());
  });
  return router;
}
