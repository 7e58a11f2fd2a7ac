/** The inline SVG sparkline: geometry, the text alternative, no inline style. */
import { expect, fixture, html } from '@open-wc/testing';
import { render } from 'lit';
import { sparkline, sparkPoints } from '../../src/internal/sparkline.js';

describe('sparkline', () => {
  it('scales points to the largest value; negatives and an all-zero series sit on the base line', () => {
    const points = sparkPoints([0, 5, 10, -3]);
    expect(points.map((p) => p.x)).to.deep.equal([0, 33.33, 66.67, 100]);
    expect(points[2]!.y).to.be.lessThan(points[1]!.y);
    expect(points[0]!.y).to.equal(points[3]!.y);
    expect(new Set(sparkPoints([0, 0, 0]).map((p) => p.y)).size).to.equal(1);
    expect(sparkPoints([7])).to.deep.equal([{ x: 50, y: 2 }]);
  });

  it('is an image named by its figures, with the recent window shaded, and no style attribute', async () => {
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    render(sparkline({ values: [1, 2, 3, 4], label: 'Orders: 10 then 7', highlightFrom: 2 }), host);
    const svg = host.querySelector('svg')!;
    expect(svg.getAttribute('role')).to.equal('img');
    expect(svg.getAttribute('aria-label')).to.equal('Orders: 10 then 7');
    expect(host.querySelectorAll('.spark-band')).to.have.length(1);
    expect(host.querySelectorAll('.spark-line.recent')).to.have.length(1);
    render(sparkline({ values: [1, 0, 3], label: 'Bars', kind: 'bars' }), host);
    expect(host.querySelectorAll('rect.spark-bar')).to.have.length(3);
    expect(host.querySelectorAll('[style]')).to.have.length(0);
    await expect(host).to.be.accessible();
  });
});
