import { Card, Checkbox, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import type { VendorRisk } from '@/api-client';
import { ProblemAlert } from '@/components/errors/problem-alert';
import { useVendorWhatIf } from '../api/get-vendor-what-if';
import { formatScore } from '../utils/labels';
import { GradeChip } from './grade-chip';

type VendorWhatIfProps = { vendorId: number; risk: VendorRisk; controlNames: Record<string, string> };

const SHOWN = 10;

/** Tick missing controls and see the score the model would give with them met; nothing is saved. */
export function VendorWhatIf({ vendorId, risk, controlNames }: VendorWhatIfProps) {
  const [ticked, setTicked] = useState<string[]>([]);
  const missing = risk.explanation.controlCosts
    .filter((cost) => cost.status !== 'MET' && cost.status !== 'NOT_APPLICABLE' && cost.pointsLost > 0)
    .slice(0, SHOWN);
  const whatIf = useVendorWhatIf({ vendorId, controlCodes: ticked, queryConfig: { enabled: ticked.length > 0 } });
  const result = ticked.length > 0 ? whatIf.data : undefined;

  return (
    <Card withBorder radius="md" padding="lg" component="section" aria-labelledby="what-if-title">
      <Title order={2} fz="lg" id="what-if-title">
        What if
      </Title>
      <Text size="xs" c="dimmed" mb="sm">
        Tick missing controls to see the score with them met (evidence at least documented). Nothing is saved.
      </Text>
      {missing.length === 0 ? (
        <Text size="sm" c="dimmed">
          No missing control costs this vendor points.
        </Text>
      ) : (
        <Stack gap="sm">
          <Checkbox.Group value={ticked} onChange={setTicked} label="Missing controls, costliest first">
            <Stack gap={6} mt={6}>
              {missing.map((cost) => (
                <Checkbox
                  key={cost.controlCode}
                  value={cost.controlCode}
                  label={`${cost.controlCode} ${controlNames[cost.controlCode] ?? ''} (costs ${formatScore(cost.pointsLost)} points)`}
                />
              ))}
            </Stack>
          </Checkbox.Group>
          <Group gap="sm" aria-live="polite" role="status">
            <Text size="sm">
              Score now <strong>{formatScore(risk.score)}</strong>
            </Text>
            <GradeChip grade={risk.grade} />
            {ticked.length > 0 && (
              <>
                <Text size="sm" aria-hidden>
                  →
                </Text>
                {result ? (
                  <>
                    <Text size="sm">
                      with {ticked.length} met <strong data-testid="what-if-score">{formatScore(result.score)}</strong>
                    </Text>
                    <GradeChip grade={result.grade} />
                    <Text size="sm" c="teal.9" fw={700}>
                      +{formatScore(Math.max(0, result.score - risk.score))}
                    </Text>
                  </>
                ) : (
                  <Loader size="xs" aria-label="Computing" />
                )}
              </>
            )}
          </Group>
          {whatIf.error && <ProblemAlert error={whatIf.error} title="Could not compute the what-if" />}
        </Stack>
      )}
    </Card>
  );
}
