/** Connecting and disconnecting the new elements many times leaves no live query behind. */
import { expect } from '@open-wc/testing';
import Dexie from 'dexie';
import '../../../src/components/activity-log/activity-log.js';
import '../../../src/components/pipeline-board/pipeline-board.js';
import { CountingStore, customer, cycleConnection, uniqueName, until } from '../../support/fixtures.js';

describe('no leaked live queries', () => {
  let store: CountingStore;
  before(async () => {
    store = new CountingStore({ database: uniqueName() });
    await store.import({ customers: [customer('c-1')] });
  });
  after(async () => {
    store.close();
    await Dexie.delete(store.database);
  });

  it('<crm-pipeline-board>: one live query while connected, none after, 50 times', async () => {
    const board = document.createElement('crm-pipeline-board');
    board.store = store;
    await cycleConnection(board, store, 50);
  });

  it('<crm-activity-log>: account and entries queries while connected, none after, 50 times', async () => {
    const log = document.createElement('crm-activity-log');
    log.customerId = 'c-1';
    log.store = store;
    for (let i = 0; i < 50; i++) {
      document.body.append(log);
      await until(() => store.open === 2, 'both queries open');
      log.remove();
      expect(store.open).to.equal(0);
    }
  });
});
