import { httpOrigin } from '@wcoa/shared/protocol';
import { describe, expect, it } from 'vitest';
import { originPattern, parsePrinterAddress } from '../src/printers/printer-address.ts';

describe('parsePrinterAddress', () => {
  it.each([
    ['192.168.1.20', 'http://192.168.1.20', 'http://192.168.1.20/*'],
    ['  10.0.0.5  ', 'http://10.0.0.5', 'http://10.0.0.5/*'],
    ['https://10.0.0.5', 'https://10.0.0.5', 'https://10.0.0.5/*'],
    [
      'HTTPS://Printer.Local:8443/PRESENTATION/ADVANCED/COMMON/TOP',
      'https://printer.local:8443',
      'https://printer.local/*',
    ],
    ['127.0.0.1:5123', 'http://127.0.0.1:5123', 'http://127.0.0.1/*'],
    ['epson-office', 'http://epson-office', 'http://epson-office/*'],
    ['http://[fe80::1]:8080/', 'http://[fe80::1]:8080', 'http://[fe80::1]/*'],
  ])('%s → %s', (input, origin, pattern) => {
    expect(parsePrinterAddress(input)).toMatchObject({ ok: true, origin, pattern });
  });

  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['ftp://10.0.0.5', 'scheme'],
    ['file:///etc/passwd', 'scheme'],
    ['10.0.0', 'invalid'],
    ['10.0.0.256', 'invalid'],
    ['printer name', 'invalid'],
    ['http://user:pw@10.0.0.5', 'invalid'],
    ['under_score.local', 'invalid'],
  ])('rejects %j as %s', (input, error) => {
    expect(parsePrinterAddress(input)).toEqual({ ok: false, error });
  });
});

describe('origins', () => {
  it('drops the port from a pattern, keeps it in the origin', () => {
    expect(originPattern('http://127.0.0.1:9000')).toBe('http://127.0.0.1/*');
    expect(httpOrigin('http://127.0.0.1:9000/PRESENTATION/HTML/TOP/PRTINFO.HTML')).toBe(
      'http://127.0.0.1:9000',
    );
  });
  it('has no origin for non-web pages', () => {
    expect(httpOrigin('chrome-extension://abc/options.html')).toBeNull();
    expect(httpOrigin('about:blank')).toBeNull();
    expect(httpOrigin(undefined)).toBeNull();
  });
});
