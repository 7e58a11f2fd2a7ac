import { HttpClient } from '../http.js';
import { type Connector, type ConnectorOptions, type RemoteRecord, SyncHttpError } from '../types.js';

const MEDIA_TYPE = 'application/vnd.api+json';

interface ResourceObject {
  type: string;
  id: string;
  attributes?: RemoteRecord;
}

/**
 * JSON:API: resource objects `{ type, id, attributes }`, `page[offset]`/`page[limit]`, `sort=a,-b`,
 * `filter[field]=v` and `filter[field][gt]=v`; the total comes from `meta.total` in the document.
 */
export function jsonApiConnector(options: ConnectorOptions): Connector {
  const http = new HttpClient(options);
  const typeOf = (path: string) => path.split('/').filter(Boolean).pop()!;
  const item = (path: string, id: string) => `${path}/${encodeURIComponent(id)}`;
  const toRecord = (resource: ResourceObject): RemoteRecord => ({ ...resource.attributes, id: resource.id });
  const document = (path: string, id: string, attributes: RemoteRecord) => {
    const { id: _omit, ...rest } = attributes;
    return { data: { type: typeOf(path), id, attributes: rest } };
  };
  const data = (body: unknown, what: string) => {
    const value = (body as { data?: unknown } | undefined)?.data;
    if (value === undefined) throw new SyncHttpError(`${what}: the document has no "data" member`, 0, 'protocol');
    return value;
  };
  const writeHeaders = (key: string, ifMatch?: string): Record<string, string> => ({
    'Idempotency-Key': key,
    ...(ifMatch ? { 'If-Match': ifMatch } : {}),
  });
  return {
    async list(path, { offset, limit, sort, where, total }) {
      const query = new URLSearchParams({ 'page[offset]': String(offset), 'page[limit]': String(limit) });
      if (sort?.length) query.set('sort', sort.map((s) => (s.order === 'desc' ? `-${s.field}` : s.field)).join(','));
      for (const { field, op, value } of where ?? []) {
        query.append(op === 'eq' ? `filter[${field}]` : `filter[${field}][${op}]`, String(value));
      }
      const response = await http.request('GET', path, { query, contentType: MEDIA_TYPE });
      const rows = data(response.body, `GET ${path}`);
      if (!Array.isArray(rows)) throw new SyncHttpError(`GET ${path}: "data" is not an array`, 0, 'protocol');
      const count = (response.body as { meta?: { total?: unknown } }).meta?.total;
      if (typeof count !== 'number' && total) {
        throw new SyncHttpError(
          `GET ${path}: the document has no meta.total, so the number of rows is unknown`,
          0,
          'protocol',
        );
      }
      return { rows: (rows as ResourceObject[]).map(toRecord), total: typeof count === 'number' ? count : undefined };
    },
    async get(path, id) {
      const response = await http.request('GET', item(path, id), { contentType: MEDIA_TYPE, accept: [404] });
      return response.status === 404
        ? undefined
        : { record: toRecord(data(response.body, `GET ${path}`) as ResourceObject) };
    },
    async create(path, id, record, { idempotencyKey }) {
      const response = await http.request('POST', path, {
        body: document(path, id, record),
        contentType: MEDIA_TYPE,
        headers: writeHeaders(idempotencyKey),
      });
      return { record: response.body ? toRecord(data(response.body, `POST ${path}`) as ResourceObject) : undefined };
    },
    async update(path, id, patch, { idempotencyKey, ifMatch }) {
      const response = await http.request('PATCH', item(path, id), {
        body: document(path, id, patch),
        contentType: MEDIA_TYPE,
        headers: writeHeaders(idempotencyKey, ifMatch),
      });
      return { record: response.body ? toRecord(data(response.body, `PATCH ${path}`) as ResourceObject) : undefined };
    },
    async remove(path, id, { idempotencyKey, ifMatch }) {
      await http.request('DELETE', item(path, id), {
        contentType: MEDIA_TYPE,
        headers: writeHeaders(idempotencyKey, ifMatch),
        accept: [404],
      });
    },
  };
}
