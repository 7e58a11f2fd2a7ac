import { asRecords, HttpClient, missingTotal } from '../http.js';
import type { Condition, Connector, ConnectorOptions, RemoteRecord } from '../types.js';

/**
 * json-server 0.17: `_start/_end` paging with `X-Total-Count`, `_sort/_order`, `field`, `field_gte`,
 * `field_ne` filters; PATCH for updates. (json-server 1.x changed paging; use a custom connector there.)
 */
export function jsonServerConnector(options: ConnectorOptions): Connector {
  const http = new HttpClient(options);
  const item = (path: string, id: string) => `${path}/${encodeURIComponent(id)}`;
  return {
    async list(path, { offset, limit, sort, where, total }) {
      const query = new URLSearchParams({ _start: String(offset), _end: String(offset + limit) });
      if (sort?.length) {
        query.set('_sort', sort.map((s) => s.field).join(','));
        query.set('_order', sort.map((s) => s.order).join(','));
      }
      for (const condition of where ?? []) appendCondition(query, condition);
      const response = await http.request('GET', path, { query });
      const header = response.headers.get('X-Total-Count');
      if (header === null && total) throw missingTotal('X-Total-Count');
      return { rows: asRecords(response.body, `GET ${path}`), total: header === null ? undefined : Number(header) };
    },
    async get(path, id) {
      const response = await http.request('GET', item(path, id), { accept: [404] });
      if (response.status === 404) return undefined;
      return { record: response.body as RemoteRecord, etag: response.headers.get('ETag') ?? undefined };
    },
    async create(path, id, record, { idempotencyKey }) {
      const response = await http.request('POST', path, {
        body: { ...record, id },
        headers: { 'Idempotency-Key': idempotencyKey },
      });
      return { record: response.body as RemoteRecord, etag: response.headers.get('ETag') ?? undefined };
    },
    async update(path, id, patch, { idempotencyKey, ifMatch }) {
      const headers: Record<string, string> = {
        'Idempotency-Key': idempotencyKey,
        ...(ifMatch ? { 'If-Match': ifMatch } : {}),
      };
      const response = await http.request('PATCH', item(path, id), { body: patch, headers });
      return { record: response.body as RemoteRecord, etag: response.headers.get('ETag') ?? undefined };
    },
    async remove(path, id, { idempotencyKey, ifMatch }) {
      const headers: Record<string, string> = {
        'Idempotency-Key': idempotencyKey,
        ...(ifMatch ? { 'If-Match': ifMatch } : {}),
      };
      // Already gone is what we wanted.
      await http.request('DELETE', item(path, id), { headers, accept: [404] });
    },
  };
}

function appendCondition(query: URLSearchParams, { field, op, value }: Condition): void {
  const text = String(value);
  if (op === 'eq') query.append(field, text);
  else {
    query.append(`${field}_gte`, text);
    if (op === 'gt') query.append(`${field}_ne`, text);
  }
}
