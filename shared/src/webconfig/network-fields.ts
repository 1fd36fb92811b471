import { foldedLabelKeys } from './lexicon-match.ts';
import type { NetworkFields } from './page-model.ts';
import type { Row } from './rows.ts';
import { shownValue } from './rows.ts';
import { fold, IPV4, MAC, SUBNET_MASK } from './text.ts';

/**
 * Network fields (Network Status, and the network table of the basic Product Status page).
 * The tokens IP, DNS, MAC, SSID and IPv6 stay untranslated in every language, and the values
 * have shapes of their own (dotted quads, masks, MAC addresses); label lexicons fill the rest.
 * The first occurrence wins: the wired/Wi-Fi table comes before the Wi-Fi Direct one.
 */
export interface NetworkReading {
  network: NetworkFields;
  /** Every row of the network table, as shown (label → value). */
  raw: Record<string, string>;
  /** Only the rows about the network (by token or label), for pages that show more than that. */
  rawUsed: Record<string, string>;
}

const IPV6_VALUE = /^[0-9A-Fa-f:]+(?:\/\d{1,3})?$/;
const EMPTY_IPV6 = /^::(?:\/0)?$/;

const NETWORK_TOKEN = /(?:^|[^A-Za-z])(?:IP|IPv4|IPv6|DNS|MAC|SSID)(?:[^A-Za-z]|$)/;
const NETWORK_KEYS = ['deviceName', 'connection', 'subnetMask', 'gateway'] as const;
type NetworkKey = (typeof NETWORK_KEYS)[number];

/**
 * The NETWORK_KEYS the label is a synonym of: the label folded once and looked up once per key, not
 * folded again for each question the row's reading asks (on a cold first call each costs).
 */
function networkKeysOf(label: string): NetworkKey[] {
  return foldedLabelKeys(fold(label), NETWORK_KEYS);
}

/** The element or an ancestor has an id naming Wi-Fi Direct (any case): one look by the browser. */
const WIFI_DIRECT = '[id*="wfd" i], [id*="wifidirect" i]';

function inWifiDirect(el: Element): boolean {
  return el.closest(WIFI_DIRECT) !== null;
}

export function readNetworkFields(rows: Row[]): NetworkReading {
  const network: NetworkFields = {};
  const raw: Record<string, string> = {};
  const rawUsed: Record<string, string> = {};
  const dns: string[] = [];
  const ipv6: string[] = [];

  let label = '';
  let value = '';
  const set = (key: keyof NetworkFields & string, shown: string) => {
    if (network[key] === undefined && shown) {
      network[key] = shown;
      rawUsed[label] = value;
    }
  };

  for (const row of rows) {
    if (row.controls.some((c) => c.kind !== 'text')) continue;
    // Wi-Fi Direct is the printer's own access point, not its place on the network.
    if (inWifiDirect(row.element)) continue;
    label = row.label;
    value = shownValue(row);
    // A label seen before belongs to a later table (Wi-Fi Direct): the first one wins.
    if (label in raw) continue;
    raw[label] = value;
    const keys = networkKeysOf(label);
    // A row about the printer's place on the network, whatever its value (placeholders included).
    if (NETWORK_TOKEN.test(label) || keys.length > 0) rawUsed[label] = value;
    const hasIpv6 = /IPv6/i.test(label);
    const hasDns = /DNS/i.test(label);
    if (hasIpv6) {
      if (IPV6_VALUE.test(value) && value.includes(':') && !EMPTY_IPV6.test(value) && !hasDns) {
        ipv6.push(value);
        rawUsed[label] = value;
      }
      continue;
    }
    if (keys.includes('deviceName') || (!hasDns && /^EPSON[0-9A-F]{6}$/.test(value))) {
      set('deviceName', value);
    } else if (keys.includes('connection')) {
      set('connection', value);
    } else if (/MAC/.test(label) && MAC.test(value)) {
      set('macAddress', value.toUpperCase());
    } else if (/^SSID$/i.test(label)) {
      set('ssid', value);
    } else if (hasDns) {
      // Primary then secondary, in page order.
      if (IPV4.test(value)) {
        dns.push(value);
        rawUsed[label] = value;
      }
    } else if (IPV4.test(value)) {
      if (keys.includes('subnetMask') || (SUBNET_MASK.test(value) && !/\bIP\b/i.test(label))) {
        set('subnetMask', value);
      } else if (keys.includes('gateway')) {
        set('gateway', value);
      } else if (/(?:^|[^A-Za-z])IP(?:[^A-Za-z]|$)/.test(label) && network.ipAddress === undefined) {
        set('ipAddress', value);
      } else if (network.ipAddress !== undefined && network.subnetMask !== undefined) {
        set('gateway', value);
      }
    }
  }
  if (dns.length) network.dns = dns;
  if (ipv6.length) network.ipv6 = ipv6;
  return { network, raw, rawUsed };
}
