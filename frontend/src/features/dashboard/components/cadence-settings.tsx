import { Button, Group, NumberInput, Skeleton, Stack, Table, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import type { ReassessmentCadence } from '@/api-client';
import { ProblemAlert } from '@/components/errors/problem-alert';
import { errorMessage } from '@/lib/api-client';
import { useReassessmentCadences } from '../api/get-reassessment-cadences';
import { useUpdateReassessmentCadence } from '../api/update-reassessment-cadence';
import { cadenceText, tierLabels } from '../utils/labels';
import { SectionCard } from './section-card';

/** How often each tier is reassessed; administrators change it here. */
export function CadenceSettings({ canEdit }: { canEdit: boolean }) {
  const cadences = useReassessmentCadences();
  return (
    <SectionCard id="cadence" title="Reassessment cadence" hint="Due date = last completed assessment + the tier's cadence.">
      {cadences.error ? (
        <ProblemAlert error={cadences.error} title="Could not load the cadences" onRetry={() => cadences.refetch()} />
      ) : !cadences.data ? (
        <Skeleton height={120} aria-label="Loading cadences" />
      ) : (
        <Table verticalSpacing={4} aria-labelledby="cadence">
          <Table.Tbody>
            {cadences.data.items.map((cadence) => (
              <Table.Tr key={cadence.tier}>
                <Table.Th scope="row">{tierLabels[cadence.tier]}</Table.Th>
                <Table.Td>{canEdit ? <CadenceEditor cadence={cadence} /> : <Text size="sm">{cadenceText(cadence.months)}</Text>}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </SectionCard>
  );
}

function CadenceEditor({ cadence }: { cadence: ReassessmentCadence }) {
  const [months, setMonths] = useState<number | string>(cadence.months);
  const update = useUpdateReassessmentCadence({
    mutationConfig: {
      onSuccess: (saved) =>
        notifications.show({ color: 'teal', title: 'Cadence saved', message: `${tierLabels[saved.tier]}: ${cadenceText(saved.months)}` }),
      onError: (error) => notifications.show({ color: 'red', title: 'Not saved', message: errorMessage(error) }),
    },
  });
  const valid = typeof months === 'number' && Number.isInteger(months) && months >= 1 && months <= 60;
  return (
    <Stack gap={2}>
      <Group gap="xs" wrap="nowrap">
        <NumberInput
          size="xs"
          w={90}
          min={1}
          max={60}
          value={months}
          onChange={setMonths}
          aria-label={`${tierLabels[cadence.tier]} cadence in months`}
          suffix=" mo"
          error={!valid}
        />
        <Button
          size="compact-sm"
          variant="light"
          disabled={!valid || months === cadence.months}
          loading={update.isPending}
          onClick={() => update.mutate({ tier: cadence.tier, update: { months: Number(months), version: cadence.version } })}
        >
          Save
        </Button>
      </Group>
      {!valid && (
        <Text size="xs" c="red.8">
          1 to 60 months
        </Text>
      )}
    </Stack>
  );
}
