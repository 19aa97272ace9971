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
  threats: {
    label: 'Live threat campaigns',
    describe: ({ threats }) => {
      const live = threats.filter((threat) => threat.attempt > 0).length;
      return live === 0
        ? 'No live campaign touches this vendor.'
        : `${live} campaign${live === 1 ? '' : 's'} touching this vendor or its platforms raise the odds of an attack.`;
    },
  },
  attackChains: {
    label: 'Attack chains broken',
    describe: ({ threats }) => {
      const live = threats.filter((threat) => threat.attempt > 0);
      if (live.length === 0) {
        return 'No live campaign to break.';
      }
      return live
        .map((threat) => `${threat.name}: gets through with ${formatPercent(threat.chainSuccess)} chance`)
        .join('; ') + '.';
    },
  },
  controlEffectiveness: {
    label: 'Controls in place',
    describe: ({ factors }) => {
      const effectiveness = factors.find((factor) => factor.name === 'controlEffectiveness')?.value ?? 0;
      return `The vendor has ${formatPercent(effectiveness)} of the control catalogue in place, weighted and evidenced.`;
    },
  },
  confidenceCap: {
    label: 'Not yet assessed',
    describe: ({ confidence }) =>
      confidence === 'ASSESSED'
        ? 'The vendor has been assessed: no cap.'
        : confidence === 'INCOMPLETE'
          ? 'No data holdings are recorded, so the category’s typical holdings are assumed and the score is capped at C.'
          : 'No assessment has been completed, so what the vendor says is unverified and the score is capped at C.',
  },
};

export const routeLabels: Record<string, string> = {
  STAFF_WITH_ACCESS: 'Staff with access',
  CONNECTED_APPS: 'Connected apps',
  HELP_DESK_RESETS: 'Help-desk credential resets',
  INTERNET_FACING_ADMIN: 'Internet-facing admin',
};
