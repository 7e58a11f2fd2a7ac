import { expect } from '@open-wc/testing';
import {
  type ActivityLike,
  complaintPatch,
  deleteActivity,
  isOpenComplaint,
  isOverdue,
  mayModify,
  reviseActivity,
  timeline,
  upcomingSteps,
} from '../../src/core/activities.js';
import { expectCoreError } from './helpers.js';

const a = (id: string, at: string, fields: Partial<ActivityLike> = {}): ActivityLike => ({
  id,
  customerId: 'c',
  kind: 'call',
  at,
  ...fields,
});
const at = '2026-11-20T08:00:00.000Z';

describe('activity rules', () => {
  it('only the author may edit under the default policy; anyone / none are configurable', () => {
    expect(mayModify({ author: '王磊' }, '王磊', 'author')).to.equal(true);
    expect(mayModify({ author: '王磊' }, '陈静', 'author')).to.equal(false);
    expect(mayModify({ author: '王磊' }, '陈静', 'anyone')).to.equal(true);
    expect(mayModify({ author: '王磊' }, '王磊', 'none')).to.equal(false);
    expectCoreError(
      () => reviseActivity(a('1', at, { author: '王磊' }), {}, '陈静', at, 'author'),
      'illegal-transition',
    );
  });

  it('an edit records who changed which fields; a delete keeps the entry, marked and recorded', () => {
    const edited = reviseActivity(a('1', at, { author: 'x' }), { kind: 'visit' }, 'x', at, 'author');
    expect(edited.revisions).to.deep.equal([{ action: 'edit', by: 'x', at, fields: ['kind'] }]);
    const deleted = deleteActivity(edited, 'x', at, 'author');
    expect(deleted.deletedAt).to.equal(at);
    expect(deleted.revisions!.map((r) => r.action)).to.deep.equal(['edit', 'delete']);
    expect(timeline([deleted])).to.deep.equal([]);
  });

  it('complaints: in progress still counts, resolving needs a note, reopening clears it', () => {
    const complaint = a('1', at, { kind: 'complaint', status: 'open' });
    expect(isOpenComplaint(complaint)).to.equal(true);
    expect(isOpenComplaint({ ...complaint, status: 'in-progress' })).to.equal(true);
    expectCoreError(() => complaintPatch(complaint, { to: 'resolved', at }), 'invalid-input', 'resolution');
    const resolved = complaintPatch(complaint, { to: 'resolved', at, note: '已退款', by: 'x' });
    expect(resolved).to.deep.equal({ status: 'resolved', resolution: { note: '已退款', at, by: 'x' } });
    expect(isOpenComplaint({ ...complaint, ...resolved })).to.equal(false);
    expect(complaintPatch({ ...complaint, ...resolved }, { to: 'open', at }).resolution).to.equal(undefined);
    expectCoreError(() => complaintPatch(a('2', at), { to: 'resolved', at, note: 'x' }), 'illegal-transition');
  });

  it('timeline: newest first by month, filtered by kind and contact; upcoming: my open steps by due date', () => {
    const list = [
      a('1', '2026-10-03T00:00:00.000Z', { contactIds: ['p1'] }),
      a('2', '2026-11-02T00:00:00.000Z', { kind: 'email', contactId: 'p2' }),
      a('3', '2026-11-05T00:00:00.000Z', { nextStep: { text: 's', due: '2026-11-30', owner: 'me' } }),
      a('4', '2026-09-05T00:00:00.000Z', { nextStep: { text: 't', due: '2026-10-01', owner: 'me' } }),
      a('5', '2026-09-06T00:00:00.000Z', { nextStep: { text: 'u', owner: 'me' } }),
      a('6', '2026-09-07T00:00:00.000Z', { nextStep: { text: 'v', due: '2026-01-01', owner: 'me', done: true } }),
    ];
    const groups = timeline(list);
    expect(groups.map((g) => g.month)).to.deep.equal(['2026-11', '2026-10', '2026-09']);
    expect(groups[0]!.entries.map((e) => e.id)).to.deep.equal(['3', '2']);
    expect(timeline(list, { kinds: ['email'] }).flatMap((g) => g.entries.map((e) => e.id))).to.deep.equal(['2']);
    expect(timeline(list, { contactId: 'p2' }).flatMap((g) => g.entries.map((e) => e.id))).to.deep.equal(['2']);
    expect(upcomingSteps(list, 'me').map((e) => e.id)).to.deep.equal(['4', '3', '5']);
    expect(isOverdue(list[3]!.nextStep, '2026-11-20')).to.equal(true);
    expect(isOverdue(list[2]!.nextStep, '2026-11-20')).to.equal(false);
    expect(isOverdue(list[5]!.nextStep, '2026-11-20')).to.equal(false);
  });
});
