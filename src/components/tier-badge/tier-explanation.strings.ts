import type { ServiceStandard } from '../../core/tiering.js';
import type { Translations } from '../../internal/localize.js';

type Scheme = 'value' | 'pareto' | 'stars' | 'points';

/** The explanation card's texts: loaded with it (tier-explanation.ts), never with a badge that is only looked at. */
export const tierExplanationStrings: Translations<{
  productLines: (count: string) => string;
  outOfTen: (score: string) => string;
  scheme: Record<Scheme, string>;
  computed: string;
  stored: string;
  storedDiffers: (stored: string, computed: string) => string;
  notComputed: (reason: string) => string;
  indicator: string;
  value: string;
  weight: string;
  points: string;
  missing: string;
  score: (score: string) => string;
  thresholdCrossed: (tier: string, threshold: string) => string;
  belowAll: (threshold: string) => string;
  strategic: (scoreTier: string) => string;
  paretoRank: (rank: number, peers: number, share: string, cumulative: string) => string;
  paretoPeers: string;
  paretoCut: (cls: string, cutA: string, cutB: string) => string;
  starKind: (kind: string) => string;
  starTotal: (points: string, level: string | null, threshold: string | null) => string;
  loyaltyTenure: (months: number, points: string) => string;
  loyaltySpend: (points: string) => string;
  loyaltyReset: string;
  loyaltyDiscount: (points: string, percent: string) => string;
  standard: string;
  noStandard: string;
  manager: Record<ServiceStandard['accountManager'], string>;
  channel: Record<ServiceStandard['salesChannel'], string>;
  response: (hours: number) => string;
  onSite: (hours: number | null) => string;
  visits: (perYear: number) => string;
  prioritySupply: string;
}> = {
  en: {
    productLines: (count) => `${count} product lines`,
    outOfTen: (score) => `${score} / 10`,
    scheme: { value: 'Value score', pareto: 'Pareto (ABC) class', stars: 'Bank star level', points: 'Loyalty points' },
    computed: 'Computed from the account data',
    stored: 'Stored tier',
    storedDiffers: (stored, computed) => `Stored tier ${stored}; the data now gives ${computed}.`,
    notComputed: (reason) => `Not computed from the data (${reason}); showing the stored tier.`,
    indicator: 'Indicator',
    value: 'Value',
    weight: 'Weight',
    points: 'Points',
    missing: 'missing',
    score: (score) => `Score ${score} of 100`,
    thresholdCrossed: (tier, threshold) => `Threshold crossed: ${tier} from ${threshold} points`,
    belowAll: (threshold) => `Below the lowest threshold (${threshold} points)`,
    strategic: (scoreTier) => `Strategic rule: high influence lifts the account from ${scoreTier} to A2`,
    paretoRank: (rank, peers, share, cumulative) =>
      `Rank ${rank} of ${peers} by annual revenue: ${share} of the total, ${cumulative} together with the accounts above`,
    paretoPeers: 'Ranked within the account’s group (head and all subsidiaries).',
    paretoCut: (cls, cutA, cutB) =>
      cls === 'A'
        ? `Class A: the accounts above hold less than ${cutA}`
        : cls === 'B'
          ? `Class B: the accounts above reach ${cutA} but not ${cutB}`
          : `Class C: the accounts above already reach ${cutB}`,
    starKind: (kind) =>
      ({ wealth: 'Wealth and investment', card: 'Card spending', settlement: 'Settlement' })[kind] ?? kind,
    starTotal: (points, level, threshold) =>
      level ? `${points} points reach ${level} (from ${threshold})` : `${points} points: below the lowest star level`,
    loyaltyTenure: (months, points) => `${months} months of tenure: ${points} points`,
    loyaltySpend: (points) => `Monthly spend: ${points} points`,
    loyaltyReset: 'An unpaid bill reset the points to 0',
    loyaltyDiscount: (points, percent) => `${points} points give ${percent} off next month`,
    standard: 'Service standard',
    noStandard: 'No service standard is defined for this tier.',
    manager: { dedicated: 'Dedicated account manager', shared: 'Shared account manager', pool: 'Service pool' },
    channel: { outside: 'Outside sales', inside: 'Inside sales' },
    response: (hours) => `Response within ${hours} h`,
    onSite: (hours) => (hours === null ? 'No on-site commitment' : `On site within ${hours} h`),
    visits: (perYear) => (perYear === 0 ? 'No scheduled visits' : `${perYear} visits a year`),
    prioritySupply: 'Priority supply',
  },
  // Other languages load when an element renders in one (npm run l10n:hant writes these lines).
  'zh-CN': () => import('./tier-explanation.strings.zh-CN.js'),
  'zh-TW': () => import('./tier-explanation.strings.zh-TW.js'),
  'zh-HK': () => import('./tier-explanation.strings.zh-HK.js'),
};
