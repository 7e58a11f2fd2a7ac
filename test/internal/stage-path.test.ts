/**
 * <crm-stage-path>: the steps a deal goes through (open stages, then won or lost), the current one marked with
 * aria-current="step", earlier ones completed, a lost deal ending on the lost step with the stages it reached
 * completed; the narrow form names the current stage in full; axe clean in light and dark.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { type CrmStagePath, type PathStage, pathSteps } from '../../src/internal/stage-path.js';

const STAGES: PathStage[] = [
  { id: 'lead', label: 'Lead', kind: 'open' },
  { id: 'qualified', label: 'Qualified', kind: 'open' },
  { id: 'proposal', label: 'Proposal', kind: 'open' },
  { id: 'negotiation', label: 'Negotiation and contract review', kind: 'open' },
  { id: 'won', label: 'Won', kind: 'won' },
  { id: 'lost', label: 'Lost', kind: 'lost' },
];
const states = (current: string, reached?: string[]) => pathSteps(STAGES, current, reached).map((s) => s.state);

async function path(current: string, width = 720, theme = 'light', reached: string[] = []) {
  const box = await fixture<HTMLDivElement>(html`<div style="width: ${width}px" lang="en">
    <crm-stage-path theme=${theme} .stages=${STAGES} current=${current} .reached=${reached}></crm-stage-path>
  </div>`);
  const el = box.querySelector('crm-stage-path') as CrmStagePath;
  await el.updateComplete;
  return el;
}

describe('<crm-stage-path>', () => {
  it('works out each step: completed before the current stage, won and lost as end states', () => {
    expect(states('proposal')).to.deep.equal(['complete', 'complete', 'current', 'upcoming', 'upcoming']);
    expect(states('won')).to.deep.equal(['complete', 'complete', 'complete', 'complete', 'won']);
    // Lost: the last step is the lost stage; only the stages the deal reached are completed.
    expect(states('lost', ['lead', 'qualified'])).to.deep.equal([
      'complete',
      'complete',
      'upcoming',
      'upcoming',
      'lost',
    ]);
    expect(pathSteps(STAGES, 'lost').at(-1)!.stage.id).to.equal('lost');
    expect(states('unknown')).to.deep.equal(['upcoming', 'upcoming', 'upcoming', 'upcoming', 'upcoming']);
  });

  it('is an ordered list with aria-current="step" on the current stage, labels whole, axe clean light and dark', async () => {
    for (const theme of ['light', 'dark']) {
      const el = await path('proposal', 720, theme);
      const items = [...el.shadowRoot!.querySelectorAll('ol[part="base"] > li')];
      expect(items.length).to.equal(5);
      expect(items.map((li) => li.getAttribute('aria-current'))).to.deep.equal([null, null, 'step', null, null]);
      expect(el.shadowRoot!.querySelector('ol')!.getAttribute('aria-label')).to.equal('Opportunity stage');
      expect(items[0]!.textContent).to.contain('(completed)');
      for (const li of items) {
        const label = li.querySelector<HTMLElement>('.label')!;
        expect(label.scrollWidth, label.textContent!).to.be.at.most(label.clientWidth + 1);
        expect(label.scrollHeight, label.textContent!).to.be.at.most(li.clientHeight + 1);
      }
      expect(el.shadowRoot!.querySelectorAll('[style]').length).to.equal(0);
      await expect(el).to.be.accessible();
    }
  });

  it('marks a lost deal on its lost step; narrow, it names the current stage and step in full', async () => {
    const lost = await path('lost', 720, 'light', ['lead']);
    const current = lost.shadowRoot!.querySelector('[aria-current="step"]')!;
    expect(current.getAttribute('part')).to.equal('step lost');
    expect(current.textContent!.trim()).to.equal('Lost');

    const narrow = await path('negotiation', 300);
    const caption = narrow.shadowRoot!.querySelector<HTMLElement>('[part="caption"]')!;
    expect(getComputedStyle(caption).display).to.equal('block');
    expect(caption.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Negotiation and contract review · Step 4 of 5');
    expect(narrow.scrollWidth).to.be.at.most(narrow.clientWidth + 1);
    await expect(narrow).to.be.accessible();
  });

  it('stays readable with forced colours (high contrast) emulated, wide and narrow', async () => {
    const emulate = (value: string) =>
      executeServerCommand('emulate-media-features', { features: [{ name: 'forced-colors', value }] });
    await emulate('active');
    try {
      await expect(await path('proposal', 720)).to.be.accessible();
      await expect(await path('negotiation', 300)).to.be.accessible();
    } finally {
      await emulate('none');
    }
  });
});
