import { svg, type TemplateResult } from 'lit';

/**
 * The suite's icon set: paths from Lucide (https://lucide.dev, ISC licence, © Lucide Icons and Contributors),
 * copied for only the icons the widgets use, so nothing else ships. Each icon is its own export and tree-shakes.
 * Icons are decoration: `aria-hidden`, never focusable, and always beside a text label (visible or
 * visually hidden) that carries the meaning. They draw with `currentColor`, so they follow the text colour in
 * every theme and in forced-colors mode. Size with `font-size` (1em square) or the `icon` class's width.
 */
const icon = (body: TemplateResult<2>): TemplateResult<2> =>
  svg`<svg class="icon" viewBox="0 0 24 24" width="1em" height="1em" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round" aria-hidden="true" focusable="false">${body}</svg>`;

export const iconPencil = () =>
  icon(
    svg`<path d="M21.174 6.812a1 1 0 0 0-3.986-3.987L3.842 16.174a2 2 0 0 0-.5.83l-1.321 4.352a.5.5 0 0 0 .623.622l4.353-1.32a2 2 0 0 0 .83-.497z"/><path d="m15 5 4 4"/>`,
  );
export const iconPhone = () =>
  icon(
    svg`<path d="M13.832 16.568a1 1 0 0 0 1.213-.303l.355-.465A2 2 0 0 1 17 15h3a2 2 0 0 1 2 2v3a2 2 0 0 1-2 2A18 18 0 0 1 2 4a2 2 0 0 1 2-2h3a2 2 0 0 1 2 2v3a2 2 0 0 1-.8 1.6l-.468.351a1 1 0 0 0-.292 1.233 14 14 0 0 0 6.392 6.384"/>`,
  );
export const iconMail = () =>
  icon(svg`<path d="m22 7-8.991 5.727a2 2 0 0 1-2.009 0L2 7"/><rect x="2" y="4" width="20" height="16" rx="2"/>`);
export const iconChevronDown = () => icon(svg`<path d="m6 9 6 6 6-6"/>`);
export const iconMore = () =>
  icon(svg`<circle cx="12" cy="12" r="1"/><circle cx="19" cy="12" r="1"/><circle cx="5" cy="12" r="1"/>`);
export const iconWarning = () =>
  icon(
    svg`<path d="m21.73 18-8-14a2 2 0 0 0-3.48 0l-8 14A2 2 0 0 0 4 21h16a2 2 0 0 0 1.73-3"/><path d="M12 9v4"/><path d="M12 17h.01"/>`,
  );
export const iconCheck = () => icon(svg`<path d="M20 6 9 17l-5-5"/>`);
export const iconClose = () => icon(svg`<path d="M18 6 6 18"/><path d="m6 6 12 12"/>`);
export const iconBuilding = () =>
  icon(
    svg`<path d="M12 10h.01"/><path d="M12 14h.01"/><path d="M12 6h.01"/><path d="M16 10h.01"/><path d="M16 14h.01"/><path d="M16 6h.01"/><path d="M8 10h.01"/><path d="M8 14h.01"/><path d="M8 6h.01"/><path d="M9 22v-3a1 1 0 0 1 1-1h4a1 1 0 0 1 1 1v3"/><rect x="4" y="2" width="16" height="20" rx="2"/>`,
  );
export const iconDownload = () =>
  icon(svg`<path d="M12 15V3"/><path d="M21 15v4a2 2 0 0 1-2 2H5a2 2 0 0 1-2-2v-4"/><path d="m7 10 5 5 5-5"/>`);
export const iconPrinter = () =>
  icon(
    svg`<path d="M6 18H4a2 2 0 0 1-2-2v-5a2 2 0 0 1 2-2h16a2 2 0 0 1 2 2v5a2 2 0 0 1-2 2h-2"/><path d="M6 9V3a1 1 0 0 1 1-1h10a1 1 0 0 1 1 1v6"/><rect x="6" y="14" width="12" height="8" rx="1"/>`,
  );
export const iconFileText = () =>
  icon(
    svg`<path d="M6 22a2 2 0 0 1-2-2V4a2 2 0 0 1 2-2h8a2.4 2.4 0 0 1 1.704.706l3.588 3.588A2.4 2.4 0 0 1 20 8v12a2 2 0 0 1-2 2z"/><path d="M14 2v5a1 1 0 0 0 1 1h5"/><path d="M10 9H8"/><path d="M16 13H8"/><path d="M16 17H8"/>`,
  );
