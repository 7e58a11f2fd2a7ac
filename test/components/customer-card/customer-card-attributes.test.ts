import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/components/customer-card/customer-card.js';
import '../../../src/components/tier-badge/tier-badge.js';
import type { CrmCustomerCard } from '../../../src/components/customer-card/customer-card.js';
import type { CrmTierBadge } from '../../../src/components/tier-badge/tier-badge.js';
import { until } from '../../support/fixtures.js';
import { dataset, NOW } from './card-fixtures.js';

const customer = dataset.customers[1]!;
const alert = (el: Element) => el.shadowRoot!.querySelector('[role="alert"]')?.textContent?.trim() ?? '';

describe('bad attribute values are reported, naming the attribute', () => {
  it('<crm-customer-card> no-contact-days="-5" and now="not a date", in English and Chinese', async () => {
    const card = await fixture<CrmCustomerCard>(
      html`<crm-customer-card .customer=${customer} now=${NOW} no-contact-days="-5" lang="en"></crm-customer-card>`,
    );
    await until(() => alert(card) !== '', 'an alert');
    expect(alert(card)).to.equal(
      'The card could not be shown: no-contact-days="-5" is not a number of days; use a whole number of 0 or more, such as 30',
    );
    card.setAttribute('no-contact-days', '30');
    card.setAttribute('now', 'not a date');
    await until(() => alert(card).includes('now='), 'the now problem');
    expect(alert(card)).to.contain('now="not a date" is not a date');
    card.lang = 'zh-CN';
    await until(() => alert(card).startsWith('无法显示客户卡片'), 'Chinese');
    expect(alert(card)).to.contain('now="not a date" 不是日期');
    // Fixed, the card shows again.
    card.setAttribute('now', NOW);
    await until(() => alert(card) === '' && !!card.shadowRoot!.querySelector('[part~="header"]'), 'card shown');
  });

  it('<crm-tier-badge> scheme="nonsense" says the scheme is unknown (not the tier), even with hide-name', async () => {
    const badge = await fixture<CrmTierBadge>(
      html`<crm-tier-badge tier="A1" scheme="nonsense" hide-name lang="en"></crm-tier-badge>`,
    );
    await badge.updateComplete;
    const base = badge.shadowRoot!.querySelector('[part="base"]')!;
    const message = 'scheme="nonsense" is not a tier scheme; use value, pareto, stars or points';
    expect(base.getAttribute('aria-label')).to.equal(message);
    expect(badge.shadowRoot!.querySelector('[part="name"]')!.textContent).to.equal(message);
    expect(base.textContent).to.not.contain('Unknown customer tier');
    badge.lang = 'zh-CN';
    await badge.updateComplete;
    expect(base.getAttribute('aria-label')).to.contain('不是等级方案');
  });
});
