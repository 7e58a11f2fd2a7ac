/**
 * Backends as data. A profile says how a REST backend shapes URLs, lists, filters, sorting, ids, timestamps,
 * deletes, auth and headers; `profileConnector` turns any profile into a Connector. A profile is plain JSON,
 * so a team with another backend writes one instead of code (see the README, "Write your own profile").
 */
import { asRecords, HttpClient, missingTotal } from './http.js';
import {
  type Condition,
  type Connector,
  type ConnectorOptions,
  type ListParams,
  type RemoteRecord,
  SyncHttpError,
  type WriteOptions,
} from './types.js';

export interface BackendProfile {
  /** A name for messages. */
  name?: string;
  /** Base URL of the API; `endpoint` on the provider overrides it. */
  baseUrl?: string;
  /** Collection URL relative to the base: `{resource}` is the resource path (`items/{resource}` for Directus). */
  collection?: string;
  /** End collection and item URLs with `/` (Django: without it a POST is redirected and re-sent as GET). */
  trailingSlash?: boolean;
  /** How one record is addressed: `/things/7` (`path`) or `/things?id=eq.7` (`filter`, PostgREST). */
  item?: 'path' | 'filter';
  /** `json-api`: resource objects `{ type, id, attributes }` in a `data` document. */
  format?: 'plain' | 'json-api';
  /** Where the rows of a list answer are (`results`, `data`); empty: the body is the array. */
  listRows?: string;
  /** Where the record of an item or write answer is (`data`); empty: the body. An array answer gives its first row. */
  itemRecord?: string;
  /** Where the total count is: a header (`X-Total-Count`, or `Content-Range` read as `a-b/total`) or a body path. */
  total?: {
    header?: string;
    headerFormat?: 'count' | 'content-range';
    body?: string;
    /** What to add to a list request to be told the total. */
    query?: Record<string, string>;
    headers?: Record<string, string>;
  };
  /**
   * Paging parameters. The engine pages by "changed since" (keyset), so it always asks for the first page
   * of what is left: a `next` link is never needed.
   */
  paging?: {
    style: 'offset' | 'page' | 'start-end' | 'range-json';
    offset?: string;
    limit?: string;
    page?: string;
    size?: string;
  };
  /**
   * Filter syntax, one template per operator: `name=value` pairs with `{field}` and `{value}` (several pairs
   * joined by `&`). With `style: 'json'`, the names become the keys of one JSON `filter` parameter.
   */
  filter?: { style?: 'params' | 'json'; eq: string; gt: string; gte: string; lt?: string };
  /** Sort syntax: `param` with `asc`/`desc` templates joined by `separator`; `split`: `param` + `orderParam`; `json`: `["field","ASC"]`. */
  sort?: {
    style?: 'param' | 'split' | 'json';
    param: string;
    asc?: string;
    desc?: string;
    separator?: string;
    orderParam?: string;
  };
  /** Remote id field, its type, and whether the server assigns it on create. */
  idField?: string;
  idType?: 'string' | 'number';
  serverIds?: boolean;
  /** Whether ids can be filtered with "greater than" (Directus cannot on string ids: a tie group is walked by offset). */
  idRange?: boolean;
  /** Remote field that changes on every write; `createdAt`: used while it is still null (Directus). */
  updatedAt?: string;
  createdAt?: string;
  /**
   * `server` (default): the server stamps updatedAt and the browser never sends its own clock;
   * `client`: a backend with no clock of its own (json-server) stores the one the client sends.
   */
  timestamps?: 'server' | 'client';
  /**
   * `exact` (default): timestamps are served at the precision they are stored; `ms`: stored finer than served
   * (microseconds served as milliseconds), so "newer than" is asked as ">= next millisecond".
   */
  timestampPrecision?: 'exact' | 'ms';
  /** Field that marks a deleted row, and whether a local delete is pushed as DELETE or as a tombstone PATCH. */
  softDelete?: string;
  deleteStyle?: 'delete' | 'tombstone';
  auth?: 'Bearer' | 'Token' | 'cookie';
  /** Non-simple request headers the backend's CORS setup allows; none by default. */
  headers?: { idempotencyKey?: boolean; ifMatch?: boolean; prefer?: boolean };
  update?: 'PATCH' | 'PUT';
  /** Statuses meaning "no such record" on an item request (Directus answers 403). */
  missing?: number[];
  /** Remote field names: `snake` maps `customerId` <-> `customer_id`. */
  naming?: 'camel' | 'snake';
  /** Read `null` and `""` as an absent field. */
  emptyAsAbsent?: boolean;
  /** Default concurrency check: `conditional` = the write itself carries the base updated-at (PostgREST). */
  concurrency?: 'field' | 'etag' | 'conditional' | 'none';
  /** A retried create: `check` reads the record first; `ignore-duplicates` upserts (PostgREST on_conflict). */
  createRetry?: 'check' | 'ignore-duplicates';
  /** Several creates in one request (a JSON array body). */
  bulkCreate?: boolean;
}

/** A profile's declared value at a dotted path of a body (`meta.filter_count`). */
function at(body: unknown, path: string | undefined): unknown {
  if (!path) return body;
  let value = body;
  for (const key of path.split('.')) value = (value as Record<string, unknown> | undefined)?.[key];
  return value;
}

function fill(template: string, field: string, value: string): [string, string][] {
  return template.split('&').map((pair) => {
    const [name, text = ''] = pair.split(/=(.*)/s);
    return [name!.replaceAll('{field}', field), text.replaceAll('{field}', field).replaceAll('{value}', value)];
  });
}

/** The Connector for a profile. Options (endpoint, token, headers) come from the page. */
export function profileConnector(profile: BackendProfile, options: ConnectorOptions): Connector {
  const allowHeaders = [
    ...(profile.headers?.idempotencyKey ? ['idempotency-key'] : []),
    ...(profile.headers?.ifMatch ? ['if-match'] : []),
    ...(profile.headers?.prefer ? ['prefer'] : []),
  ];
  const http = new HttpClient({ ...options, auth: profile.auth, allowHeaders });
  const slash = profile.trailingSlash ? '/' : '';
  const idField = profile.idField ?? 'id';
  const jsonApi = profile.format === 'json-api';
  const mediaType = jsonApi ? 'application/vnd.api+json' : undefined;
  const missing = profile.missing ?? [404];
  const collection = (path: string) => `${(profile.collection ?? '{resource}').replace('{resource}', path)}${slash}`;
  const byFilter = profile.item === 'filter';
  const itemUrl = (path: string, id: string) =>
    byFilter ? collection(path) : `${collection(path).replace(/\/$/, '')}/${encodeURIComponent(id)}${slash}`;
  const idQuery = (id: string) =>
    byFilter ? new URLSearchParams(fill(profile.filter!.eq, idField, id)) : new URLSearchParams();
  const writeHeaders = (options: WriteOptions, extra: Record<string, string> = {}) => ({
    'Idempotency-Key': options.idempotencyKey,
    ...(options.ifMatch ? { 'If-Match': options.ifMatch } : {}),
    ...extra,
  });
  const typeOf = (path: string) => path.split('/').filter(Boolean).pop()!;
  const toRecord = (value: unknown): RemoteRecord | undefined => {
    if (Array.isArray(value)) return value[0] as RemoteRecord | undefined;
    if (!value || typeof value !== 'object') return undefined;
    if (jsonApi) {
      const resource = value as { id: string; attributes?: RemoteRecord };
      return { ...resource.attributes, [idField]: resource.id };
    }
    return value as RemoteRecord;
  };
  const body = (path: string, id: string | undefined, record: RemoteRecord) => {
    if (!jsonApi) return id === undefined ? record : { ...record, [idField]: id };
    const { [idField]: _omit, ...attributes } = record;
    return { data: { type: typeOf(path), ...(id === undefined ? {} : { id }), attributes } };
  };
  const record = (response: { body: unknown }, what: string): RemoteRecord | undefined => {
    if (response.body === undefined || response.body === '') return undefined;
    const value = at(response.body, jsonApi ? 'data' : profile.itemRecord);
    if (!byFilter && Array.isArray(value)) {
      // A list where one record was expected: the write went to the collection as a GET (a redirect).
      throw new SyncHttpError(
        `${what}: answered with a list instead of the record`,
        0,
        'protocol',
        undefined,
        'redirected',
      );
    }
    return toRecord(value);
  };

  function listQuery({ offset, limit, sort, where, total }: ListParams): URLSearchParams {
    const query = new URLSearchParams();
    const paging = profile.paging ?? { style: 'offset' };
    if (paging.style === 'offset') {
      query.set(paging.offset ?? 'offset', String(offset));
      query.set(paging.limit ?? 'limit', String(limit));
    } else if (paging.style === 'page') {
      query.set(paging.page ?? 'page', String(Math.floor(offset / limit) + 1));
      query.set(paging.size ?? 'page_size', String(limit));
    } else if (paging.style === 'start-end') {
      query.set('_start', String(offset));
      query.set('_end', String(offset + limit));
    } else {
      query.set('range', JSON.stringify([offset, offset + limit - 1]));
    }
    const order = profile.sort;
    if (order && sort?.length) {
      if (order.style === 'split') {
        query.set(order.param, sort.map((s) => s.field).join(','));
        query.set(order.orderParam ?? '_order', sort.map((s) => s.order).join(','));
      } else if (order.style === 'json') {
        query.set(order.param, JSON.stringify([sort[0]!.field, sort[0]!.order.toUpperCase()]));
      } else {
        const term = (s: { field: string; order: string }) =>
          (s.order === 'desc' ? (order.desc ?? '-{field}') : (order.asc ?? '{field}')).replace('{field}', s.field);
        query.set(order.param, sort.map(term).join(order.separator ?? ','));
      }
    }
    const json: Record<string, unknown> = {};
    for (const condition of where ?? []) {
      for (const [name, value] of conditionPairs(condition)) {
        if (profile.filter?.style === 'json') json[name] = condition.value;
        else query.append(name, value);
      }
    }
    if (Object.keys(json).length) query.set('filter', JSON.stringify(json));
    if (total) for (const [name, value] of Object.entries(profile.total?.query ?? {})) query.set(name, value);
    return query;
  }

  function conditionPairs({ field, op, value }: Condition): [string, string][] {
    const template = profile.filter?.[op];
    if (!template) throw new SyncHttpError(`${profile.name ?? 'profile'}: no filter syntax for "${op}"`, 0, 'protocol');
    return fill(template, field, String(value));
  }

  function readTotal(response: { headers: Headers; body: unknown }): number | undefined {
    const spec = profile.total;
    if (!spec) return undefined;
    if (spec.header) {
      const header = response.headers.get(spec.header);
      if (header === null) return undefined;
      const count = Number(spec.headerFormat === 'content-range' ? header.split('/').pop() : header);
      return Number.isNaN(count) ? undefined : count;
    }
    const value = at(response.body, spec.body);
    return typeof value === 'number' ? value : undefined;
  }

  return {
    singleSort: profile.sort?.style === 'json',
    async list(path, params) {
      const response = await http.request('GET', collection(path), {
        query: listQuery(params),
        contentType: mediaType,
        headers: params.total ? profile.total?.headers : undefined,
        signal: params.signal,
      });
      const rowsAt = jsonApi ? 'data' : profile.listRows;
      const value = Array.isArray(response.body) ? response.body : at(response.body, rowsAt);
      const rows = asRecords(value, `GET ${path}`).map((row) => (jsonApi ? toRecord(row)! : row));
      const total = readTotal(response);
      if (total === undefined && params.total && profile.total) {
        throw missingTotal(profile.total.header ?? profile.total.body ?? 'total');
      }
      return { rows, total };
    },
    async get(path, id, signal) {
      const response = await http.request('GET', itemUrl(path, id), {
        query: idQuery(id),
        contentType: mediaType,
        accept: missing,
        signal,
      });
      if (missing.includes(response.status)) return undefined;
      const found = record(response, `GET ${path}`);
      return found ? { record: found, etag: response.headers.get('ETag') ?? undefined } : undefined;
    },
    async create(path, id, fields, options) {
      const upsert = profile.createRetry === 'ignore-duplicates' && id !== undefined;
      const query = upsert ? new URLSearchParams({ on_conflict: idField }) : undefined;
      const prefer = ['return=representation', ...(upsert ? ['resolution=ignore-duplicates'] : [])].join(',');
      const response = await http.request('POST', collection(path), {
        query,
        body: body(path, id, fields),
        contentType: mediaType,
        headers: writeHeaders(options, { Prefer: prefer }),
        signal: options.signal,
      });
      return { record: record(response, `POST ${path}`), etag: response.headers.get('ETag') ?? undefined };
    },
    async update(path, id, patch, options) {
      const query = idQuery(id);
      const base = options.ifUnchangedSince;
      if (base)
        for (const [name, value] of fill(profile.filter!.eq, base.field, String(base.value))) query.append(name, value);
      const response = await http.request(profile.update ?? 'PATCH', itemUrl(path, id), {
        query,
        // PUT replaces the record, so it carries its id; a PATCH carries only the changed fields.
        body: profile.update === 'PUT' || jsonApi ? body(path, id, patch) : patch,
        contentType: mediaType,
        headers: writeHeaders(options, { Prefer: 'return=representation' }),
        accept: missing.filter((s) => s !== 404 || !byFilter),
        signal: options.signal,
      });
      if (missing.includes(response.status)) return { conflict: true };
      const found = record(response, `${profile.update ?? 'PATCH'} ${path}`);
      // A conditional write that matched no row: the record changed (or went) since the base.
      if (byFilter && !found) return { conflict: true };
      return { record: found, etag: response.headers.get('ETag') ?? undefined };
    },
    async remove(path, id, options) {
      // Already gone is what we wanted.
      await http.request('DELETE', itemUrl(path, id), {
        query: idQuery(id),
        contentType: mediaType,
        headers: writeHeaders(options),
        accept: [...missing, 404],
        signal: options.signal,
      });
    },
    ...(profile.bulkCreate
      ? {
          async createMany(path: string, records: RemoteRecord[], options: WriteOptions) {
            const upsert = profile.createRetry === 'ignore-duplicates';
            const response = await http.request('POST', collection(path), {
              query: upsert ? new URLSearchParams({ on_conflict: idField }) : undefined,
              body: records,
              headers: writeHeaders(options, {
                Prefer: `return=representation${upsert ? ',resolution=ignore-duplicates' : ''}`,
              }),
              signal: options.signal,
            });
            return response.body === undefined ? [] : asRecords(response.body, `POST ${path}`);
          },
        }
      : {}),
  };
}
