import { expect } from '@open-wc/testing';
import { computeFunnel, DEFAULT_STAGES, type FunnelOpportunity } from '../../src/core/funnel.js';
import { applyMove, daysInStage, moveKind, moveRefusal, reopenStage } from '../../src/core/pipeline.js';
import { expectCoreError } from './helpers.js';

const deal = (fields: Partial<FunnelOpportunity> = {}): FunnelOpportunity => ({
  id: 'o',
  stage: 'qualified',
  amount: 100,
  currency: 'CNY',
  createdAt: '2026-01-01T00:00:00.000Z',
  stageHistory: [
    { stage: 'lead', at: '2026-01-01T00:00:00.000Z' },
    { stage: 'qualified', at: '2026-01-11T00:00:00.000Z' },
  ],
  ...fields,
});
const at = '2026-01-21T00:00:00.000Z';
const stage = (id: string) => DEFAULT_STAGES.find((s) => s.id === id)!;

describe('pipeline stage moves', () => {
  it('a move appends one entry, so the funnel measures the time spent in the stage left', () => {
    const before = deal();
    const patch = applyMove(before, 'proposal', DEFAULT_STAGES, { at, by: '王磊' });
    expect(patch.stageHistory).to.have.length(3);
    expect(patch.stageHistory.at(-1)).to.deep.equal({ stage: 'proposal', at, by: '王磊' });
    const funnel = computeFunnel([{ ...before, ...patch }]);
    const qualified = funnel.stages.find((s) => s.stage === 'qualified')!;
    expect(qualified.time.medianDays).to.equal(10);
    expect(funnel.stages.find((s) => s.stage === 'proposal')!.count).to.equal(1);
  });

  it('a deal without history gets its current stage from its creation first', () => {
    const patch = applyMove(deal({ stageHistory: undefined }), 'proposal', DEFAULT_STAGES, { at });
    expect(patch.stageHistory.map((h) => h.stage)).to.deep.equal(['qualified', 'proposal']);
  });

  it('won and lost need a reason; lost reasons may be limited', () => {
    expect(moveRefusal(deal(), 'lost', DEFAULT_STAGES)).to.equal('reason-required');
    expect(moveRefusal(deal(), 'won', DEFAULT_STAGES, { reason: '  ' })).to.equal('reason-required');
    expect(moveRefusal(deal(), 'lost', DEFAULT_STAGES, { reason: 'Weather', lostReasons: ['Price'] })).to.equal(
      'reason-not-allowed',
    );
    expectCoreError(() => applyMove(deal(), 'lost', DEFAULT_STAGES, { at }), 'invalid-input', 'reason');
    const lost = applyMove(deal(), 'lost', DEFAULT_STAGES, { at, reason: 'Price', lostReasons: ['Price'] });
    expect(lost).to.include({ stage: 'lost', lostReason: 'Price', wonReason: undefined });
    expect(lost.stageHistory.at(-1)).to.include({ reason: 'Price' });
  });

  it('a closed deal is reopened (recorded) before it can close the other way', () => {
    const lost = { ...deal(), ...applyMove(deal(), 'lost', DEFAULT_STAGES, { at, reason: 'Price' }) };
    expect(moveRefusal(lost, 'won', DEFAULT_STAGES, { reason: 'x' })).to.equal('closed');
    expectCoreError(() => applyMove(lost, 'won', DEFAULT_STAGES, { at, reason: 'x' }), 'illegal-transition');
    expect(reopenStage(lost, DEFAULT_STAGES).id).to.equal('qualified');
    expect(moveKind(stage('lost'), stage('qualified'))).to.equal('reopen');
    const reopened = applyMove(lost, 'qualified', DEFAULT_STAGES, { at: '2026-02-01T00:00:00.000Z' });
    expect(reopened.lostReason).to.equal(undefined);
    expect(reopened.stageHistory.at(-1)).to.include({ stage: 'qualified', reason: 'reopened' });
  });

  it('refuses the same stage, an unknown stage and a bad time', () => {
    expect(moveRefusal(deal(), 'qualified', DEFAULT_STAGES)).to.equal('same-stage');
    expectCoreError(() => applyMove(deal(), 'nowhere', DEFAULT_STAGES, { at }), 'unknown-stage');
    expectCoreError(() => applyMove(deal(), 'proposal', DEFAULT_STAGES, { at: 'yesterday' }), 'invalid-date');
  });

  it('age in stage counts from the last entry into the current stage', () => {
    expect(daysInStage(deal(), Date.parse('2026-01-15T12:00:00.000Z'))).to.equal(4);
    expect(daysInStage(deal({ stageHistory: [], createdAt: undefined }), Date.now())).to.equal(null);
  });
});
