import {
  type ConnectorOptions,
  classifyStatus,
  type RemoteRecord,
  type SyncErrorCode,
  SyncHttpError,
} from './types.js';

export interface HttpResponse {
  status: number;
  headers: Headers;
  body: unknown;
}

export interface RequestOptions {
  query?: URLSearchParams;
  body?: unknown;
  headers?: Record<string, string>;
  contentType?: string;
  /** Statuses that are answers rather than failures (e.g. 404 on a get). */
  accept?: number[];
  signal?: AbortSignal;
}

export interface HttpClientOptions extends ConnectorOptions {
  /** How `token` is sent: `Authorization: Bearer …`, `Authorization: Token …`, or cookies (`credentials: include`). */
  auth?: 'Bearer' | 'Token' | 'cookie';
  /**
   * Request headers beyond the CORS-safe ones (accept, content-type, authorization) that this backend's CORS
   * setup allows; others the connector would add are left out, so the browser never fails the preflight.
   */
  allowHeaders?: readonly string[];
}

/** Headers every default CORS setup allows (django-cors-headers, Directus, PostgREST). */
const CORS_SAFE = new Set(['accept', 'content-type', 'authorization', 'accept-language', 'content-language']);
const DEFAULT_TIMEOUT_MS = 30_000;

/**
 * fetch with per-request headers, a timeout, JSON bodies, and every failure turned into a classified
 * SyncHttpError. Exported for custom connectors.
 */
export class HttpClient {
  private readonly allowed: Set<string>;

  constructor(private readonly options: HttpClientOptions) {
    this.allowed = new Set([...CORS_SAFE, ...(options.allowHeaders ?? []).map((h) => h.toLowerCase())]);
  }

  /** The full URL for a path relative to the endpoint (a path may carry its own trailing slash). */
  url(path: string, query?: URLSearchParams): string {
    const base = this.options.endpoint.replace(/\/+$/, '');
    const text = query?.toString();
    return `${base}/${path.replace(/^\/+/, '')}${text ? `?${text}` : ''}`;
  }

  async request(method: string, path: string, options: RequestOptions = {}): Promise<HttpResponse> {
    const url = this.url(path, options.query);
    const own: Record<string, string> = { accept: options.contentType ?? 'application/json' };
    if (options.body !== undefined) own['content-type'] = options.contentType ?? 'application/json';
    for (const [name, value] of Object.entries(options.headers ?? {})) {
      if (this.allowed.has(name.toLowerCase())) own[name] = value;
    }
    const { token, auth = 'Bearer' } = this.options;
    if (token !== undefined && auth !== 'cookie') {
      own.Authorization = `${auth} ${typeof token === 'function' ? await token() : token}`;
    }
    // The page's own headers are its decision: they are sent as given.
    const headers = { ...own, ...(await this.options.headers?.()) };
    const doFetch = this.options.fetch ?? globalThis.fetch.bind(globalThis);
    const timeoutMs = this.options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    const timeout = AbortSignal.timeout(timeoutMs);
    const signal = options.signal ? AbortSignal.any([options.signal, timeout]) : timeout;
    let response: Response;
    let text: string;
    try {
      response = await doFetch(url, {
        method,
        headers,
        body: options.body === undefined ? undefined : JSON.stringify(options.body),
        signal,
        ...(auth === 'cookie' ? { credentials: 'include' as const } : {}),
      });
      text = await response.text();
    } catch (error) {
      // No answer, or an answer cut off mid-body: the request may or may not have been applied.
      const timedOut = timeout.aborted && !options.signal?.aborted;
      const why = timedOut ? `no answer within ${timeoutMs / 1000} s` : (error as Error).message;
      throw new SyncHttpError(
        `${method} ${url} failed: ${why}`,
        0,
        'retry',
        undefined,
        timedOut ? 'timeout' : 'network',
      );
    }
    if (response.redirected && method !== 'GET') {
      // fetch re-sends a redirected POST/PATCH as a GET: the write was not made (a missing trailing slash).
      throw new SyncHttpError(
        `${method} ${url} was redirected to ${response.url} and re-sent as GET, so nothing was written. ` +
          'Check the URL shape (trailing slash) of the profile.',
        response.status,
        'protocol',
        undefined,
        'redirected',
      );
    }
    let body: unknown;
    try {
      body = text ? JSON.parse(text) : undefined;
    } catch {
      if (response.ok) throw new SyncHttpError(`${method} ${url}: the response is not JSON`, response.status, 'retry');
      body = text;
    }
    if (!response.ok && !options.accept?.includes(response.status)) {
      const kind = classifyStatus(response.status);
      throw new SyncHttpError(
        `${method} ${url}: HTTP ${response.status}${serverMessage(body)}`,
        response.status,
        kind,
        retryAfter(response.headers.get('Retry-After')),
        // A refused read is not a refused change: nothing was sent (a table the server does not have, usually).
        kind === 'invalid' && method === 'GET'
          ? 'read-refused'
          : (STATUS_CODES[kind] ?? (response.status === 429 ? 'rate-limited' : 'server')),
      );
    }
    return { status: response.status, headers: response.headers, body };
  }
}

const STATUS_CODES: Partial<Record<SyncHttpError['kind'], SyncErrorCode>> = {
  auth: 'auth',
  invalid: 'refused',
  protocol: 'protocol',
};

/** Retry-After as seconds or an HTTP date, in ms from now. */
export function retryAfter(header: string | null): number | undefined {
  if (!header) return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const at = Date.parse(header);
  return Number.isNaN(at) ? undefined : Math.max(0, at - Date.now());
}

function serverMessage(body: unknown): string {
  if (typeof body === 'string' && body.trim()) return `: ${body.trim().slice(0, 300)}`;
  if (body && typeof body === 'object') {
    const { message, error, errors, detail } = body as Record<string, unknown>;
    const first = Array.isArray(errors) ? (errors[0] as Record<string, unknown> | undefined) : undefined;
    const text = message ?? error ?? detail ?? first?.detail ?? first?.message ?? first?.title;
    if (text !== undefined) return `: ${String(text)}`;
    return `: ${JSON.stringify(body).slice(0, 300)}`;
  }
  return '';
}

/** A server that does not say the total, or hides it from the browser, is an error, never a guess. */
export function missingTotal(header: string): SyncHttpError {
  return new SyncHttpError(
    `The server sent no ${header} header. If it does send one, the browser can only read it when the server ` +
      `also sends Access-Control-Expose-Headers: ${header}.`,
    0,
    'protocol',
    undefined,
    'missing-total',
  );
}

export function asRecords(body: unknown, what: string): RemoteRecord[] {
  if (!Array.isArray(body)) throw new SyncHttpError(`${what}: expected a JSON array`, 0, 'protocol');
  return body as RemoteRecord[];
}
