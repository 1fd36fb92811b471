import { near } from '../keywords.ts';
import { type Recogniser, type Refinement, terms } from '../recogniser.ts';
import { CA_ON_DEVICE_CODE } from './identity.ts';

/**
 * Microsoft's sentences without their codes, in other words or translated (a client, a browser or a
 * help desk may translate them: pt, es, zh at least), matched by keywords that must occur close
 * together in the folded text. Each 535 5.7.139 sentence is a different cause (FACTS.md §6): with the
 * code they refine its reading (SENTENCES_5_7_139), without it they are rules of their own, ranked
 * below the codes (the most specific code wins) but above the generic "535 Authentication unsuccessful".
 */

/** "SmtpClientAuthentication", "SMTP client authentication", "autenticação SMTP", "SMTP 身份验证". */
const SMTP_CLIENT_AUTH = terms(
  'smtpclientauthentication',
  'smtp client authentication',
  'smtp auth(?:entication)?',
  'autenticação (?:de cliente )?(?:do )?smtp',
  'autenticación (?:de cliente )?(?:del? )?smtp',
  'smtp ?客户端身份验证',
  'smtp ?客户端验证',
  'smtp ?身份验证',
  'smtp ?认证',
);
const BASIC_AUTH = terms(
  'basic auth(?:entication)?',
  'autenticação básica',
  'autenticación básica',
  '基本身份验证',
  '基本认证',
  '基本验证',
);
const DISABLED = terms(
  'disabled',
  'turned off',
  'desativad',
  'desabilitad',
  'desactivad',
  'deshabilitad',
  'inhabilitad',
  '已禁用',
  '禁用',
  '已停用',
  '已关闭',
);
const CREDENTIALS = terms('credentials', 'credenciais', 'credenciales', '凭据', '凭证');
const INCORRECT = terms(
  'incorrect',
  'invalid',
  'wrong',
  'incorret',
  'inválid',
  'errad',
  '不正确',
  '无效',
  '错误',
);
const SECURITY_DEFAULTS = terms(
  'security defaults',
  'padrões de segurança',
  'predefinições de segurança',
  'valores (?:predeterminados|por defecto) de seguridad',
  'configuración (?:predeterminada|por defecto) de seguridad',
  '安全默认值',
  '安全默认设置',
);
/** "did not meet the criteria", translated. */
const CRITERIA = terms(
  "(?:did|does|do)(?: not|n't) meet the criteria",
  'não (?:cumpr|atend|satisf)\\p{L}{0,6} (?:a)?os critérios',
  'no (?:cumpl|satisf)\\p{L}{0,6} (?:con )?los criterios',
  '不符合[^。.]{0,12}(?:条件|标准)',
  '未满足[^。.]{0,12}(?:条件|标准)',
  '不满足[^。.]{0,12}(?:条件|标准)',
);
/** To be authenticated (the SMTP sentence) … */
const TO_AUTHENTICATE = terms('authenticat', 'autenticad', 'autenticar', '身份验证', '验证', '认证');
/** … or to access a resource (Microsoft's sign-in page). */
const TO_ACCESS = terms(
  'access',
  'resource',
  'acesso',
  'aceder',
  'acessar',
  'recurso',
  'acceso',
  'acceder',
  '访问',
  '资源',
);
/** Microsoft's sign-in page when Conditional Access wants a managed or compliant device. */
const MANAGED_DEVICE = terms(
  '(?:managed|compliant|registered|hybrid azure ad joined|entra (?:hybrid )?joined) device',
  'device (?:must|needs to|has to) be (?:managed|compliant|registered)',
  'dispositivo (?:gerenciado|gerido|em conformidade|compatível|registado|registrado)',
  'dispositivo (?:administrado|compatible|conforme|registrado)',
  '受管理的设备',
  '托管设备',
  '合规的设备',
  '合规设备',
  '已注册的设备',
);
const NEEDED = terms(
  'required',
  'requires',
  'must',
  'need',
  "can't get there",
  'cannot get there',
  'obrigatóri',
  'necessári',
  'precisa',
  'exige',
  'requiere',
  'necesari',
  'debe',
  '需要',
  '要求',
  '必须',
);
/** The XOAUTH2 user and the token's account differ, as a client or our agent words it. */
const USER_TOKEN_MISMATCH = terms(
  "user(?: ?name)? (?:does not|doesn't|did not|didn't) match (?:the )?(?:token|signed-in account)",
  'token (?:is |was )?(?:for|issued (?:to|for)) (?:a )?different (?:user|account)',
  'o utilizador não corresponde ao token',
  'o usuário não corresponde ao token',
  'el usuario no coincide con el token',
  '用户与令牌不匹配',
);

const SMTP_AUTH_OFF = { groups: [SMTP_CLIENT_AUTH, DISABLED], window: 60 };
const BASIC_AUTH_OFF = { groups: [BASIC_AUTH, DISABLED], window: 50 };
const CREDENTIALS_WRONG = { groups: [CREDENTIALS, INCORRECT], window: 60 };
const DEFAULTS = { groups: [SECURITY_DEFAULTS], window: 40 };
const CRITERIA_TO_AUTHENTICATE = { groups: [CRITERIA, TO_AUTHENTICATE], window: 80 };

/** The readings of 535 5.7.139 by the sentence that follows the code, in any wording or language. */
export const SENTENCES_5_7_139: readonly Refinement[] = [
  {
    when: near(SMTP_AUTH_OFF.groups, SMTP_AUTH_OFF.window),
    causes: ['smtp-auth-disabled', 'security-defaults-on'],
    confidence: 'certain',
  },
  {
    when: near(DEFAULTS.groups, DEFAULTS.window),
    causes: ['security-defaults-on', 'smtp-auth-disabled'],
    confidence: 'certain',
  },
  {
    when: near(CRITERIA_TO_AUTHENTICATE.groups, CRITERIA_TO_AUTHENTICATE.window),
    causes: ['conditional-access-blocked', 'security-defaults-on', 'mfa-required'],
    confidence: 'likely',
  },
  {
    when: near(BASIC_AUTH_OFF.groups, BASIC_AUTH_OFF.window),
    causes: ['basic-auth-rejected'],
    confidence: 'likely',
  },
  {
    when: near(CREDENTIALS_WRONG.groups, CREDENTIALS_WRONG.window),
    causes: ['credentials-invalid'],
    confidence: 'likely',
  },
];

export const PHRASE_RECOGNISERS: readonly Recogniser[] = [
  {
    name: 'phrase-smtp-auth-disabled',
    kind: 'smtp-reply',
    weight: 88,
    keywords: SMTP_AUTH_OFF,
    causes: ['smtp-auth-disabled', 'security-defaults-on'],
    confidence: 'likely',
  },
  {
    name: 'phrase-basic-auth-disabled',
    kind: 'smtp-reply',
    weight: 88,
    keywords: BASIC_AUTH_OFF,
    causes: ['basic-auth-rejected'],
    confidence: 'likely',
  },
  {
    name: 'phrase-credentials-incorrect',
    kind: 'smtp-reply',
    weight: 88,
    keywords: CREDENTIALS_WRONG,
    causes: ['credentials-invalid'],
    confidence: 'likely',
  },
  {
    name: 'phrase-security-defaults',
    kind: 'smtp-reply',
    weight: 88,
    keywords: DEFAULTS,
    causes: ['security-defaults-on', 'smtp-auth-disabled'],
    confidence: 'likely',
  },
  {
    // 535 5.7.139 "the request did not meet the criteria to be authenticated successfully": legacy
    // sign-in refused by a policy (Conditional Access or security defaults).
    name: 'phrase-criteria-to-authenticate',
    kind: 'smtp-reply',
    weight: 88,
    keywords: CRITERIA_TO_AUTHENTICATE,
    causes: ['conditional-access-blocked', 'security-defaults-on', 'mfa-required'],
    confidence: 'likely',
  },
  {
    // Microsoft's sign-in page without an AADSTS code: "… does not meet the criteria to access this resource".
    name: 'phrase-criteria-to-access',
    kind: 'aadsts',
    weight: 85,
    keywords: { groups: [CRITERIA, TO_ACCESS], window: 80 },
    causes: ['conditional-access-blocked'],
    confidence: 'likely',
    refine: CA_ON_DEVICE_CODE,
  },
  {
    // "You can't get there from here … a managed/compliant device is required".
    name: 'phrase-managed-device-required',
    kind: 'aadsts',
    weight: 85,
    keywords: { groups: [MANAGED_DEVICE, NEEDED], window: 120 },
    causes: ['conditional-access-blocked'],
    confidence: 'likely',
    refine: CA_ON_DEVICE_CODE,
  },
  {
    name: 'phrase-user-token-mismatch',
    kind: 'smtp-reply',
    weight: 92,
    keywords: { groups: [USER_TOKEN_MISMATCH], window: 120 },
    causes: ['token-user-mismatch'],
    confidence: 'likely',
  },
];
