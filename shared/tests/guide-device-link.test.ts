import { describe, expect, it } from 'vitest';
import { findDeviceCode, isMicrosoftVerificationUri } from '../src/guide/index.ts';

/** Attack: a page on the printer's address shows its own "Microsoft sign-in" link. */
describe('isMicrosoftVerificationUri', () => {
  /** Microsoft's own device sign-in addresses, as a page may write them. */
  const MICROSOFT_DEVICE_URIS = [
    'https://microsoft.com/devicelogin',
    'https://www.microsoft.com/devicelogin',
    'https://microsoft.com/link',
    'https://login.microsoft.com/device',
    'https://login.microsoftonline.com/common/oauth2/deviceauth',
    'https://login.microsoftonline.com/contoso.onmicrosoft.com/oauth2/v2.0/deviceauth',
    'https://login.microsoftonline.com/devicelogin',
    'https://aka.ms/devicelogin',
    'https://MICROSOFT.COM/DeviceLogin/',
  ];

  /** Look-alikes, other hosts, other paths and things that are no URL at all. */
  const NOT_MICROSOFT_DEVICE_URIS = [
    'https://evil.example/device',
    'https://evil.example/devicelogin',
    'https://login.microsoftonline.com.evil.example/common/oauth2/deviceauth',
    'https://microsoft.com.evil.example/devicelogin',
    'https://evilmicrosoft.com/devicelogin',
    'https://evil.example/https://microsoft.com/devicelogin',
    'https://microsoft.com@evil.example/devicelogin',
    'https://user:pw@microsoft.com/devicelogin',
    'http://microsoft.com/devicelogin',
    'https://microsoft.com:8443/devicelogin',
    'https://192.168.1.20/device',
    'https://[::1]/devicelogin',
    'https://login.microsoftonline.com/common/oauth2/authorize',
    'https://microsoft.com/devicelogin/../../evil',
    'https://aka.ms/evil',
    'https://learn.microsoft.com/link',
    'javascript:alert(1)//microsoft.com/devicelogin',
    'not a url',
  ];

  it.each(MICROSOFT_DEVICE_URIS)("takes Microsoft's own %s", (uri) => {
    expect(isMicrosoftVerificationUri(uri)).toBe(true);
  });

  it.each(NOT_MICROSOFT_DEVICE_URIS)('refuses %s', (uri) => {
    expect(isMicrosoftVerificationUri(uri)).toBe(false);
  });

  it('takes a host the admin allowed explicitly (the emulators), on its device paths only', () => {
    expect(isMicrosoftVerificationUri('https://127.0.0.1:43121/devicelogin', ['127.0.0.1'])).toBe(true);
    expect(isMicrosoftVerificationUri('https://127.0.0.1:43121/devicelogin')).toBe(false);
    expect(isMicrosoftVerificationUri('https://127.0.0.1:43121/phish', ['127.0.0.1'])).toBe(false);
    expect(isMicrosoftVerificationUri('https://[::1]:4000/devicelogin', ['[::1]'])).toBe(true);
    expect(isMicrosoftVerificationUri('https://127.0.0.2:4000/devicelogin', ['127.0.0.1'])).toBe(false);
  });

  it('a prompt with a hostile link is still read (so the overlay can warn), but is not Microsoft’s', () => {
    const text =
      'Sign in: open https://login.microsoftonline.com.evil.example/common/oauth2/deviceauth and enter K7PQ2XMNB';
    const prompt = findDeviceCode(text);
    expect(prompt?.userCode).toBe('K7PQ2XMNB');
    expect(isMicrosoftVerificationUri(prompt!.verificationUri)).toBe(false);
  });
});
