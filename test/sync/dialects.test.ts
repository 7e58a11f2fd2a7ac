/**
 * The dialects without a live server of their kind here: each is checked against request/response
 * fixtures taken from its documented format (react-admin simple REST, PostgREST, JSON:API). A recording
 * fetch stands in for the server: it asserts what was sent and answers what the documentation shows.
 */
import { expect } from '@open-wc/testing';
import { profileConnector } from '../../src/sync/profile.js';
import {
  jsonApiConnector,
  jsonServerConnector,
  PROFILES,
  postgrestConnector,
  simpleRestConnector,
} from '../../src/sync/profiles.js';
import type { Connector, SyncHttpError } from '../../src/sync/types.js';
import { rejection as rejectionOf } from '../support/fixtures.js';
import { recordingFetch } from '../support/recording-fetch.js';

const rejection = (promise: Promise<unknown>) => rejectionOf<SyncHttpError>(promise);

const write = { idempotencyKey: 'key-1' };
const token = async () => ({ Authorization: 'Bearer t0ken' });

describe('simple REST dialect (react-admin convention)', () => {
  it('lists with sort, range and filter and reads the total from Content-Range', async () => {
    const { sent, fetch } = recordingFetch({
      headers: { 'Content-Range': 'posts 0-24/319' },
      body: [{ id: 1, title: 'bar' }],
    });
    const connector = simpleRestConnector({ endpoint: 'https://api.example.cn/api/', fetch, headers: token });
    const result = await connector.list('posts', {
      offset: 0,
      limit: 25,
      sort: [{ field: 'title', order: 'asc' }],
      where: [
        { field: 'title', op: 'eq', value: 'bar' },
        { field: 'updatedAt', op: 'gte', value: '2026-01-01' },
      ],
      total: true,
    });
    expect(result).to.deep.equal({ rows: [{ id: 1, title: 'bar' }], total: 319 });
    const { url, headers } = sent[0]!;
    expect(url.pathname).to.equal('/api/posts');
    expect(url.searchParams.get('sort')).to.equal('["title","ASC"]');
    expect(url.searchParams.get('range')).to.equal('[0,24]');
    expect(JSON.parse(url.searchParams.get('filter')!)).to.deep.equal({ title: 'bar', updatedAt_gte: '2026-01-01' });
    expect(headers.authorization).to.equal('Bearer t0ken');
  });

  it('names the missing Content-Range header and Access-Control-Expose-Headers', async () => {
    const { fetch } = recordingFetch({ body: [] });
    const error = await rejection(
      simpleRestConnector({ endpoint: 'https://x', fetch }).list('posts', { offset: 0, limit: 10, total: true }),
    );
    expect(error.kind).to.equal('protocol');
    expect(error.message).to.contain('Content-Range').and.contain('Access-Control-Expose-Headers: Content-Range');
  });

  it('creates with POST, updates with PUT, deletes with DELETE; sends only CORS-safe headers by default', async () => {
    const { sent, fetch } = recordingFetch(
      { status: 201, body: { id: 'p1', title: 'a' } },
      { body: { id: 'p1', title: 'b' } },
      { body: {} },
    );
    const connector: Connector = simpleRestConnector({ endpoint: 'https://x', fetch });
    await connector.create('posts', 'p1', { title: 'a' }, write);
    await connector.update('posts', 'p1', { title: 'b' }, { ...write, ifMatch: 'W/"1"' });
    expect(sent.map((s) => `${s.method} ${s.url.pathname}`)).to.deep.equal(['POST /posts', 'PUT /posts/p1']);
    expect(sent[0]!.body).to.deep.equal({ title: 'a', id: 'p1' });
    const allowed = ['accept', 'content-type', 'authorization'];
    expect(sent.flatMap((s) => Object.keys(s.headers)).every((h) => allowed.includes(h))).to.equal(true);
  });

  it('sends Idempotency-Key and If-Match once the profile says the server allows them', async () => {
    const { sent, fetch } = recordingFetch(
      { status: 201, body: { id: 'p1', title: 'a' } },
      { body: { id: 'p1', title: 'b' } },
      { body: {} },
    );
    const profile = { ...PROFILES['simple-rest'], headers: { idempotencyKey: true, ifMatch: true } };
    const connector: Connector = profileConnector(profile, { endpoint: 'https://x', fetch });
    await connector.create('posts', 'p1', { title: 'a' }, write);
    await connector.update('posts', 'p1', { title: 'b' }, { ...write, ifMatch: 'W/"1"' });
    await connector.remove('posts', 'p1', write);
    expect(sent.map((s) => `${s.method} ${s.url.pathname}`)).to.deep.equal([
      'POST /posts',
      'PUT /posts/p1',
      'DELETE /posts/p1',
    ]);
    expect(sent[0]!.body).to.deep.equal({ title: 'a', id: 'p1' });
    expect(sent[1]!.headers['if-match']).to.equal('W/"1"');
    expect(sent.every((s) => s.headers['idempotency-key'] === 'key-1')).to.equal(true);
  });
});

describe('PostgREST dialect', () => {
  it('lists with order, limit/offset, operator filters and Prefer: count=exact', async () => {
    const { sent, fetch } = recordingFetch({ headers: { 'Content-Range': '0-24/3573' }, body: [{ id: 7, age: 40 }] });
    const result = await postgrestConnector({ endpoint: 'https://db.example.cn', fetch }).list('people', {
      offset: 30,
      limit: 15,
      sort: [
        { field: 'age', order: 'desc' },
        { field: 'height', order: 'asc' },
      ],
      where: [{ field: 'updatedAt', op: 'gt', value: '2026-11-01T00:00:00.000Z' }],
      total: true,
    });
    expect(result.total).to.equal(3573);
    const { url, headers } = sent[0]!;
    expect(url.searchParams.get('order')).to.equal('age.desc,height.asc');
    expect([url.searchParams.get('limit'), url.searchParams.get('offset')]).to.deep.equal(['15', '30']);
    expect(url.searchParams.get('updatedAt')).to.equal('gt.2026-11-01T00:00:00.000Z');
    expect(headers.prefer).to.equal('count=exact');
  });

  it('treats Content-Range without a count ("0-24/*") as a missing total', async () => {
    const { fetch } = recordingFetch({ headers: { 'Content-Range': '0-24/*' }, body: [] });
    const error = await rejection(
      postgrestConnector({ endpoint: 'https://x', fetch }).list('people', { offset: 0, limit: 25, total: true }),
    );
    expect(error.message).to.contain('Content-Range');
  });

  it('writes through filters on the id with return=representation', async () => {
    const { sent, fetch } = recordingFetch(
      { status: 201, body: [{ id: 'p1', name: 'x' }] },
      { body: [{ id: 'p1', name: 'y' }] },
      { status: 204 },
      { body: [] },
    );
    const connector = postgrestConnector({ endpoint: 'https://x', fetch });
    expect((await connector.create('people', 'p1', { name: 'x' }, write)).record).to.deep.equal({
      id: 'p1',
      name: 'x',
    });
    expect((await connector.update('people', 'p1', { name: 'y' }, write)).record).to.deep.equal({
      id: 'p1',
      name: 'y',
    });
    await connector.remove('people', 'p1', write);
    expect(await connector.get('people', 'nope')).to.equal(undefined);
    expect(sent.map((s) => `${s.method} ${s.url.pathname}${s.url.search}`)).to.deep.equal([
      'POST /people?on_conflict=id',
      'PATCH /people?id=eq.p1',
      'DELETE /people?id=eq.p1',
      'GET /people?id=eq.nope',
    ]);
    // A retried create can never become a duplicate or a manual conflict: it upserts, ignoring the copy.
    expect(sent[0]!.headers.prefer).to.equal('return=representation,resolution=ignore-duplicates');
  });
});

describe('JSON:API dialect', () => {
  const doc = {
    data: [
      { type: 'articles', id: '1', attributes: { title: 'JSON:API paints my bikeshed!', updatedAt: '2026-11-01' } },
    ],
    meta: { total: 42 },
  };

  it('lists with page[offset]/page[limit], sort with "-" for descending, filter[...] and meta.total', async () => {
    const { sent, fetch } = recordingFetch({ body: doc });
    const result = await jsonApiConnector({ endpoint: 'https://x/api', fetch }).list('articles', {
      offset: 10,
      limit: 5,
      sort: [
        { field: 'updatedAt', order: 'desc' },
        { field: 'id', order: 'asc' },
      ],
      where: [
        { field: 'author', op: 'eq', value: '9' },
        { field: 'updatedAt', op: 'gte', value: '2026-01-01' },
      ],
      total: true,
    });
    expect(result).to.deep.equal({
      rows: [{ title: 'JSON:API paints my bikeshed!', updatedAt: '2026-11-01', id: '1' }],
      total: 42,
    });
    const { url, headers } = sent[0]!;
    expect(url.searchParams.get('page[offset]')).to.equal('10');
    expect(url.searchParams.get('page[limit]')).to.equal('5');
    expect(url.searchParams.get('sort')).to.equal('-updatedAt,id');
    expect(url.searchParams.get('filter[author]')).to.equal('9');
    expect(url.searchParams.get('filter[updatedAt][gte]')).to.equal('2026-01-01');
    expect(headers.accept).to.equal('application/vnd.api+json');
  });

  it('says so when meta.total is missing', async () => {
    const { fetch } = recordingFetch({ body: { data: [] } });
    const error = await rejection(
      jsonApiConnector({ endpoint: 'https://x', fetch }).list('articles', { offset: 0, limit: 5, total: true }),
    );
    expect(error.message).to.contain('meta.total');
  });

  it('sends resource objects with type, client id and attributes', async () => {
    const created = { data: { type: 'articles', id: 'a1', attributes: { title: 't' } } };
    const { sent, fetch } = recordingFetch({ status: 201, body: created }, { body: created }, { status: 204 });
    const connector = jsonApiConnector({ endpoint: 'https://x', fetch });
    expect((await connector.create('articles', 'a1', { id: 'a1', title: 't' }, write)).record).to.deep.equal({
      title: 't',
      id: 'a1',
    });
    await connector.update('articles', 'a1', { title: 't' }, write);
    await connector.remove('articles', 'a1', write);
    expect(sent[0]!.body).to.deep.equal(created);
    expect(sent[0]!.headers['content-type']).to.equal('application/vnd.api+json');
    expect(sent.map((s) => `${s.method} ${s.url.pathname}`)).to.deep.equal([
      'POST /articles',
      'PATCH /articles/a1',
      'DELETE /articles/a1',
    ]);
  });
});

describe('json-server dialect and error classes', () => {
  it('names X-Total-Count when the server hides it', async () => {
    const { fetch } = recordingFetch({ body: [] });
    const error = await rejection(
      jsonServerConnector({ endpoint: 'http://127.0.0.1:1', fetch }).list('customers', {
        offset: 0,
        limit: 10,
        total: true,
      }),
    );
    expect(error.message).to.contain('X-Total-Count').and.contain('Access-Control-Expose-Headers');
  });

  it('classifies statuses: retry, conflict, invalid, auth', async () => {
    const kinds: string[] = [];
    for (const status of [500, 503, 429, 408, 409, 412, 400, 422, 401, 403]) {
      const { fetch } = recordingFetch({ status, body: { message: `status ${status}` } });
      const error = await rejection(
        jsonServerConnector({ endpoint: 'http://x', fetch }).update('customers', 'c1', {}, write),
      );
      expect(error.message).to.contain(`status ${status}`);
      kinds.push(error.kind);
    }
    expect(kinds).to.deep.equal([
      'retry',
      'retry',
      'retry',
      'retry',
      'conflict',
      'conflict',
      'invalid',
      'invalid',
      'auth',
      'auth',
    ]);
  });
});
