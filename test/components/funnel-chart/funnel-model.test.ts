import { expect } from '@open-wc/testing';
import {
  FunnelConfigError,
  groupMembers,
  InvalidJson,
  jsonAttribute,
  parseList,
  parseMode,
  parsePeriod,
  prepareFunnel,
} from '../../../src/components/funnel-chart/funnel-model.js';
import { DEFAULT_STAGES } from '../../../src/core/funnel.js';

const configError = (fn: () => unknown, source: string, text: string) => {
  try {
    fn();
  } catch (error) {
    expect(error).to.be.instanceOf(FunnelConfigError);
    expect((error as FunnelConfigError).source).to.equal(source);
    expect((error as Error).message).to.contain(text);
    return;
  }
  expect.fail(`expected a FunnelConfigError on ${source}`);
};

describe('funnel settings', () => {
  it('reads periods as inclusive dates: quarter, month, year, day and open or closed ranges', () => {
    expect(parsePeriod('2026-Q4', undefined)).to.deep.equal({
      from: '2026-10-01',
      to: '2026-12-31',
      field: 'createdAt',
    });
    expect(parsePeriod('2026-q1', 'expected-close')).to.deep.equal({
      from: '2026-01-01',
      to: '2026-03-31',
      field: 'expectedClose',
    });
    expect(parsePeriod('2028-02', undefined)).to.deep.equal({
      from: '2028-02-01',
      to: '2028-02-29',
      field: 'createdAt',
    });
    expect(parsePeriod('2026', undefined)).to.deep.equal({ from: '2026-01-01', to: '2026-12-31', field: 'createdAt' });
    expect(parsePeriod('2026-11-15', undefined)).to.deep.equal({
      from: '2026-11-15',
      to: '2026-11-15',
      field: 'createdAt',
    });
    expect(parsePeriod('2026-10-01/2026-12-31', undefined)).to.deep.equal({
      from: '2026-10-01',
      to: '2026-12-31',
      field: 'createdAt',
    });
    expect(parsePeriod('2026-10-01/', undefined)).to.deep.equal({ from: '2026-10-01', field: 'createdAt' });
    expect(parsePeriod(' /2026-12-31', undefined)).to.deep.equal({ to: '2026-12-31', field: 'createdAt' });
    expect(parsePeriod('  ', undefined)).to.equal(undefined);
    configError(() => parsePeriod('2026-13', undefined), 'period', 'no month 13');
    configError(() => parsePeriod('2026-02-30', undefined), 'period', '"2026-02-30" is not a date');
    configError(() => parsePeriod('2026-12-31/2026-01-01', undefined), 'period', 'starts (2026-12-31) after it ends');
    configError(() => parsePeriod('/', undefined), 'period', 'expected 2026-Q4');
    configError(() => parsePeriod('2026', 'closed'), 'period-field', 'expected created or expected-close');
  });

  it('reads lists, modes and JSON attributes', () => {
    expect(parseList(' 王磊, 陈静 ,,')).to.deep.equal(['王磊', '陈静']);
    expect(parseList('')).to.equal(undefined);
    expect(parseMode(undefined)).to.equal('any-stage');
    expect(parseMode('any')).to.equal('any-stage');
    expect(parseMode('strict')).to.equal('strict');
    configError(() => parseMode('loose'), 'mode', 'expected strict or any');
    expect(jsonAttribute.fromAttribute('{"asOf":"2026-01-01","rates":{}}')).to.deep.equal({
      asOf: '2026-01-01',
      rates: {},
    });
    expect(jsonAttribute.fromAttribute('[1,')).to.be.instanceOf(InvalidJson);
    expect(jsonAttribute.fromAttribute(null)).to.equal(undefined);
  });

  it('takes configured stages first, then the store table, then the default pipeline', () => {
    const stored = [{ id: 'open', name: 'Open', order: 1, probability: 50, kind: 'open' as const }];
    expect(prepareFunnel({}, undefined, undefined).stages).to.equal(DEFAULT_STAGES);
    expect(prepareFunnel({}, undefined, undefined).defaultStages).to.equal(true);
    expect(prepareFunnel({}, stored, undefined).stages).to.equal(stored);
    const configured = [{ id: 'x', order: 1, probability: 10, kind: 'open' }];
    expect(prepareFunnel({ stages: configured }, stored, undefined).stages).to.equal(configured);
    configError(() => prepareFunnel({ stages: { id: 'x' } }, stored, undefined), 'stages', 'must be a list');
    configError(
      () => prepareFunnel({ rates: new InvalidJson('{', 'bad') }, stored, undefined),
      'rates',
      'not valid JSON',
    );
  });

  it('parses the target in major units of the reporting currency', () => {
    expect(prepareFunnel({ target: '1234.5', currency: 'usd' }, undefined, undefined).options.target).to.deep.equal({
      amount: 123450,
      currency: 'USD',
    });
    configError(() => prepareFunnel({ target: 'lots' }, undefined, undefined), 'target', 'is not an amount in CNY');
  });

  it('finds a group with every level of subsidiaries, and reports an unknown group', () => {
    const customers = [
      { id: 'g' },
      { id: 'g-1', parentId: 'g' },
      { id: 'g-1-1', parentId: 'g-1' },
      { id: 'h' },
      { id: 'h-1', parentId: 'h' },
    ];
    expect([...groupMembers(customers, ['g'])].sort()).to.deep.equal(['g', 'g-1', 'g-1-1']);
    expect([...groupMembers(customers, ['g-1', 'h'])].sort()).to.deep.equal(['g-1', 'g-1-1', 'h', 'h-1']);
    configError(() => groupMembers(customers, ['nope']), 'group', 'no customer "nope"');
  });
});
