/**
 * A `fetch` that sends requests for mapped hosts (`{ 'api.dropboxapi.com': 'http://127.0.0.1:5001' }`) to a local base
 * URL instead, keeping path, query, method, headers and body. Lets the `direct` gateway (https-only targets) talk to the
 * loopback fakes; unmapped hosts are refused so a test can never reach the network by accident.
 */
export function createHostMappingFetch(hosts: Record<string, string>, baseFetch: typeof fetch = fetch): typeof fetch {
  const map = new Map(Object.entries(hosts).map(([host, url]) => [host.toLowerCase(), url.replace(/\/+$/, '')]));
  const mapped = async (input: string | URL | Request, init?: RequestInit): Promise<Response> => {
    const original = new URL(input instanceof Request ? input.url : input.toString());
    const base = map.get(original.host.toLowerCase()) ?? map.get(original.hostname.toLowerCase());
    if (base === undefined) throw new TypeError(`host-mapping fetch: no local server for ${original.host}`);
    const target = `${base}${original.pathname}${original.search}`;
    return input instanceof Request ? baseFetch(new Request(target, input), init) : baseFetch(target, init);
  };
  return mapped as typeof fetch;
}
