import type { Translations } from '../../internal/localize.js';

export const tierBadgeStrings: Translations<{
  label: (code: string, name: string) => string;
  starLabel: (name: string) => string;
  unknown: string;
  unknownLabel: (code: string) => string;
  unknownScheme: (scheme: string) => string;
  none: string;
  noneLabel: string;
  loading: string;
  notFound: (id: string) => string;
  error: string;
  pointsCode: (points: string) => string;
  pointsName: (percent: string) => string;
  pointsLabel: (points: string, percent: string) => string;
  explain: string;
}> = {
  en: {
    label: (code, name) => `Customer tier ${code}: ${name}`,
    starLabel: (name) => `Customer tier: ${name}`,
    unknown: 'Unknown tier',
    unknownLabel: (code) => `Unknown customer tier "${code}"`,
    unknownScheme: (scheme) => `scheme="${scheme}" is not a tier scheme; use value, pareto, stars or points`,
    none: 'No tier',
    noneLabel: 'Customer tier not set',
    loading: 'Loading customer tier',
    notFound: (id) => `Customer "${id}" not found`,
    error: 'Customer tier could not be loaded',
    pointsCode: (points) => `${points} pts`,
    pointsName: (percent) => `${percent} off next month`,
    pointsLabel: (points, percent) => `Loyalty points: ${points} pts, ${percent} off next month`,
    explain: 'Why this tier',
  },
  // Other languages load when an element renders in one (npm run l10n:hant writes these lines).
  'zh-CN': () => import('./tier-badge.strings.zh-CN.js'),
  'zh-TW': () => import('./tier-badge.strings.zh-TW.js'),
  'zh-HK': () => import('./tier-badge.strings.zh-HK.js'),
};
