/** `crm-widgets/sync`: keep the local store in step with a REST backend. */
export { jsonApiConnector } from './dialects/json-api.js';
export { jsonServerConnector } from './dialects/json-server.js';
export { postgrestConnector } from './dialects/postgrest.js';
export { simpleRestConnector } from './dialects/simple-rest.js';
export * from './engine.js';
export * from './queue.js';
export * from './types.js';
