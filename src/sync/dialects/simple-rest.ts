import { asRecords, HttpClient, missingTotal } from '../http.js';
import type { Connector, ConnectorOptions, RemoteRecord } from '../types.js';

/**
 * "Simple REST" in react-admin's convention: `GET /posts?sort=["title","ASC"]&range=[0,24]&filter={...}`
 * answered with `Content-Range: posts 0-24/319`; PUT for updates. Filters use react-admin's operator
 * suffixes (`updatedAt_gte`), which the backend must understand. One sort field only.
 */
export function simpleRestConnector(options: ConnectorOptions): Connector & { singleSort: true } {
  const http = new HttpClient(options);
  const item = (path: string, id: string) => `${path}/${encodeURIComponent(id)}`;
  return {
    singleSort: true,
    async list(path, { offset, limit, sort, where, total }) {
      const query = new URLSearchParams({ range: JSON.stringify([offset, offset + limit - 1]) });
      const first = sort?.[0];
      if (first) query.set('sort', JSON.stringify([first.field, first.order.toUpperCase()]));
      const filter: Record<string, unknown> = {};
      for (const { field, op, value } of where ?? []) filter[op === 'eq' ? field : `${field}_${op}`] = value;
      if (Object.keys(filter).length) query.set('filter', JSON.stringify(filter));
      const response = await http.request('GET', path, { query });
      const range = response.headers.get('Content-Range');
      const count = range ? Number(range.split('/').pop()) : undefined;
      if ((count === undefined || Number.isNaN(count)) && total) throw missingTotal('Content-Range');
      return { rows: asRecords(response.body, `GET ${path}`), total: count };
    },
    async get(path, id) {
      const response = await http.request('GET', item(path, id), { accept: [404] });
      return response.status === 404 ? undefined : { record: response.body as RemoteRecord };
    },
    async create(path, id, record, { idempotencyKey }) {
      const response = await http.request('POST', path, {
        body: { ...record, id },
        headers: { 'Idempotency-Key': idempotencyKey },
      });
      return { record: response.body as RemoteRecord };
    },
    async update(path, id, patch, { idempotencyKey, ifMatch }) {
      const headers: Record<string, string> = {
        'Idempotency-Key': idempotencyKey,
        ...(ifMatch ? { 'If-Match': ifMatch } : {}),
      };
      const response = await http.request('PUT', item(path, id), { body: { ...patch, id }, headers });
      return { record: response.body as RemoteRecord };
    },
    async remove(path, id, { idempotencyKey }) {
      await http.request('DELETE', item(path, id), { headers: { 'Idempotency-Key': idempotencyKey }, accept: [404] });
    },
  };
}
