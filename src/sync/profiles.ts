/**
 * The built-in backend profiles: plain data (see profile.ts). Each says only what its backend does by
 * default; none sends a header its backend's default CORS setup refuses.
 */
import { type BackendProfile, profileConnector } from './profile.js';
import type { Connector, ConnectorOptions } from './types.js';

/** json-server 0.17: `_start/_end`, `X-Total-Count`, `_sort/_order`, `field_gte`; no clock of its own. */
const jsonServer: BackendProfile = {
  name: 'json-server',
  paging: { style: 'start-end' },
  total: { header: 'X-Total-Count' },
  filter: { eq: '{field}={value}', gt: '{field}_gte={value}&{field}_ne={value}', gte: '{field}_gte={value}' },
  sort: { style: 'split', param: '_sort', orderParam: '_order' },
  updatedAt: 'updatedAt',
  timestamps: 'client',
  emptyAsAbsent: false,
};

/** react-admin's simple REST: `range=[0,24]`, `sort=["f","ASC"]`, `filter={json}`, `Content-Range`, PUT. */
const simpleRest: BackendProfile = {
  name: 'simple-rest',
  paging: { style: 'range-json' },
  total: { header: 'Content-Range', headerFormat: 'content-range' },
  filter: { style: 'json', eq: '{field}={value}', gt: '{field}_gt={value}', gte: '{field}_gte={value}' },
  sort: { style: 'json', param: 'sort' },
  update: 'PUT',
  timestamps: 'client',
};

/**
 * PostgREST: `col=eq.v` filters, `order=a.asc`, `limit/offset`, `Prefer: count=exact` answered in
 * `Content-Range`; records addressed by a filter on the id; writes return the row; a conditional PATCH on
 * the base updated-at; a retried create upserts with `on_conflict` and `resolution=ignore-duplicates`;
 * creates go in bulk (a JSON array). PostgREST's CORS allows any request header.
 */
const postgrest: BackendProfile = {
  name: 'postgrest',
  item: 'filter',
  paging: { style: 'offset' },
  total: { header: 'Content-Range', headerFormat: 'content-range', headers: { Prefer: 'count=exact' } },
  filter: { eq: '{field}=eq.{value}', gt: '{field}=gt.{value}', gte: '{field}=gte.{value}', lt: '{field}=lt.{value}' },
  sort: { param: 'order', asc: '{field}.asc', desc: '{field}.desc' },
  naming: 'snake',
  updatedAt: 'updated_at',
  headers: { prefer: true },
  concurrency: 'conditional',
  createRetry: 'ignore-duplicates',
  bulkCreate: true,
  emptyAsAbsent: true,
};

/** JSON:API: resource objects, `page[offset]/page[limit]`, `sort=-a`, `filter[f][gt]`, `meta.total`. */
const jsonApi: BackendProfile = {
  name: 'json-api',
  format: 'json-api',
  paging: { style: 'offset', offset: 'page[offset]', limit: 'page[limit]' },
  total: { body: 'meta.total' },
  filter: { eq: 'filter[{field}]={value}', gt: 'filter[{field}][gt]={value}', gte: 'filter[{field}][gte]={value}' },
  sort: { param: 'sort' },
  timestamps: 'client',
};

/**
 * Django REST Framework: DefaultRouter + ModelViewSet (URLs end in `/`), LimitOffsetPagination
 * (`{count, results}`), django-filter lookups `field__gt`, `ordering=-a,b`, `Authorization: Token …`,
 * snake_case fields, `auto_now` timestamps. With PageNumberPagination, set `paging: { style: 'page' }`.
 */
const drf: BackendProfile = {
  name: 'drf',
  trailingSlash: true,
  listRows: 'results',
  total: { body: 'count' },
  paging: { style: 'offset', offset: 'offset', limit: 'limit' },
  filter: {
    eq: '{field}={value}',
    gt: '{field}__gt={value}',
    gte: '{field}__gte={value}',
    lt: '{field}__lt={value}',
  },
  sort: { param: 'ordering' },
  naming: 'snake',
  updatedAt: 'updated_at',
  auth: 'Token',
  emptyAsAbsent: true,
};

/**
 * Directus: `/items/<collection>`, `{ data, meta }`, `meta=filter_count`, `filter[f][_gt]=`, `sort=-a`,
 * 403 for a missing item, `date_updated` (null until the first update: `date_created` stands in).
 */
const directus: BackendProfile = {
  name: 'directus',
  collection: 'items/{resource}',
  listRows: 'data',
  itemRecord: 'data',
  total: { body: 'meta.filter_count', query: { meta: 'filter_count' } },
  paging: { style: 'offset' },
  filter: {
    eq: 'filter[{field}][_eq]={value}',
    gt: 'filter[{field}][_gt]={value}',
    gte: 'filter[{field}][_gte]={value}',
    lt: 'filter[{field}][_lt]={value}',
  },
  sort: { param: 'sort' },
  updatedAt: 'date_updated',
  createdAt: 'date_created',
  missing: [403, 404],
  idRange: false,
  emptyAsAbsent: true,
};

export const PROFILES = {
  'json-server': jsonServer,
  'simple-rest': simpleRest,
  postgrest,
  'json-api': jsonApi,
  drf,
  directus,
} as const satisfies Record<string, BackendProfile>;

export type Dialect = keyof typeof PROFILES;

/** A built-in profile by name, or an error listing the known ones. */
export function builtInProfile(name: string): BackendProfile {
  const profile = (PROFILES as Record<string, BackendProfile>)[name];
  if (!profile)
    throw new Error(`crm-widgets sync: unknown dialect "${name}" (known: ${Object.keys(PROFILES).join(', ')})`);
  return profile;
}

// The former dialect factories, kept for custom setups that call them.
export const jsonServerConnector = (options: ConnectorOptions): Connector => profileConnector(jsonServer, options);
export const simpleRestConnector = (options: ConnectorOptions): Connector => profileConnector(simpleRest, options);
export const jsonApiConnector = (options: ConnectorOptions): Connector => profileConnector(jsonApi, options);
export const postgrestConnector = (options: ConnectorOptions & { idField?: string }): Connector =>
  profileConnector({ ...postgrest, idField: options.idField ?? 'id' }, options);
