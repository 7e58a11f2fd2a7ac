/**
 * The funnel's view worked out without any DOM: what the element shows for each input (presentational data,
 * an aggregate, a store read in each state), which opportunities a stage drills down to, the error that
 * names a bad deal by id, and the keyboard moves of the stage toolbar.
 */
import { expect } from '@open-wc/testing';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { FunnelFeedController } from '../../../src/components/funnel-chart/funnel-live.js';
import {
  FunnelViewModel,
  type StoreRead,
  stageAfterKey,
  type ViewInputs,
} from '../../../src/components/funnel-chart/funnel-view.js';
import { computeFunnel, type FunnelOpportunity } from '../../../src/core/funnel.js';

/** The controller host the feed asks for; nothing here renders. */
const host: ReactiveControllerHost = {
  addController: (_c: ReactiveController) => undefined,
  removeController: () => undefined,
  requestUpdate: () => undefined,
  updateComplete: Promise.resolve(true),
};

const deal = (id: string, stage: string, amount: number, owner = '王磊'): FunnelOpportunity => ({
  id,
  stage,
  amount,
  currency: 'CNY',
  owner,
});
const deals = [
  deal('d-1', 'won', 100_00),
  deal('d-2', 'negotiation', 200_00),
  deal('d-3', 'proposal', 300_00, '陈静'),
  deal('d-4', 'lead', 400_00),
];

const inputs = (over: Partial<ViewInputs> = {}): ViewInputs => ({
  measure: 'count',
  settings: { currency: 'CNY' },
  data: undefined,
  customers: undefined,
  live: undefined,
  ...over,
});

describe('funnel view (headless)', () => {
  it('computes presentational data with the engine and drills down to the filtered deals of a stage', () => {
    const model = new FunnelViewModel(new FunnelFeedController(host));
    const view = model.compute(inputs({ data: deals, settings: { currency: 'CNY', owner: '王磊' } }));
    expect(view.kind).to.equal('ready');
    if (view.kind !== 'ready') return;
    expect(view.result.totals.count).to.equal(3);
    expect(view.result.stages.map((row) => row.count)).to.deep.equal(
      computeFunnel(
        deals.filter((d) => d.owner === '王磊'),
        {},
      ).stages.map((row) => row.count),
    );
    expect(view.drill('won')).to.deep.equal(['d-1']);
    expect(view.drill('proposal')).to.deep.equal([]);
    expect(view.filters.map((f) => f.key)).to.deep.equal(['owner']);
    expect(view.defaultStages).to.equal(true);
  });

  it('shows an aggregate as given, drilling down to its own opportunity ids', () => {
    const model = new FunnelViewModel(new FunnelFeedController(host));
    const aggregate = { ...computeFunnel(deals, {}), opportunityIds: { lead: ['x-1', 'x-3'] } };
    const view = model.compute(inputs({ data: aggregate }));
    expect(view.kind).to.equal('ready');
    if (view.kind === 'ready') {
      expect(view.drill('lead')).to.deep.equal(['x-1', 'x-3']);
      expect(view.drill('won')).to.deep.equal([]);
    }
  });

  it('names the attribute at fault, and a bad deal by its id', () => {
    const model = new FunnelViewModel(new FunnelFeedController(host));
    const measure = model.compute(inputs({ data: deals, measure: 'volume' }));
    expect(measure).to.deep.include({ kind: 'error', retry: false });
    expect((measure as { message: string }).message).to.contain('measure');
    const bad = model.compute(inputs({ data: [deals[0]!, { ...deals[1]!, amount: 1.5 }] }));
    expect(bad.kind).to.equal('error');
    expect((bad as { message: string }).message).to.contain('(opportunity "d-2")');
    const notData = model.compute(inputs({ data: { nope: true } as never }));
    expect((notData as { message: string }).message).to.match(/^data: must be a list/);
  });

  it('follows the store read: loading, a read error with retry, then the owner funnel from the index read', () => {
    const model = new FunnelViewModel(new FunnelFeedController(host));
    const read = (over: Partial<StoreRead>): StoreRead => ({
      status: 'pending',
      value: undefined,
      error: undefined,
      store: undefined,
      ...over,
    });
    expect(model.compute(inputs({ live: read({}) }))).to.deep.equal({ kind: 'loading' });
    expect(model.compute(inputs({ live: read({ status: 'error', error: new Error('disk full') }) }))).to.deep.equal({
      kind: 'error',
      message: 'disk full',
      retry: true,
    });
    const owned = deals.filter((d) => d.owner === '王磊');
    const value = { stages: [], opportunities: owned as never, customers: undefined };
    const view = model.compute(inputs({ live: read({ status: 'complete', value }) }));
    expect(view.kind).to.equal('ready');
    if (view.kind === 'ready') expect(view.drill('negotiation')).to.deep.equal(['d-2']);
  });

  it('moves the stage focus with arrows, Home and End, wrapping at both ends, and ignores other keys', () => {
    expect(stageAfterKey('ArrowDown', 0, 5)).to.equal(1);
    expect(stageAfterKey('ArrowRight', 4, 5)).to.equal(0);
    expect(stageAfterKey('ArrowUp', 0, 5)).to.equal(4);
    expect(stageAfterKey('ArrowLeft', 2, 5)).to.equal(1);
    expect(stageAfterKey('Home', 3, 5)).to.equal(0);
    expect(stageAfterKey('End', 0, 5)).to.equal(4);
    expect(stageAfterKey('Enter', 2, 5)).to.equal(undefined);
  });
});
