/**
 * Discovery, as login.microsoftonline.com serves it: the OpenID configuration per tenant path
 * (issuer with `{tenantid}` for common/organizations, the tenant's own id otherwise), instance
 * discovery (MSAL asks for it unless the authority is in knownAuthorities) and the signing keys.
 */
import { type Request, type Response, Router } from 'express';
import { aadErrorBody } from '../aadsts.ts';
import { CONSUMER_TENANT_ID } from '../directory.ts';
import type { IdentityState } from '../state.ts';
import type { Signer } from '../tokens.ts';

export function discoveryRoutes(state: IdentityState, signer: Signer, baseUrl: () => string): Router {
  const router = Router();

  router.get('/common/discovery/instance', (_req, res) => {
    const host = new URL(baseUrl()).host;
    res.json({
      tenant_discovery_endpoint: `${baseUrl()}/common/v2.0/.well-known/openid-configuration`,
      'api-version': '1.1',
      metadata: [{ preferred_network: host, preferred_cache: host, aliases: [host] }],
    });
  });

  const keys = (_req: Request, res: Response) => {
    res.json(signer.jwks);
  };
  router.get('/common/discovery/keys', keys);
  router.get('/:tenant/discovery/v2.0/keys', keys);
  router.get('/:tenant/discovery/keys', keys);

  const openidConfiguration = (version: 'v1' | 'v2') => (req: Request<{ tenant: string }>, res: Response) => {
    const path = req.params.tenant;
    const tenant = state.directory.resolveTenant(path);
    if (!tenant) {
      res
        .status(400)
        .json(aadErrorBody(90002, { baseUrl: baseUrl(), now: state.now(), params: { tenant: path } }));
      return;
    }
    const b = baseUrl();
    const issuerTenant =
      tenant.kind === 'tenant'
        ? tenant.tenantId
        : tenant.kind === 'consumers'
          ? CONSUMER_TENANT_ID
          : '{tenantid}';
    const endpointTenant = tenant.kind === 'tenant' ? tenant.tenantId : tenant.path;
    const v = version === 'v2' ? '/v2.0' : '';
    res.json({
      token_endpoint: `${b}/${endpointTenant}/oauth2${v}/token`,
      token_endpoint_auth_methods_supported: ['client_secret_post', 'private_key_jwt', 'client_secret_basic'],
      jwks_uri: `${b}/${endpointTenant}/discovery${v}/keys`,
      response_modes_supported: ['query', 'fragment', 'form_post'],
      subject_types_supported: ['pairwise'],
      id_token_signing_alg_values_supported: ['RS256'],
      response_types_supported: ['code', 'id_token', 'code id_token', 'id_token token'],
      scopes_supported: ['openid', 'profile', 'email', 'offline_access'],
      issuer: version === 'v2' ? `${b}/${issuerTenant}/v2.0` : `https://sts.windows.net/${issuerTenant}/`,
      request_uri_parameter_supported: false,
      userinfo_endpoint: 'https://graph.microsoft.com/oidc/userinfo',
      authorization_endpoint: `${b}/${endpointTenant}/oauth2${v}/authorize`,
      device_authorization_endpoint: `${b}/${endpointTenant}/oauth2${v}/devicecode`,
      http_logout_supported: true,
      frontchannel_logout_supported: true,
      end_session_endpoint: `${b}/${endpointTenant}/oauth2${v}/logout`,
      claims_supported: [
        'sub',
        'iss',
        'cloud_instance_name',
        'cloud_instance_host_name',
        'cloud_graph_host_name',
        'msgraph_host',
        'aud',
        'exp',
        'iat',
        'auth_time',
        'acr',
        'nonce',
        'preferred_username',
        'name',
        'tid',
        'ver',
        'at_hash',
        'c_hash',
        'email',
      ],
      kerberos_endpoint: `${b}/${endpointTenant}/kerberos`,
      tenant_region_scope: tenant.kind === 'tenant' ? 'EU' : null,
      cloud_instance_name: 'microsoftonline.com',
      cloud_graph_host_name: 'graph.windows.net',
      msgraph_host: 'graph.microsoft.com',
      rbac_url: 'https://pas.windows.net',
    });
  };
  router.get('/:tenant/v2.0/.well-known/openid-configuration', openidConfiguration('v2'));
  router.get('/:tenant/.well-known/openid-configuration', openidConfiguration('v1'));
  return router;
}
