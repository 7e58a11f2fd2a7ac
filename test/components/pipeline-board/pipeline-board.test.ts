/**
 * The pipeline board against real IndexedDB, next to a bound funnel: keyboard-only and drag-and-drop moves
 * show in the funnel's counts and time-in-stage table; lost needs a reason; two tabs moving one deal give one
 * history and a surfaced conflict; axe in each state; 390 px without sideways scrolling.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/components/funnel-chart/funnel-chart.js';
import type { CrmFunnelChart } from '../../../src/components/funnel-chart/funnel-chart.js';
import '../../../src/components/pipeline-board/pipeline-board.js';
import type { CrmPipelineBoard } from '../../../src/components/pipeline-board/pipeline-board.js';
import type { CrmStore } from '../../../src/data/store.js';
import { getStore } from '../../../src/data/store.js';
import { customer, deleteStores, freshStore, uniqueName, until } from '../../support/fixtures.js';
import { tableRows } from '../funnel-chart/helpers.js';

const DAY = 86_400_000;
const ago = (days: number) => new Date(Date.now() - days * DAY).toISOString();

async function seed(store: CrmStore): Promise<void> {
  await store.import({
    customers: [
      customer('c-head'),
      customer('c-sub', { name: '华东能源上海分公司', parentId: 'c-head' }),
      customer('c-other', { name: '其他客户' }),
    ],
    opportunities: [
      {
        id: 'o-1',
        customerId: 'c-sub',
        name: '储能项目',
        stage: 'qualified',
        amount: 10_000_000,
        currency: 'CNY',
        owner: '王磊',
        createdAt: ago(20),
        stageHistory: [
          { stage: 'lead', at: ago(20) },
          { stage: 'qualified', at: ago(10) },
        ],
      },
      {
        id: 'o-2',
        customerId: 'c-head',
        name: '办公网络',
        stage: 'lead',
        amount: 2_000_000,
        currency: 'CNY',
        owner: '陈静',
        createdAt: ago(5),
        stageHistory: [{ stage: 'lead', at: ago(5) }],
      },
      {
        id: 'o-3',
        customerId: 'c-other',
        name: 'Other deal',
        stage: 'lead',
        amount: 1_000_000,
        currency: 'CNY',
        createdAt: ago(3),
      },
    ],
  });
}

const card = (board: CrmPipelineBoard, id: string) =>
  board.shadowRoot!.querySelector<HTMLElement>(`[part~="card"][data-id="${id}"]`);
const column = (board: CrmPipelineBoard, id: string) =>
  board.shadowRoot!.querySelector<HTMLElement>(`[part~="column"][data-stage="${id}"]`);
const inColumn = (board: CrmPipelineBoard, stage: string, id: string) =>
  !!column(board, stage)?.querySelector(`[data-id="${id}"]`);
const announcer = (board: CrmPipelineBoard) => board.shadowRoot!.querySelector('[part="announcer"]')?.textContent ?? '';
const key = (el: HTMLElement, k: string) =>
  el.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true, composed: true }));

async function workspace(store: CrmStore) {
  const root = await fixture(html`<div lang="en">
    <crm-pipeline-board group="c-head" user="王磊" lost-reasons="Price,Competitor,No budget" .store=${store}></crm-pipeline-board>
    <crm-funnel-chart show-table group="c-head" .store=${store}></crm-funnel-chart>
  </div>`);
  const board = root.querySelector('crm-pipeline-board')!;
  const funnel = root.querySelector('crm-funnel-chart') as CrmFunnelChart;
  await until(() => !!card(board, 'o-1') && tableRows(funnel).size > 0, 'board and funnel ready');
  return { board, funnel };
}

describe('<crm-pipeline-board>', () => {
  afterEach(deleteStores);

  it('shows the group deals in stage columns with totals, and leaves other accounts out', async () => {
    const store = freshStore();
    await seed(store);
    const { board } = await workspace(store);
    expect(inColumn(board, 'qualified', 'o-1')).to.equal(true);
    expect(inColumn(board, 'lead', 'o-2')).to.equal(true);
    expect(card(board, 'o-3')).to.equal(null);
    const totals = column(board, 'qualified')!.querySelector('[part="totals"]')!.textContent!;
    expect(totals).to.contain('1 deal');
    // Compact in the column head (read at a glance), exact in its tooltip.
    expect(totals).to.contain('CN¥100K');
    expect(totals).to.contain('weighted CN¥25K'); // weighted at 25%
    const exact = column(board, 'qualified')!.querySelector('[part="totals"]')!.getAttribute('title')!;
    expect(exact).to.equal('1 deal · CN¥100,000.00 · weighted CN¥25,000.00');
    expect(card(board, 'o-1')!.textContent).to.match(/10 d/);
    await expect(board).to.be.accessible();
  });

  it('the selected deal shows its stage path, the current stage marked and earlier ones completed', async () => {
    const store = freshStore();
    await seed(store);
    const { board } = await workspace(store);
    card(board, 'o-1')!.click();
    await until(() => !!board.shadowRoot!.querySelector('crm-stage-path'), 'stage path shown');
    const path = board.shadowRoot!.querySelector('crm-stage-path')!;
    await path.updateComplete;
    const steps = [...path.shadowRoot!.querySelectorAll('li')];
    expect(steps.map((li) => li.querySelector('.label')!.textContent)).to.deep.equal([
      'Lead',
      'Qualified',
      'Proposal',
      'Negotiation',
      'Won',
    ]);
    expect(steps.map((li) => li.getAttribute('aria-current'))).to.deep.equal([null, 'step', null, null, null]);
    expect(steps[0]!.getAttribute('part')).to.equal('step complete');
    await expect(board).to.be.accessible();
  });

  it('a keyboard-only move updates the funnel counts and time in stage, and is announced', async () => {
    const store = freshStore();
    await seed(store);
    const { board, funnel } = await workspace(store);
    const before = tableRows(funnel);
    expect(before.get('proposal')![0]).to.equal('0');
    expect(before.get('qualified')!.at(-1)).to.equal('—');
    const deal = card(board, 'o-1')!;
    deal.focus();
    key(deal, ' ');
    await until(() => announcer(board).includes('picked up'), 'pick-up announced');
    key(deal, 'ArrowRight');
    await until(() => column(board, 'proposal')!.classList.contains('target'), 'proposal is the target');
    key(card(board, 'o-1')!, 'Enter');
    await until(() => inColumn(board, 'proposal', 'o-1'), 'card in proposal');
    await until(() => tableRows(funnel).get('proposal')![0] === '1', 'funnel count followed');
    await until(() => tableRows(funnel).get('qualified')!.at(-1) !== '—', 'time in stage measured');
    expect(tableRows(funnel).get('qualified')!.at(-1)).to.match(/^10(\.\d)? days$/);
    await until(() => announcer(board).includes('moved from Qualified to Proposal'), 'move announced');
    const saved = await store.opportunities.get('o-1');
    expect(saved!.stageHistory!.map((h) => h.stage)).to.deep.equal(['lead', 'qualified', 'proposal']);
    expect(saved!.stageHistory!.at(-1)!.by).to.equal('王磊');
    expect(board.shadowRoot!.activeElement?.getAttribute('data-id')).to.equal('o-1');
  });

  it('drag and drop does the same', async () => {
    const store = freshStore();
    await seed(store);
    const { board, funnel } = await workspace(store);
    const dataTransfer = new DataTransfer();
    card(board, 'o-2')!.dispatchEvent(new DragEvent('dragstart', { dataTransfer, bubbles: true, composed: true }));
    const target = column(board, 'negotiation')!;
    target.dispatchEvent(new DragEvent('dragover', { dataTransfer, bubbles: true, composed: true, cancelable: true }));
    target.dispatchEvent(new DragEvent('drop', { dataTransfer, bubbles: true, composed: true, cancelable: true }));
    await until(() => inColumn(board, 'negotiation', 'o-2'), 'card dropped in negotiation');
    await until(() => tableRows(funnel).get('negotiation')![0] === '1', 'funnel count followed');
    await until(() => tableRows(funnel).get('lead')!.at(-1) !== '—', 'time in lead measured');
    expect(tableRows(funnel).get('lead')!.at(-1)).to.match(/^\d+(\.\d)? days$/);
  });

  it('lost without a reason is refused with a clear message; with one it is recorded, and reopening too', async () => {
    const store = freshStore();
    await seed(store);
    const { board } = await workspace(store);
    card(board, 'o-1')!.click();
    await until(() => !!board.shadowRoot!.querySelector('[data-action="lost"]'), 'actions shown');
    board.shadowRoot!.querySelector<HTMLButtonElement>('[data-action="lost"]')!.click();
    await until(() => !!board.shadowRoot!.querySelector('[data-field="reason"]'), 'reason asked');
    board.shadowRoot!.querySelector<HTMLButtonElement>('[data-action="confirm"]')!.click();
    await until(() => !!board.shadowRoot!.querySelector('#reason-error'), 'refusal shown');
    expect(board.shadowRoot!.querySelector('#reason-error')!.textContent).to.contain('A reason is required');
    expect(board.shadowRoot!.querySelector('[data-field="reason"]')!.getAttribute('aria-invalid')).to.equal('true');
    expect((await store.opportunities.get('o-1'))!.stage).to.equal('qualified');
    await expect(board).to.be.accessible();

    const select = board.shadowRoot!.querySelector<HTMLSelectElement>('[data-field="reason"]')!;
    select.value = 'Competitor';
    select.dispatchEvent(new Event('change'));
    board.shadowRoot!.querySelector<HTMLButtonElement>('[data-action="confirm"]')!.click();
    await until(() => inColumn(board, 'lost', 'o-1'), 'card in lost');
    const lost = (await store.opportunities.get('o-1'))!;
    expect(lost.lostReason).to.equal('Competitor');
    expect(lost.stageHistory!.at(-1)).to.include({ stage: 'lost', reason: 'Competitor' });

    card(board, 'o-1')!.click();
    await until(() => !!board.shadowRoot!.querySelector('[data-action="reopen"]'), 'reopen offered');
    board.shadowRoot!.querySelector<HTMLButtonElement>('[data-action="reopen"]')!.click();
    await until(() => inColumn(board, 'qualified', 'o-1'), 'back in qualified');
    const reopened = (await store.opportunities.get('o-1'))!;
    expect(reopened.lostReason).to.equal(undefined);
    expect(reopened.stageHistory!.at(-1)).to.include({ stage: 'qualified', reason: 'reopened' });
  });

  it('keyboard only into Lost: the reason field takes focus, Escape returns to the card', async () => {
    const store = freshStore();
    await seed(store);
    const { board } = await workspace(store);
    const deal = card(board, 'o-2')!;
    deal.focus();
    key(deal, ' ');
    for (let i = 0; i < 5; i++) key(card(board, 'o-2')!, 'ArrowRight');
    await until(() => column(board, 'lost')!.classList.contains('target'), 'lost is the target');
    key(card(board, 'o-2')!, 'Enter');
    await until(() => board.shadowRoot!.activeElement?.getAttribute('data-field') === 'reason', 'reason focused');
    board.shadowRoot!.activeElement!.dispatchEvent(
      new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }),
    );
    await until(() => board.shadowRoot!.activeElement?.getAttribute('data-id') === 'o-2', 'focus back on the card');
    expect((await store.opportunities.get('o-2'))!.stage).to.equal('lead');
    await until(() => announcer(board).includes('cancelled'), 'cancel announced');
  });

  it('creates an opportunity with checks at each field', async () => {
    const store = freshStore();
    await seed(store);
    const { board } = await workspace(store);
    board.shadowRoot!.querySelector<HTMLButtonElement>('[data-action="new"]')!.click();
    const form = await (async () => {
      await until(
        () => !!board.shadowRoot!.querySelector('crm-opportunity-form')?.shadowRoot?.querySelector('form'),
        'form open',
      );
      return board.shadowRoot!.querySelector('crm-opportunity-form')!;
    })();
    const q = <T extends Element>(s: string) => form.shadowRoot!.querySelector<T>(s)!;
    const amount = q<HTMLInputElement>('[data-field="amount"]');
    amount.value = '12.345';
    amount.dispatchEvent(new Event('input'));
    amount.dispatchEvent(new Event('blur'));
    await until(() => !!form.shadowRoot!.querySelector('#err-amount'), 'amount error');
    expect(q('#err-amount').textContent).to.contain('more decimals');
    q<HTMLButtonElement>('[data-action="save"]').click();
    await until(() => !!form.shadowRoot!.querySelector('#err-name'), 'name required');
    const name = q<HTMLInputElement>('[data-field="name"]');
    name.value = '智慧园区二期';
    name.dispatchEvent(new Event('input'));
    amount.value = '1,250,000.50';
    amount.dispatchEvent(new Event('input'));
    const account = q<HTMLSelectElement>('[data-field="customerId"]');
    account.value = 'c-sub';
    account.dispatchEvent(new Event('change'));
    q<HTMLButtonElement>('[data-action="save"]').click();
    await until(
      () =>
        [...board.shadowRoot!.querySelectorAll('[part~="card"]')].some((c) => c.textContent!.includes('智慧园区二期')),
      'new card shown',
    );
    const created = (await store.opportunities.list()).find((o) => o.name === '智慧园区二期')!;
    expect(created).to.include({
      amount: 125_000_050,
      currency: 'CNY',
      stage: 'lead',
      customerId: 'c-sub',
      owner: '王磊',
    });
    expect(created.stageHistory).to.have.length(1);

    // Edit: the stage is not a form field (moves go through the board); a bad probability is refused in place.
    await until(() => !board.shadowRoot!.querySelector('crm-opportunity-form'), 'form closed');
    card(board, 'o-1')!.click();
    await until(() => !!board.shadowRoot!.querySelector('[data-action="edit"]'), 'edit offered');
    board.shadowRoot!.querySelector<HTMLButtonElement>('[data-action="edit"]')!.click();
    await until(
      () => !!board.shadowRoot!.querySelector('crm-opportunity-form')?.shadowRoot?.querySelector('form'),
      'edit form',
    );
    const edit = board.shadowRoot!.querySelector('crm-opportunity-form')!;
    const e = <T extends Element>(s: string) => edit.shadowRoot!.querySelector<T>(s)!;
    expect(e<HTMLSelectElement>('[data-field="stage"]').disabled).to.equal(true);
    const probability = e<HTMLInputElement>('[data-field="probability"]');
    probability.value = '120';
    probability.dispatchEvent(new Event('input'));
    probability.dispatchEvent(new Event('blur'));
    await until(() => !!edit.shadowRoot!.querySelector('#err-probability'), 'probability refused');
    probability.value = '40';
    probability.dispatchEvent(new Event('input'));
    e<HTMLButtonElement>('[data-action="save"]').click();
    await until(async () => (await store.opportunities.get('o-1'))!.probability === 40, 'edit saved');
    expect((await store.opportunities.get('o-1'))!.stageHistory).to.have.length(2);
  });

  it('two tabs moving the same deal at once: one history, the conflict is surfaced, not lost', async () => {
    const database = uniqueName('board-tabs');
    const here = getStore(database);
    await seed(here);
    const board = await fixture<CrmPipelineBoard>(
      html`<crm-pipeline-board lang="en" .store=${here}></crm-pipeline-board>`,
    );
    await until(() => !!card(board, 'o-1'), 'board ready');
    const frame = document.createElement('iframe');
    frame.srcdoc = `<!doctype html><script type="module">
      import { getStore } from '/src/data/store.ts';
      window.store = getStore(${JSON.stringify(database)});
    </script>`;
    document.body.append(frame);
    const other = frame.contentWindow as Window & { store?: CrmStore };
    await until(() => !!other.store, 'other tab open');
    await other.store!.ready;

    // Picked up here; the other tab moves it to negotiation; then this tab drops it in proposal.
    const deal = card(board, 'o-1')!;
    deal.focus();
    key(deal, ' ');
    const base = (await here.opportunities.get('o-1'))!;
    await other.store!.opportunities.put(
      {
        ...base,
        stage: 'negotiation',
        stageHistory: [...base.stageHistory!, { stage: 'negotiation', at: new Date().toISOString() }],
      },
      { ifUpdatedAt: base.updatedAt },
    );
    await until(() => inColumn(board, 'negotiation', 'o-1'), 'board followed the other tab');
    board.moves.retarget(1); // qualified -> proposal from the picked-up version
    await until(() => (board.moves.state.kind === 'picked' ? board.moves.state.target : '') === 'proposal', 'target');
    const conflicts: unknown[] = [];
    board.addEventListener('crm-deal-conflict', (e) => conflicts.push(e.detail));
    await board.moves.confirm();
    await until(() => !!board.shadowRoot!.querySelector('[part~="conflict"]'), 'conflict shown');
    expect(board.shadowRoot!.querySelector('[part~="conflict"]')!.textContent).to.contain('now in Negotiation');
    expect(conflicts).to.have.length(1);
    let stored = (await here.opportunities.get('o-1'))!;
    expect(stored.stageHistory!.map((h) => h.stage)).to.deep.equal(['lead', 'qualified', 'negotiation']);
    await expect(board).to.be.accessible();

    // Applying mine anyway appends to the one history, on top of theirs.
    board.shadowRoot!.querySelector<HTMLButtonElement>('[data-action="apply-anyway"]')!.click();
    await until(() => inColumn(board, 'proposal', 'o-1'), 'my move applied');
    stored = (await here.opportunities.get('o-1'))!;
    expect(stored.stageHistory!.map((h) => h.stage)).to.deep.equal(['lead', 'qualified', 'negotiation', 'proposal']);

    // Truly at once: both tabs write from the same version; exactly one lands.
    const { applyMove } = await import('../../../src/core/pipeline.js');
    const now = new Date().toISOString();
    const write = (store: CrmStore, to: string) =>
      store.opportunities.put(
        {
          ...stored,
          ...applyMove(stored, to, (board as unknown as { view: { stages: never } }).view.stages, { at: now }),
        },
        { ifUpdatedAt: stored.updatedAt },
      );
    const results = await Promise.allSettled([write(here, 'negotiation'), write(other.store!, 'qualified')]);
    expect(results.filter((r) => r.status === 'fulfilled')).to.have.length(1);
    expect((results.find((r) => r.status === 'rejected') as PromiseRejectedResult).reason.name).to.equal(
      'StaleRecordError',
    );
    stored = (await here.opportunities.get('o-1'))!;
    expect(stored.stageHistory).to.have.length(5);
    frame.remove();
    here.close();
  });

  it('long columns show a page of cards; arrowing past it shows more; a deal in an unknown stage is named', async () => {
    const store = freshStore();
    await store.import({
      customers: [customer('c-1')],
      opportunities: Array.from({ length: 7 }, (_, i) => ({
        id: `d-${i}`,
        customerId: 'c-1',
        name: `Deal ${i}`,
        stage: 'lead',
        amount: 100,
        currency: 'CNY',
        expectedClose: `2027-01-0${i + 1}`,
      })),
    });
    const board = await fixture<CrmPipelineBoard>(
      html`<crm-pipeline-board lang="en" page-size="3" .store=${store}></crm-pipeline-board>`,
    );
    await until(() => !!card(board, 'd-0'), 'board ready');
    expect(column(board, 'lead')!.querySelectorAll('[part~="card"]').length).to.equal(3);
    expect(column(board, 'lead')!.querySelector('[data-more]')!.textContent).to.contain('3 of 7');
    card(board, 'd-2')!.focus();
    key(card(board, 'd-2')!, 'ArrowDown');
    await until(
      () => board.shadowRoot!.activeElement?.getAttribute('data-id') === 'd-3',
      'next page reached by keyboard',
    );
    expect(column(board, 'lead')!.querySelectorAll('[part~="card"]').length).to.equal(6);

    await store.opportunities.put({
      id: 'bad',
      customerId: 'c-1',
      name: 'Bad',
      stage: 'nowhere',
      amount: 1,
      currency: 'CNY',
    });
    await until(() => !!board.shadowRoot!.querySelector('[role="alert"]'), 'error shown');
    expect(board.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.contain('opportunity "bad"');
  });

  it('fits 390 px without sideways scrolling (columns become a list)', async () => {
    const store = freshStore();
    await seed(store);
    const wrapper = await fixture(html`<div class="narrow"></div>`);
    const frameStyle = new CSSStyleSheet();
    frameStyle.replaceSync('.narrow { width: 390px; }');
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, frameStyle];
    const board = document.createElement('crm-pipeline-board');
    board.lang = 'zh-CN';
    board.store = store;
    wrapper.append(board);
    await until(() => !!card(board, 'o-1'), 'board ready');
    const columns = board.shadowRoot!.querySelector<HTMLElement>('[part="columns"]')!;
    expect(columns.scrollWidth).to.be.at.most(columns.clientWidth + 1);
    expect(board.scrollWidth).to.be.at.most(390);
    expect(board.shadowRoot!.textContent).to.contain('商机看板');
    expect(column(board, 'lead')!.querySelector('.column-title')!.textContent).to.equal('线索');
    await expect(board).to.be.accessible();
    document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== frameStyle);
  });
});
