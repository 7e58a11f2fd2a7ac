/**
 * A real REST backend for the sync tests: json-server 0.17.4 on 127.0.0.1 (a temporary copy of `data`)
 * behind the fault proxy of servers.mjs, both started and stopped through test-runner server commands.
 */
import { executeServerCommand } from '@web/test-runner-commands';

export interface Fault {
  kind: 'status' | 'delay' | 'drop-after-commit' | 'reset-mid-body';
  status?: number;
  ms?: number;
  times?: number;
  method?: string;
  path?: string;
  bodyIncludes?: string;
  message?: string;
  /** Extra response headers (e.g. Retry-After) for a `status` fault. */
  headers?: Record<string, string>;
}

export interface LoggedRequest {
  method: string;
  url: string;
  idempotencyKey: string | null;
  status: number | string;
  /** When the proxy received it (ms since the epoch). */
  at: number;
}

const servers = (payload: Record<string, unknown>) =>
  executeServerCommand<unknown, Record<string, unknown>>('servers', payload);

export class TestBackend {
  private constructor(
    /** json-server itself: what the tests use to act as "another client" and to read the server's truth. */
    readonly serverUrl: string,
    /** The proxy in front of it: what the sync engine talks to. */
    readonly url: string,
    private readonly ids: string[],
  ) {}

  static async start(
    data: Record<string, unknown[]>,
    options: { ifMatch?: boolean; memory?: boolean } = {},
  ): Promise<TestBackend> {
    const server = (await servers({ action: 'start-json-server', data, memory: options.memory ?? false })) as {
      id: string;
      url: string;
    };
    const proxy = (await servers({ action: 'start-proxy', target: server.url, ifMatch: options.ifMatch ?? false })) as {
      id: string;
      url: string;
    };
    return new TestBackend(server.url, proxy.url, [proxy.id, server.id]);
  }

  faults(...faults: Fault[]): Promise<unknown> {
    return servers({ action: 'faults', id: this.ids[0], faults });
  }

  clearFaults(): Promise<unknown> {
    return servers({ action: 'clear-faults', id: this.ids[0] });
  }

  async log(): Promise<LoggedRequest[]> {
    return (await servers({ action: 'log', id: this.ids[0] })) as LoggedRequest[];
  }

  clearLog(): Promise<unknown> {
    return servers({ action: 'clear-log', id: this.ids[0] });
  }

  /** The server's records, read from json-server directly. */
  async records(resource: string): Promise<Record<string, unknown>[]> {
    return (await fetch(`${this.serverUrl}/${resource}`)).json();
  }

  /** Another client's write, straight to json-server. */
  async patch(resource: string, id: string, patch: Record<string, unknown>): Promise<void> {
    const response = await fetch(`${this.serverUrl}/${resource}/${id}`, {
      method: 'PATCH',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(patch),
    });
    if (!response.ok) throw new Error(`PATCH ${resource}/${id}: ${response.status}`);
  }

  async stop(): Promise<void> {
    for (const id of this.ids) await servers({ action: 'stop', id });
  }
}
