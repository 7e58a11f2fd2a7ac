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
export const iconChevronRight = () => icon(svg`<path d="m9 18 6-6-6-6"/>`);
export const iconChevronDown = () => icon(svg`<path d="m6 9 6 6 6-6"/>`);
export const iconMore = () =>
  icon(svg`<circle cx="12" cy="12" r="1"/><circle cx="19" cy="12" r="1"/><circle cx="5" cy="12" r="1"/>`);
export const iconWarning = () =>
  icon(
    svg`<path d="m21.73 18-8-14a2 2 0 0 0-3.48 0l-8 14A2 2 0 0 0 4 21h16a2 2 0 0 0 1.73-3"/><path d="M12 9v4"/><path d="M12 17h.01"/>`,
  );
export const iconTrendUp = () => icon(svg`<path d="M16 7h6v6"/><path d="m22 7-8.5 8.5-5-5L2 17"/>`);
export const iconTrendDown = () => icon(svg`<path d="M16 17h6v-6"/><path d="m22 17-8.5-8.5-5 5L2 7"/>`);
export const iconCheck = () => icon(svg`<path d="M20 6 9 17l-5-5"/>`);
export const iconClose = () => icon(svg`<path d="M18 6 6 18"/><path d="m6 6 12 12"/>`);
export const iconUser = () =>
  icon(svg`<path d="M19 21v-2a4 4 0 0 0-4-4H9a4 4 0 0 0-4 4v2"/><circle cx="12" cy="7" r="4"/>`);
export const iconUsers = () =>
  icon(
    svg`<path d="M16 21v-2a4 4 0 0 0-4-4H6a4 4 0 0 0-4 4v2"/><path d="M16 3.128a4 4 0 0 1 0 7.744"/><path d="M22 21v-2a4 4 0 0 0-3-3.87"/><circle cx="9" cy="7" r="4"/>`,
  );
export const iconBuilding = () =>
  icon(
    svg`<path d="M12 10h.01"/><path d="M12 14h.01"/><path d="M12 6h.01"/><path d="M16 10h.01"/><path d="M16 14h.01"/><path d="M16 6h.01"/><path d="M8 10h.01"/><path d="M8 14h.01"/><path d="M8 6h.01"/><path d="M9 22v-3a1 1 0 0 1 1-1h4a1 1 0 0 1 1 1v3"/><rect x="4" y="2" width="16" height="20" rx="2"/>`,
  );
export const iconSearch = () => icon(svg`<path d="m21 21-4.34-4.34"/><circle cx="11" cy="11" r="8"/>`);
export const iconUpload = () =>
  icon(svg`<path d="M12 3v12"/><path d="m17 8-5-5-5 5"/><path d="M21 15v4a2 2 0 0 1-2 2H5a2 2 0 0 1-2-2v-4"/>`);
export const iconDownload = () =>
  icon(svg`<path d="M12 15V3"/><path d="M21 15v4a2 2 0 0 1-2 2H5a2 2 0 0 1-2-2v-4"/><path d="m7 10 5 5 5-5"/>`);
export const iconPrinter = () =>
  icon(
    svg`<path d="M6 18H4a2 2 0 0 1-2-2v-5a2 2 0 0 1 2-2h16a2 2 0 0 1 2 2v5a2 2 0 0 1-2 2h-2"/><path d="M6 9V3a1 1 0 0 1 1-1h10a1 1 0 0 1 1 1v6"/><rect x="6" y="14" width="12" height="8" rx="1"/>`,
  );
export const iconInfo = () => icon(svg`<circle cx="12" cy="12" r="10"/><path d="M12 16v-4"/><path d="M12 8h.01"/>`);
export const iconCircleCheck = () => icon(svg`<circle cx="12" cy="12" r="10"/><path d="m16 9-5.5 5.5L8 12"/>`);
export const iconClock = () => icon(svg`<circle cx="12" cy="12" r="10"/><path d="M12 6v6l4 2"/>`);
export const iconCalendar = () =>
  icon(svg`<path d="M8 2v3"/><path d="M16 2v3"/><rect x="3" y="3" width="18" height="18" rx="2"/><path d="M3 9h18"/>`);
export const iconArrowRight = () => icon(svg`<path d="M5 12h14"/><path d="m12 5 7 7-7 7"/>`);
export const iconMessage = () =>
  icon(
    svg`<path d="M22 17a2 2 0 0 1-2 2H6.828a2 2 0 0 0-1.414.586l-2.202 2.202A.71.71 0 0 1 2 21.286V5a2 2 0 0 1 2-2h16a2 2 0 0 1 2 2z"/>`,
  );
export const iconFileText = () =>
  icon(
    svg`<path d="M6 22a2 2 0 0 1-2-2V4a2 2 0 0 1 2-2h8a2.4 2.4 0 0 1 1.704.706l3.588 3.588A2.4 2.4 0 0 1 20 8v12a2 2 0 0 1-2 2z"/><path d="M14 2v5a1 1 0 0 0 1 1h5"/><path d="M10 9H8"/><path d="M16 13H8"/><path d="M16 17H8"/>`,
  );
export const iconFilter = () => icon(svg`<path d="M2 5h20"/><path d="M6 12h12"/><path d="M9 19h6"/>`);
export const iconRefresh = () =>
  icon(
    svg`<path d="M3 12a9 9 0 0 1 9-9 9.75 9.75 0 0 1 6.74 2.74L21 8"/><path d="M21 3v5h-5"/><path d="M21 12a9 9 0 0 1-9 9 9.75 9.75 0 0 1-6.74-2.74L3 16"/><path d="M8 16H3v5"/>`,
  );
