import { asRecords, HttpClient, missingTotal } from '../http.js';
import type { Connector, ConnectorOptions, RemoteRecord } from '../types.js';

/**
 * PostgREST: `col=eq.v` / `gt.` / `gte.` filters, `order=a.asc,b.asc`, `limit`/`offset`,
 * `Prefer: count=exact` answered with `Content-Range: 0-24/3573`; writes ask for `return=representation`.
 */
export function postgrestConnector(options: ConnectorOptions & { idField?: string }): Connector {
  const http = new HttpClient(options);
  const idField = options.idField ?? 'id';
  const byId = (id: string) => new URLSearchParams({ [idField]: `eq.${id}` });
  const first = (body: unknown, what: string) => asRecords(body, what)[0];
  return {
    async list(path, { offset, limit, sort, where, total }) {
      const query = new URLSearchParams({ limit: String(limit), offset: String(offset) });
      if (sort?.length) query.set('order', sort.map((s) => `${s.field}.${s.order}`).join(','));
      for (const { field, op, value } of where ?? []) query.append(field, `${op}.${value}`);
      const response = await http.request('GET', path, { query, headers: total ? { Prefer: 'count=exact' } : {} });
      const range = response.headers.get('Content-Range');
      const count = range?.includes('/') ? Number(range.split('/').pop()) : undefined;
      if ((count === undefined || Number.isNaN(count)) && total) throw missingTotal('Content-Range');
      return { rows: asRecords(response.body, `GET ${path}`), total: count };
    },
    async get(path, id) {
      const response = await http.request('GET', path, { query: byId(id) });
      const record = first(response.body, `GET ${path}`);
      return record ? { record } : undefined;
    },
    async create(path, id, record, { idempotencyKey }) {
      const response = await http.request('POST', path, {
        body: { ...record, [idField]: id },
        headers: { Prefer: 'return=representation', 'Idempotency-Key': idempotencyKey },
      });
      return { record: first(response.body, `POST ${path}`) };
    },
    async update(path, id, patch, { idempotencyKey, ifMatch }) {
      const response = await http.request('PATCH', path, {
        query: byId(id),
        body: patch,
        headers: {
          Prefer: 'return=representation',
          'Idempotency-Key': idempotencyKey,
          ...(ifMatch ? { 'If-Match': ifMatch } : {}),
        },
      });
      return { record: first(response.body, `PATCH ${path}`) as RemoteRecord | undefined };
    },
    async remove(path, id, { idempotencyKey }) {
      await http.request('DELETE', path, { query: byId(id), headers: { 'Idempotency-Key': idempotencyKey } });
    },
  };
}
