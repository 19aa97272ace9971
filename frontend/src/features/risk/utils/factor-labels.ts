import type { RiskExplanation } from '@/api-client';
import { formatRecordCount } from '@/utils/format';
import { formatPercent, joinList } from './format-risk';

type Describe = (explanation: RiskExplanation, categoryLabel: (code: string) => string) => string;

/**
 * The explanation's waterfall in plain words (docs/scoring-model.md, "Explanation"). The factors' points add
 * up to the residual risk, and the score is 100 minus that.
 */
export const factorTexts: Record<string, { label: string; describe: Describe }> = {
  inherentImpact: {
    label: 'Damage if breached',
    describe: ({ impact }, categoryLabel) =>
      `The worst breach: ${formatRecordCount(impact.recordCount)} people's ${joinList(impact.categories.map(categoryLabel))}` +
      `${impact.vulnerableSubjects ? ', including vulnerable people' : ''}.`,
  },
  baseLikelihood: {
    label: 'Chance of an attack',
    describe: ({ exposure }) => {
      const routes = exposure.filter((term) => term.likelihood > 0).map((term) => routeLabels[term.route] ?? term.route);
      return routes.length > 0
        ? `Not every exposed vendor is attacked. Exposure through ${joinList(routes).toLowerCase()} sets the odds.`
        : 'Not every vendor is attacked; this one has only the baseline exposure.';
    },
  },
  threatBoost: {
    label: 'Live threat campaigns',
    describe: ({ threats }) => {
      const live = threats.filter((threat) => threat.strength > 0).length;
      return live === 0
        ? 'No live campaign touches this vendor.'
        : `${live} campaign${live === 1 ? '' : 's'} touching this vendor or its platforms raise the odds.`;
    },
  },
  controlEffectiveness: {
    label: 'Controls in place',
    describe: ({ factors }) => {
      const effectiveness = factors.find((factor) => factor.name === 'controlEffectiveness')?.value ?? 0;
      return `The vendor's controls work at ${formatPercent(effectiveness)} of their full strength, weighted by what attackers use.`;
    },
  },
  gate: {
    label: 'Blocking controls missing',
    describe: ({ gate }) =>
      gate.binding
        ? `An active campaign on its platform exploits ${joinList(gate.controlCodes)}; while they are missing, controls can do only ${formatPercent(gate.cap)} of their work.`
        : 'No active campaign caps what the controls can do.',
  },
};

export const routeLabels: Record<string, string> = {
  STAFF_WITH_ACCESS: 'Staff with access',
  CONNECTED_APPS: 'Connected apps',
  HELP_DESK_RESETS: 'Help-desk credential resets',
  INTERNET_FACING_ADMIN: 'Internet-facing admin',
};
