import { isIP } from 'node:net';

/**
 * Top-level names that never resolve on the public internet (RFC 6761, RFC 6762, RFC 8375, RFC 9476, ICANN's
 * .internal): a host under them can only reach the machine the sync runs on or its private network.
 */
const privateTopLevels = new Set(['localhost', 'local', 'internal', 'intranet', 'lan', 'home', 'corp', 'arpa', 'alt']);

const label = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;
const topLevel = /^(?:[a-z]{2,63}|xn--[a-z0-9-]{1,59})$/;

/**
 * Why `host` is not an allowed entry of sync.json `hosts`, or undefined when it is one: a lower-case DNS name of
 * public shape (two or more labels of a-z, 0-9 and inner hyphens, an alphabetic top-level name that is not a private
 * one), with no scheme, path, port or trailing dot, and no IP address in any spelling. The gateway sends the
 * connection's credentials to these hosts, so nothing that names this machine or a private network may pass.
 */
export function hostNameProblem(host: string): string | undefined {
  const bracketless = host.replace(/^\[(.*)\]$/, '$1');
  if (isIP(bracketless) !== 0) return `expected a host name, not an IP address (${host})`;
  if (/^[a-z0-9.-]+:\d+$/i.test(host)) {
    return `expected a host name without a port (${host}): the gateway only sends https to the default port`;
  }
  if (!/^[a-z0-9.-]+$/.test(host) || host.length > 253) {
    return 'expected a lower-case host name such as api.example.com, without scheme, path, port or spaces';
  }
  const labels = host.split('.');
  if (labels.length < 2) {
    return `expected a public host name such as api.example.com, not a single label like ${JSON.stringify(host)}`;
  }
  if (labels.some((part) => !label.test(part))) {
    return `expected a host name made of labels of a-z, 0-9 and inner hyphens, 1-63 characters each (${JSON.stringify(host)})`;
  }
  const last = labels[labels.length - 1]!;
  if (/^[0-9]+$/.test(last) || /^0x[0-9a-f]*$/.test(last)) {
    return `expected a host name, not an IP address (${host})`;
  }
  if (!topLevel.test(last)) return `expected a host name ending in an alphabetic top-level name (${host})`;
  if (privateTopLevels.has(last)) {
    return `expected a public host name; .${last} names this machine or a private network (${host})`;
  }
  return undefined;
}
