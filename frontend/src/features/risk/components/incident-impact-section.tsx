import { Anchor, Badge, Card, Group, Skeleton, Stack, Table, Text, Title, Tooltip } from '@mantine/core';
import { IconBuildingCommunity } from '@tabler/icons-react';
import { Link } from 'react-router';
import type { ExposedVendor } from '@/api-client';
import { EmptyState } from '@/components/empty-state';
import { ProblemAlert } from '@/components/errors/problem-alert';
import { controlStatusLabels } from '@/utils/control-status-labels';
import { formatExactCount, formatRecordCount } from '@/utils/format';
import { vendorCategoryLabels } from '@/utils/vendor-category-labels';
import { useIncidentImpact } from '../api/get-incident-impact';
import { formatPoints, formatSignedPoints } from '../utils/format-risk';
import { GradeBadge } from './grade-badge';

type IncidentImpactSectionProps = {
  incidentId: number;
  categoryLabels?: Record<string, string>;
};

const MAX_CATEGORIES = 4;
const MAX_CONTROLS = 4;

/** Which of our vendors this incident reaches, what they hold, and what it does to their scores. */
export function IncidentImpactSection({ incidentId, categoryLabels = {} }: IncidentImpactSectionProps) {
  const impact = useIncidentImpact({ incidentId });
  const vendors = impact.data?.vendors ?? [];
  const records = vendors.reduce((sum, vendor) => sum + vendor.records, 0);

  return (
    <Card withBorder radius="md" padding="lg" component="section" aria-labelledby="impact-title">
      <Title order={2} fz="lg" id="impact-title">
        Exposed vendors{impact.data ? ` (${impact.data.exposedVendorCount})` : ''}
      </Title>
      <Text size="sm" c="dimmed" mb="md">
        {impact.data && vendors.length > 0
          ? `Up to ${formatRecordCount(records)} people's records sit with vendors this incident reaches. Largest score change first.`
          : 'Vendors this incident reaches directly or through a platform they run on.'}
      </Text>
      {impact.error ? (
        <ProblemAlert error={impact.error} title="Could not load the impact" onRetry={() => impact.refetch()} />
      ) : !impact.data ? (
        <Stack gap="xs" aria-label="Loading exposed vendors">
          <Skeleton height={18} />
          <Skeleton height={18} />
          <Skeleton height={18} />
        </Stack>
      ) : vendors.length === 0 ? (
        <EmptyState icon={<IconBuildingCommunity size={24} />} title="No vendor exposed">
          No registered vendor is in a targeted category or runs on a targeted platform.
        </EmptyState>
      ) : (
        <Table.ScrollContainer minWidth={980}>
          <Table verticalSpacing="sm" aria-label="Exposed vendors">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Vendor</Table.Th>
                <Table.Th>How exposed</Table.Th>
                <Table.Th style={{ textAlign: 'right' }}>Records at risk</Table.Th>
                <Table.Th>Data at risk</Table.Th>
                <Table.Th>Score now</Table.Th>
                <Table.Th>Without this incident</Table.Th>
                <Table.Th>Missing controls it exploits</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {vendors.map((vendor) => (
                <ImpactRow key={vendor.vendorId} vendor={vendor} categoryLabels={categoryLabels} />
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Card>
  );
}

function ImpactRow({ vendor, categoryLabels }: { vendor: ExposedVendor; categoryLabels: Record<string, string> }) {
  const change = vendor.score - vendor.scoreWithoutIncident;
  const categories = vendor.dataCategoriesAtRisk;
  const controls = vendor.missingControls;
  return (
    <Table.Tr>
      <Table.Td>
        <Anchor component={Link} to={`/vendors/${vendor.vendorId}`} fw={600} size="sm">
          {vendor.name}
        </Anchor>
        <Text size="xs" c="dimmed">
          {vendorCategoryLabels[vendor.category]}
        </Text>
      </Table.Td>
      <Table.Td>
        <Exposure vendor={vendor} />
      </Table.Td>
      <Table.Td style={{ textAlign: 'right' }}>
        <Text size="sm" fw={600} title={`${formatExactCount(vendor.records)} people`}>
          {formatRecordCount(vendor.records)}
        </Text>
      </Table.Td>
      <Table.Td maw={280}>
        <Group gap={4}>
          {categories.slice(0, MAX_CATEGORIES).map((code) => (
            <Badge key={code} variant="default" radius="sm" tt="none" fw={500} size="sm">
              {categoryLabels[code] ?? code}
            </Badge>
          ))}
          {categories.length > MAX_CATEGORIES && (
            <Tooltip label={categories.slice(MAX_CATEGORIES).map((code) => categoryLabels[code] ?? code).join(', ')} multiline w={240}>
              <Text size="xs" c="dimmed" tabIndex={0}>
                +{categories.length - MAX_CATEGORIES} more
              </Text>
            </Tooltip>
          )}
        </Group>
      </Table.Td>
      <Table.Td>
        <Group gap={6} wrap="nowrap">
          <Text size="sm" fw={700}>
            {formatPoints(vendor.score)}
          </Text>
          <GradeBadge grade={vendor.grade} size="sm" />
          <Text size="xs" fw={600} c={change < 0 ? 'red.8' : 'dimmed'} aria-label={`${formatSignedPoints(change)} points from this incident`}>
            {formatSignedPoints(change)}
          </Text>
        </Group>
      </Table.Td>
      <Table.Td>
        <Group gap={6} wrap="nowrap">
          <Text size="sm">{formatPoints(vendor.scoreWithoutIncident)}</Text>
          <GradeBadge grade={vendor.gradeWithoutIncident} size="sm" />
        </Group>
      </Table.Td>
      <Table.Td maw={260}>
        {controls.length === 0 ? (
          <Text size="sm" c="dimmed">
            None missing
          </Text>
        ) : (
          <Group gap={4}>
            {controls.slice(0, MAX_CONTROLS).map((control) => (
              <Tooltip
                key={control.controlCode}
                label={`${control.controlName}: ${controlStatusLabels[control.status].toLowerCase()}, costs ${formatPoints(control.pointsLost)} points`}
                multiline
                w={260}
              >
                <Badge
                  component={Link}
                  to={`/controls?control=${encodeURIComponent(control.controlCode)}`}
                  variant="light"
                  color="red"
                  c="red.9"
                  radius="sm"
                  ff="monospace"
                  style={{ cursor: 'pointer' }}
                  aria-label={`${control.controlCode} ${control.controlName}, ${controlStatusLabels[control.status]}`}
                >
                  {control.controlCode}
                </Badge>
              </Tooltip>
            ))}
            {controls.length > MAX_CONTROLS && (
              <Text size="xs" c="dimmed">
                +{controls.length - MAX_CONTROLS} more
              </Text>
            )}
          </Group>
        )}
      </Table.Td>
    </Table.Tr>
  );
}

function Exposure({ vendor }: { vendor: ExposedVendor }) {
  if (vendor.match === 'COMPROMISED') {
    return (
      <Badge color="red" variant="filled" radius="sm" tt="none">
        Confirmed compromised
      </Badge>
    );
  }
  if (vendor.via.length > 0) {
    return (
      <>
        <Badge color="orange" variant="light" c="orange.9" radius="sm" tt="none">
          Via platform
        </Badge>
        <Text size="xs" mt={2}>
          {vendor.via.map((platform, i) => (
            <span key={platform.id}>
              {i > 0 && ', '}
              <Anchor component={Link} to={`/vendors/${platform.id}`} size="xs">
                {platform.name}
              </Anchor>
            </span>
          ))}
        </Text>
      </>
    );
  }
  return (
    <>
      <Badge color="grape" variant="light" c="grape.9" radius="sm" tt="none">
        Direct
      </Badge>
      <Text size="xs" c="dimmed" mt={2}>
        {vendor.match === 'PLATFORM' ? 'It is a targeted platform' : 'Its category is targeted'}
      </Text>
    </>
  );
}
