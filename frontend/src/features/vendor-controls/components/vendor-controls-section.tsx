import { Card, Group, SegmentedControl, Skeleton, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import type { ControlStatus, VendorControl } from '@/api-client';
import { ProblemAlert } from '@/components/errors/problem-alert';
import { controlStatusLabels } from '@/utils/control-status-labels';
import { useVendorControls } from '../api/get-vendor-controls';
import { countedStatus } from '../utils/validity';
import { OverrideControlModal } from './override-control-modal';
import { VendorControlsTable } from './vendor-controls-table';

type Filter = 'all' | 'gaps' | 'met' | 'na';

// Unknown is scored as a gap, so it is listed with them; so is an answer whose evidence lapsed, which counts as unknown.
const filters: Record<Filter, (status: ControlStatus) => boolean> = {
  all: () => true,
  gaps: (status) => status === 'NOT_MET' || status === 'PARTIAL' || status === 'UNKNOWN',
  met: (status) => status === 'MET',
  na: (status) => status === 'NOT_APPLICABLE',
};

type VendorControlsSectionProps = {
  vendorId: number;
  canOverride: boolean;
  /** Called with the stored status after an override; the vendor's score follows from it. */
  onOverridden?: (control: VendorControl) => void;
};

export function VendorControlsSection({ vendorId, canOverride, onOverridden }: VendorControlsSectionProps) {
  const controls = useVendorControls({ vendorId });
  const [filter, setFilter] = useState<Filter>('all');
  const [editing, setEditing] = useState<VendorControl | null>(null);
  const [today] = useState(() => new Date());

  const all = controls.data ?? [];
  const count = (f: Filter) => all.filter((c) => filters[f](countedStatus(c, today))).length;
  const shown = all.filter((c) => filters[filter](countedStatus(c, today)));

  return (
    <Card withBorder radius="md" padding="lg" component="section" aria-labelledby="vendor-controls-title">
      <Group justify="space-between" mb="md" gap="xs">
        <div>
          <Title order={2} fz="lg" id="vendor-controls-title">
            Controls
          </Title>
          <Text size="sm" c="dimmed">
            Where each status comes from, when it was observed and until when it counts.
          </Text>
        </div>
        {controls.data && (
          <SegmentedControl
            size="xs"
            value={filter}
            onChange={(value) => setFilter(value as Filter)}
            aria-label="Show controls"
            data={[
              { value: 'all', label: `All (${count('all')})` },
              { value: 'gaps', label: `Gaps (${count('gaps')})` },
              { value: 'met', label: `${controlStatusLabels.MET} (${count('met')})` },
              { value: 'na', label: `N/A (${count('na')})` },
            ]}
          />
        )}
      </Group>
      {controls.error ? (
        <ProblemAlert error={controls.error} title="Could not load the controls" onRetry={() => controls.refetch()} />
      ) : !controls.data ? (
        <Stack gap="xs" aria-label="Loading controls">
          <Skeleton height={18} />
          <Skeleton height={18} />
          <Skeleton height={18} />
        </Stack>
      ) : shown.length === 0 ? (
        <Text size="sm" c="dimmed">
          No control matches.
        </Text>
      ) : (
        <VendorControlsTable controls={shown} today={today} onOverride={canOverride ? setEditing : undefined} />
      )}
      {editing && (
        <OverrideControlModal
          vendorId={vendorId}
          control={editing}
          onClose={() => setEditing(null)}
          onSaved={(saved) => {
            setEditing(null);
            notifications.show({
              color: 'teal',
              title: `${saved.controlCode} overridden`,
              message: 'The score is being recomputed.',
            });
            onOverridden?.(saved);
          }}
          onReload={async () => {
            const { data } = await controls.refetch();
            return data?.find((c) => c.controlCode === editing.controlCode);
          }}
        />
      )}
    </Card>
  );
}
