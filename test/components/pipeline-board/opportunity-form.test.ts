/**
 * <crm-opportunity-form> given what page code really passes: a partial object (no id) starts a new deal with
 * its fields filled in, and `{}` is a new, empty deal rather than an exception.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/components/pipeline-board/opportunity-form.js';
import type { CrmOpportunityForm } from '../../../src/components/pipeline-board/opportunity-form.js';
import type { Opportunity } from '../../../src/data/model.js';

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
