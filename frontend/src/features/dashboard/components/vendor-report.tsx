import { Anchor, Button, Group, Text, Title } from '@mantine/core';
import { IconPrinter } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { DataHolding, Reassessment, Vendor, VendorControl, VendorRisk } from '@/api-client';
import { usedByListPath } from '@/features/vendors/utils/used-by';
import { cadenceText, formatCount, formatDay, formatScore, stateLabels, tierLabels } from '../utils/labels';
import classes from './vendor-report.module.css';

type VendorReportProps = {
  vendor: Vendor;
  risk: VendorRisk;
  holdings: DataHolding[];
  controls: VendorControl[];
  reassessment?: Reassessment;
  categoryLabels: Record<string, string>;
  generatedAt: Date;
  back?: ReactNode;
};

const MISSING = ['NOT_MET', 'UNKNOWN', 'PARTIAL'];

/** A vendor risk report laid out for paper (print or "save as PDF" from the browser). */
export function VendorReport(props: VendorReportProps) {
  const { vendor, risk, holdings, controls, reassessment, categoryLabels, generatedAt, back } = props;
  const names = Object.fromEntries(controls.map((c) => [c.controlCode, c.controlName]));
  const gaps = risk.explanation.controlCosts.filter((c) => MISSING.includes(c.status) && c.pointsLost > 0).slice(0, 10);
  return (
    <article className={classes.report} aria-labelledby="report-title">
      <Group justify="space-between" className={classes.noPrint} mb="md">
        {back}
        <Text size="sm" c="dimmed">
          Print this page or save it as PDF from the print dialog.
        </Text>
        <Button leftSection={<IconPrinter size={16} aria-hidden />} onClick={() => window.print()}>
          Print report
        </Button>
      </Group>
      <Text size="xs" c="dimmed">
        Tollgate vendor risk report · {generatedAt.toISOString().slice(0, 16).replace('T', ' ')} UTC
      </Text>
      <Title order={1} id="report-title" fz={26}>
        {vendor.name}
      </Title>
      <Text size="sm">
        {tierLabels[vendor.tier]} tier · {vendor.status.toLowerCase()} · {vendor.website}
      </Text>

      <section className={classes.section} aria-labelledby="report-score">
        <Title order={2} fz="lg" id="report-score">
          Risk score
        </Title>
        <Text size="xl" fw={800}>
          {formatScore(risk.score)} / 100 · grade {risk.grade}
        </Text>
        <Text size="sm">
          Inherent impact {formatScore(risk.inherentImpact)}, likelihood {risk.likelihood.toFixed(2)}, control effectiveness{' '}
          {Math.round(risk.controlEffectiveness * 100)}%, residual risk {formatScore(risk.residualRisk)}. Model{' '}
          {risk.modelVersion}, scored {risk.scoredAt.toISOString().slice(0, 10)}.
        </Text>
        <table className={classes.table} aria-label="Score factors">
          <thead>
            <tr>
              <th>Factor</th>
              <th>Value</th>
              <th>Risk points</th>
            </tr>
          </thead>
          <tbody>
            {risk.explanation.factors.map((f) => (
              <tr key={f.name}>
                <td>{f.name}</td>
                <td>{f.value}</td>
                <td>{formatScore(f.riskPoints)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      <section className={classes.section} aria-labelledby="report-gaps">
        <Title order={2} fz="lg" id="report-gaps">
          Control gaps, costliest first
        </Title>
        {gaps.length === 0 ? (
          <Text size="sm">No missing control costs points.</Text>
        ) : (
          <table className={classes.table}>
            <thead>
              <tr>
                <th>Control</th>
                <th>Status</th>
                <th>Points lost</th>
              </tr>
            </thead>
            <tbody>
              {gaps.map((g) => (
                <tr key={g.controlCode}>
                  <td>
                    {g.controlCode} {names[g.controlCode] ?? ''}
                  </td>
                  <td>{g.status.replace('_', ' ').toLowerCase()}</td>
                  <td>{formatScore(g.pointsLost)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        {risk.explanation.whatIf.length > 0 && (
          <Text size="sm" mt={6}>
            Meeting {risk.explanation.whatIf[0].controlCodes[0]} alone would raise the score to{' '}
            {formatScore(risk.explanation.whatIf[0].score)} (grade {risk.explanation.whatIf[0].grade}).
          </Text>
        )}
      </section>

      <section className={classes.section} aria-labelledby="report-data">
        <Title order={2} fz="lg" id="report-data">
          Data held
        </Title>
        {holdings.length === 0 ? (
          <Text size="sm">No personal data recorded.</Text>
        ) : (
          <table className={classes.table}>
            <thead>
              <tr>
                <th>Category</th>
                <th>Records</th>
                <th>Access</th>
              </tr>
            </thead>
            <tbody>
              {holdings.map((h) => (
                <tr key={h.dataCategory}>
                  <td>{categoryLabels[h.dataCategory] ?? h.dataCategory}</td>
                  <td>{formatCount(h.recordCount)}</td>
                  <td>{h.accessType.replace('_', ' ').toLowerCase()}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>

      <section className={classes.section} aria-labelledby="report-chain">
        <Title order={2} fz="lg" id="report-chain">
          Supply chain and reassessment
        </Title>
        <Text size="sm">
          Runs on: {vendor.platforms.length ? vendor.platforms.map((p) => p.name).join(', ') : 'none recorded'}.
        </Text>
        <Text size="sm">
          Used by ({vendor.usedByCount}): {vendor.usedBy.length ? vendor.usedBy.map((p) => p.name).join(', ') : 'none recorded'}
          {vendor.usedByCount > vendor.usedBy.length && (
            <>
              {' '}
              and{' '}
              <Anchor component={Link} to={usedByListPath(vendor.id)} size="sm">
                {vendor.usedByCount - vendor.usedBy.length} more
              </Anchor>
            </>
          )}
          .
        </Text>
        {reassessment && (
          <Text size="sm">
            Reassessed {cadenceText(reassessment.cadenceMonths)}; last assessed{' '}
            {reassessment.lastAssessedOn ? formatDay(reassessment.lastAssessedOn) : 'never'}; due{' '}
            {reassessment.dueOn ? formatDay(reassessment.dueOn) : 'not required'} ({stateLabels[reassessment.state].toLowerCase()}).
          </Text>
        )}
      </section>
    </article>
  );
}
