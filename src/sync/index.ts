/** `crm-widgets/sync`: keep the local store in step with a REST backend. */
export * from './engine.js';
export { asRecords, HttpClient, type HttpResponse, missingTotal, type RequestOptions } from './http.js';
export { ResolvedMapping } from './mapping.js';
export { type BackendProfile, profileConnector } from './profile.js';
export {
  builtInProfile,
  jsonApiConnector,
  jsonServerConnector,
  PROFILES,
  postgrestConnector,
  simpleRestConnector,
} from './profiles.js';
export type { QuarantinedRow } from './quarantine.js';
export * from './queue.js';
export * from './types.js';
