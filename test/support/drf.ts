/**
 * A real Django REST Framework backend for the sync tests (test/support/drf_app.py, Debian's packages), behind
 * the fault proxy in pass-through CORS mode: the browser meets DRF's own CORS policy, and the proxy counts
 * every request (including during an outage, when DRF itself is stopped).
 */
import { executeServerCommand } from '@web/test-runner-commands';
import type { LoggedRequest } from './backend.js';

const servers = (payload: Record<string, unknown>) =>
  executeServerCommand<unknown, Record<string, unknown>>('servers', payload);

export class DrfBackend {
  private constructor(
    /** DRF itself: "another client" and the server's truth. */
    readonly serverUrl: string,
    /** The proxy in front of it: what the widgets talk to. */
    readonly url: string,
    readonly token: string,
    private readonly drfId: string,
    private readonly proxyId: string,
  ) {}

  static async start(): Promise<DrfBackend> {
    const drf = (await servers({ action: 'start-drf' })) as { id: string; url: string; token: string };
    const proxy = (await servers({ action: 'start-proxy', target: drf.url, passCors: true })) as {
      id: string;
      url: string;
    };
    return new DrfBackend(drf.url, proxy.url, drf.token, drf.id, proxy.id);
  }

  /** The API base URL as a page would configure it. */
  get api(): string {
    return `${this.url}/api/`;
  }

  private async call(method: string, path: string, body?: unknown): Promise<Response> {
    const response = await fetch(`${this.serverUrl}${path}`, {
      method,
      headers: { authorization: `Token ${this.token}`, 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
    return response;
  }

  /** Every row of a resource, straight from DRF. */
  async records(resource: string): Promise<Record<string, unknown>[]> {
    const body = await (await this.call('GET', `/api/${resource}/?limit=10000&ordering=id`)).json();
    return body.results;
  }

  /** Another client's write. */
  async patch(resource: string, id: string | number, patch: Record<string, unknown>): Promise<void> {
    await this.call('PATCH', `/api/${resource}/${id}/`, patch);
  }

  async create(resource: string, record: Record<string, unknown>): Promise<Record<string, unknown>> {
    return (await this.call('POST', `/api/${resource}/`, record)).json();
  }

  /** Rows inserted as they are (ids and timestamps chosen), as another system writing to the database would. */
  async insert(model: string, rows: Record<string, unknown>[]): Promise<void> {
    await this.call('POST', '/_test/rows/', { model, rows });
  }

  /** Stops the DRF process (its data stays) / starts it again on the same port. */
  pause(): Promise<unknown> {
    return servers({ action: 'pause', id: this.drfId });
  }

  resume(): Promise<unknown> {
    return servers({ action: 'resume', id: this.drfId });
  }

  async log(): Promise<LoggedRequest[]> {
    return (await servers({ action: 'log', id: this.proxyId })) as LoggedRequest[];
  }

  clearLog(): Promise<unknown> {
    return servers({ action: 'clear-log', id: this.proxyId });
  }

  async stop(): Promise<void> {
    await servers({ action: 'stop', id: this.proxyId });
    await servers({ action: 'stop', id: this.drfId });
  }
}
