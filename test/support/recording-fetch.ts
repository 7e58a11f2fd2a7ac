/**
 * A fetch that records each request and answers with the next recorded response: how the profiles of
 * backends that cannot run here (PostgREST, Directus) are checked against contracts from their documentation.
 */
export interface Sent {
  method: string;
  url: URL;
  headers: Record<string, string>;
  body: unknown;
}

/** A fetch that records each request and answers with the next fixture. */
export function recordingFetch(...responses: { status?: number; headers?: Record<string, string>; body?: unknown }[]) {
  const sent: Sent[] = [];
  const fetch = async (input: RequestInfo | URL, init: RequestInit = {}) => {
    sent.push({
      method: init.method ?? 'GET',
      url: new URL(String(input)),
      headers: Object.fromEntries(Object.entries(init.headers ?? {}).map(([k, v]) => [k.toLowerCase(), String(v)])),
      body: init.body ? JSON.parse(String(init.body)) : undefined,
    });
    const next = responses.shift() ?? { status: 500 };
    return new Response(next.body === undefined ? null : JSON.stringify(next.body), {
      status: next.status ?? 200,
      headers: next.headers,
    });
  };
  return { sent, fetch: fetch as typeof globalThis.fetch };
}
