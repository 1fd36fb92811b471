import { near } from '../keywords.ts';
import { foldedTermGroups, type Recogniser, type Refinement } from '../recogniser.ts';
import { CA_ON_DEVICE_CODE } from './identity.ts';
import folded from './terms-folded.json';

/**
 * Microsoft's sentences without their codes, in other words or translated (a client, a browser or a
 * help desk may translate them: pt, es, zh at least), matched by keywords that must occur close
 * together in the folded text. Each 535 5.7.139 sentence is a different cause (FACTS.md §6): with the
 * code they refine its reading (SENTENCES_5_7_139), without it they are rules of their own, ranked
 * below the codes (the most specific code wins) but above the generic "535 Authentication unsuccessful".
 */

/**
 * The sentences' keyword groups in every language, by name: data, written in phrase-terms.json (with
 * notes) and read folded (terms-folded.json, `npm run terms:fold`).
 */
const T = foldedTermGroups(folded.phrase.terms);

const SMTP_AUTH_OFF = { groups: [T.smtpClientAuth, T.disabled], window: 60 };
const BASIC_AUTH_OFF = { groups: [T.basicAuth, T.disabled], window: 50 };
const CREDENTIALS_WRONG = { groups: [T.credentials, T.incorrect], window: 60 };
const DEFAULTS = { groups: [T.securityDefaults], window: 40 };
const CRITERIA_TO_AUTHENTICATE = { groups: [T.criteria, T.toAuthenticate], window: 80 };

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
    keywords: { groups: [T.criteria, T.toAccess], window: 80 },
    causes: ['conditional-access-blocked'],
    confidence: 'likely',
    refine: CA_ON_DEVICE_CODE,
  },
  {
    // "You can't get there from here … a managed/compliant device is required".
    name: 'phrase-managed-device-required',
    kind: 'aadsts',
    weight: 85,
    keywords: { groups: [T.managedDevice, T.needed], window: 120 },
    causes: ['conditional-access-blocked'],
    confidence: 'likely',
    refine: CA_ON_DEVICE_CODE,
  },
  {
    name: 'phrase-user-token-mismatch',
    kind: 'smtp-reply',
    weight: 92,
    keywords: { groups: [T.userTokenMismatch], window: 120 },
    causes: ['token-user-mismatch'],
    confidence: 'likely',
  },
];
