import { Text } from '@mantine/core';
import type { HeatmapCell } from '@/api-client';
import { formatCount } from '../utils/labels';
import { Table } from './plain-table';
import { SectionCard } from './section-card';

const bands = [1, 2, 3, 4, 5];
const impactLabels = ['0–20', '20–40', '40–60', '60–80', '80–100'];
const likelihoodLabels = ['< 0.2', '0.2–0.4', '0.4–0.6', '0.6–0.8', '≥ 0.8'];

// Light tints with dark text: every cell keeps AA contrast whatever its colour.
const tints = ['#e6f4ea', '#fff4cc', '#ffe2c2', '#ffcfc9', '#ffb3ad'];

/** Impact band (columns) x likelihood band (rows): where the scored vendors sit; top right is worst. */
export function RiskHeatmap({ cells }: { cells: HeatmapCell[] }) {
  const count = (impact: number, likelihood: number) =>
    cells.find((c) => c.impactBand === impact && c.likelihoodBand === likelihood)?.vendorCount ?? 0;
  return (
    <SectionCard
      id="risk-heatmap"
      title="Residual-risk heatmap"
      hint="Scored vendors by inherent impact (columns) and likelihood of attack (rows)."
    >
      <Table.ScrollContainer minWidth={320}>
        <Table withTableBorder withColumnBorders aria-labelledby="risk-heatmap" ta="center" verticalSpacing={8}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th ta="left">
                <Text size="xs">Likelihood ↓ / Impact →</Text>
              </Table.Th>
              {bands.map((impact) => (
                <Table.Th key={impact} ta="center">
                  <Text size="xs">{impactLabels[impact - 1]}</Text>
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {[...bands].reverse().map((likelihood) => (
              <Table.Tr key={likelihood}>
                <Table.Th scope="row" ta="left">
                  <Text size="xs">{likelihoodLabels[likelihood - 1]}</Text>
                </Table.Th>
                {bands.map((impact) => {
                  const n = count(impact, likelihood);
                  const severity = Math.min(4, Math.floor((impact + likelihood - 2) / 2));
                  return (
                    <Table.Td
                      key={impact}
                      style={{ background: n ? tints[severity] : undefined, color: '#1a1b1e' }}
                      aria-label={`${formatCount(n)} vendors with impact ${impactLabels[impact - 1]} and likelihood ${likelihoodLabels[likelihood - 1]}`}
                    >
                      <Text size="sm" fw={n ? 700 : 400} c={n ? undefined : 'dimmed'}>
                        {formatCount(n)}
                      </Text>
                    </Table.Td>
                  );
                })}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </SectionCard>
  );
}
