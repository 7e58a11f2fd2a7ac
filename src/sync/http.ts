import { type ConnectorOptions, classifyStatus, type RemoteRecord, SyncHttpError } from './types.js';

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
}

/** fetch with per-request headers, JSON bodies, and every failure turned into a classified SyncHttpError. */
export class HttpClient {
  constructor(private readonly options: ConnectorOptions) {}

  async request(method: string, path: string, options: RequestOptions = {}): Promise<HttpResponse> {
    const base = this.options.endpoint.replace(/\/+$/, '');
    const query = options.query?.toString();
    const url = `${base}/${path.replace(/^\/+/, '')}${query ? `?${query}` : ''}`;
    const headers: Record<string, string> = {
      accept: options.contentType ?? 'application/json',
      ...(options.body === undefined ? {} : { 'content-type': options.contentType ?? 'application/json' }),
      ...(await this.options.headers?.()),
      ...options.headers,
    };
    const doFetch = this.options.fetch ?? globalThis.fetch.bind(globalThis);
    let response: Response;
    let text: string;
    try {
      response = await doFetch(url, {
        method,
        headers,
        body: options.body === undefined ? undefined : JSON.stringify(options.body),
      });
      text = await response.text();
    } catch (error) {
      // No answer, or an answer cut off mid-body: the request may or may not have been applied.
      throw new SyncHttpError(`${method} ${url} failed: ${(error as Error).message}`, 0, 'retry');
    }
    let body: unknown;
    try {
      body = text ? JSON.parse(text) : undefined;
    } catch {
      if (response.ok) throw new SyncHttpError(`${method} ${url}: the response is not JSON`, response.status, 'retry');
      body = text;
    }
    if (!response.ok && !options.accept?.includes(response.status)) {
      throw new SyncHttpError(
        `${method} ${url}: HTTP ${response.status}${serverMessage(body)}`,
        response.status,
        classifyStatus(response.status),
      );
    }
    return { status: response.status, headers: response.headers, body };
  }
}

function serverMessage(body: unknown): string {
  if (typeof body === 'string' && body.trim()) return `: ${body.trim().slice(0, 300)}`;
  if (body && typeof body === 'object') {
    const { message, error, errors } = body as { message?: unknown; error?: unknown; errors?: unknown };
    const detail =
      message ??
      error ??
      (Array.isArray(errors)
        ? ((errors[0] as { detail?: unknown; title?: unknown })?.detail ?? (errors[0] as { title?: unknown })?.title)
        : undefined);
    if (detail !== undefined) return `: ${String(detail)}`;
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
  );
}

export function asRecords(body: unknown, what: string): RemoteRecord[] {
  if (!Array.isArray(body)) throw new SyncHttpError(`${what}: expected a JSON array`, 0, 'protocol');
  return body as RemoteRecord[];
}
