/**
 * <crm-opportunity-form> given what page code really passes: a partial object (no id) starts a new deal with
 * its fields filled in, and `{}` is a new, empty deal rather than an exception.
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../../src/components/pipeline-board/opportunity-form.js';
import type { CrmOpportunityForm } from '../../../src/components/pipeline-board/opportunity-form.js';
import type { Opportunity } from '../../../src/data/model.js';
import { customer, deleteStores, freshStore, until } from '../../support/fixtures.js';

const field = (el: CrmOpportunityForm, name: string) =>
  el.shadowRoot!.querySelector<HTMLInputElement>(`[data-field="${name}"]`)!;

describe('crm-opportunity-form with a partial deal', () => {
  it('treats {} as a new, empty deal', async () => {
    const el = await fixture<CrmOpportunityForm>(
      html`<crm-opportunity-form .opportunity=${{}}></crm-opportunity-form>`,
    );
    expect(el.shadowRoot!.querySelector('#form-title')!.textContent).to.equal('New opportunity');
    expect(field(el, 'name').value).to.equal('');
    expect(field(el, 'amount').value).to.equal('');
  });

  it('prefills a new deal from an object without an id, and edits one with an id', async () => {
    const partial: Partial<Opportunity> = { name: '华东能源 扩容', amount: 1_234_500, currency: 'CNY' };
    const el = await fixture<CrmOpportunityForm>(
      html`<crm-opportunity-form .opportunity=${partial}></crm-opportunity-form>`,
    );
    expect(el.shadowRoot!.querySelector('#form-title')!.textContent).to.equal('New opportunity');
    expect(field(el, 'name').value).to.equal('华东能源 扩容');
    expect(field(el, 'amount').value).to.equal('12345.00');
    el.opportunity = { ...partial, id: 'opp-1', stage: 'qualify', customerId: 'c1' } as Opportunity;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('#form-title')!.textContent).to.equal('Edit 华东能源 扩容');
  });
});

describe('crm-opportunity-form on its own (no board passing stages and accounts)', () => {
  afterEach(deleteStores);

  it("offers the store's accounts and stages, starts at the first open stage, and saves a new deal", async () => {
    const store = freshStore();
    await store.import({
      stages: [
        { id: 'lead', name: 'Lead', order: 1, probability: 10, kind: 'open' },
        { id: 'proposal', name: 'Proposal', order: 2, probability: 50, kind: 'open' },
        { id: 'won', name: 'Won', order: 3, probability: 100, kind: 'won' },
      ],
      customers: [customer('c-1', { name: '华东能源' }), customer('c-2', { name: '江南制造' })],
    });
    const el = await fixture<CrmOpportunityForm>(
      html`<crm-opportunity-form lang="en" user="王磊" .store=${store}></crm-opportunity-form>`,
    );
    const options = (name: string) =>
      [...el.shadowRoot!.querySelectorAll<HTMLOptionElement>(`[data-field="${name}"] option`)].map((o) => o.value);
    await until(() => options('customerId').includes('c-2') && options('stage').length > 0, 'choices from the store');
    expect(options('customerId')).to.deep.equal(['', 'c-1', 'c-2']);
    expect(options('stage')).to.deep.equal(['lead', 'proposal']);
    expect(field(el, 'stage').value).to.equal('lead');

    const set = (name: string, value: string) => {
      const input = field(el, name);
      input.value = value;
      input.dispatchEvent(new Event(input instanceof HTMLSelectElement ? 'change' : 'input'));
    };
    set('name', '5G 专网');
    set('amount', '120000');
    set('customerId', 'c-2');
    await el.updateComplete;
    const saved = oneEvent(el, 'crm-deal-save');
    el.shadowRoot!.querySelector<HTMLButtonElement>('[data-action="save"]')!.click();
    const { detail } = await saved;
    expect(detail.created).to.equal(true);
    expect(detail.opportunity).to.include({ customerId: 'c-2', stage: 'lead', amount: 12_000_000, owner: '王磊' });
    expect((await store.opportunities.get(detail.opportunity.id))?.name).to.equal('5G 专网');
  });
});
