/** The board's move state machine without any element: a real store, the states and notices it goes through. */
import { expect } from '@open-wc/testing';
import { BoardMoves, type BoardNotice } from '../../../src/components/pipeline-board/board-controller.js';
import { DEFAULT_STAGES } from '../../../src/core/funnel.js';
import { deleteStores, freshStore } from '../../support/fixtures.js';

describe('BoardMoves (headless)', () => {
  afterEach(deleteStores);

  async function setup() {
    const store = freshStore();
    const deal = await store.opportunities.put({
      id: 'o',
      customerId: 'c',
      name: 'Deal',
      stage: 'lead',
      amount: 1,
      currency: 'CNY',
    });
    const notices: BoardNotice[] = [];
    const moves = new BoardMoves({
      store: () => store,
      stages: () => DEFAULT_STAGES,
      user: () => 'me',
      lostReasons: () => ['Price'],
      now: () => '2030-01-01T00:00:00.000Z',
      changed: (notice) => notice && notices.push(notice),
    });
    return { store, deal, notices, moves };
  }

  it('pick, arrow right twice, confirm: one write with the history entry', async () => {
    const { store, deal, notices, moves } = await setup();
    moves.pick(deal);
    moves.retarget(1);
    moves.retarget(1);
    expect(moves.state).to.include({ kind: 'picked', target: 'proposal' });
    await moves.confirm();
    expect(moves.state.kind).to.equal('idle');
    expect(notices.map((n) => n.type)).to.deep.equal(['picked', 'target', 'target', 'moved']);
    const saved = (await store.opportunities.get('o'))!;
    expect(saved.stage).to.equal('proposal');
    expect(saved.stageHistory!.at(-1)).to.deep.equal({ stage: 'proposal', at: '2030-01-01T00:00:00.000Z', by: 'me' });
  });

  it('lost asks for a reason, refuses none and one not listed, then writes', async () => {
    const { store, deal, notices, moves } = await setup();
    await moves.request(deal, 'lost');
    expect(moves.state.kind).to.equal('closing');
    await moves.confirm();
    expect(moves.state).to.include({ kind: 'closing', refusal: 'reason-required' });
    moves.setReason('Weather');
    await moves.confirm();
    expect(moves.state).to.include({ refusal: 'reason-not-allowed' });
    expect((await store.opportunities.get('o'))!.stage).to.equal('lead');
    moves.setReason('Price');
    await moves.confirm();
    expect((await store.opportunities.get('o'))!).to.include({ stage: 'lost', lostReason: 'Price' });
    expect(notices.at(-1)).to.include({ type: 'moved', kind: 'lost' });
  });

  it('a stale version ends in a conflict with the current record; apply anyway appends on top', async () => {
    const { store, deal, moves } = await setup();
    await store.opportunities.put({
      ...deal,
      stage: 'qualified',
      stageHistory: [{ stage: 'qualified', at: '2029-12-31T00:00:00.000Z' }],
    });
    await moves.request(deal, 'negotiation');
    expect(moves.state.kind).to.equal('conflict');
    expect(moves.state.kind === 'conflict' && moves.state.current?.stage).to.equal('qualified');
    await moves.applyAnyway();
    const saved = (await store.opportunities.get('o'))!;
    expect(saved.stageHistory!.map((h) => h.stage)).to.deep.equal(['qualified', 'negotiation']);
  });
});
