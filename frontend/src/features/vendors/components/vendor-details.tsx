import { Anchor, Badge, Card, Group, List, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconExternalLink } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { PlatformRef, RiskConfidence, Vendor } from '@/api-client';
import { formatDate, formatDateTime } from '@/utils/format';
import { usedByListPath } from '../utils/used-by';
import { categoryLabels } from '../utils/labels';
import { ScoreConfidenceMarker } from './score-confidence';
import { StatusBadge, TierBadge } from './vendor-badges';

/**
 * Category, tier, status and website: the line under the vendor's name, with a marker when its score is not yet
 * backed by recorded holdings and a completed assessment (`confidence` from the vendor's risk).
 */
export function VendorSummary({ vendor, confidence }: { vendor: Vendor; confidence?: RiskConfidence }) {
  return (
    <Group gap="xs" mt={4}>
      <TierBadge tier={vendor.tier} />
      <StatusBadge status={vendor.status} />
      <Text size="sm" c="dimmed">
        {categoryLabels[vendor.category]}
      </Text>
      <Anchor href={vendor.website} target="_blank" rel="noopener noreferrer" size="sm" style={{ overflowWrap: 'anywhere' }}>
        <Group gap={4} component="span" wrap="nowrap">
          {vendor.website.replace(/^https?:\/\//, '')}
          <IconExternalLink size={14} aria-label="(opens in a new tab)" />
        </Group>
      </Anchor>
      <ScoreConfidenceMarker confidence={confidence} />
    </Group>
  );
}

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Stack gap={2}>
      <Text component="dt" size="xs" c="dimmed" fw={600} tt="uppercase">
        {label}
      </Text>
      <Text component="dd" size="sm" m={0} style={{ overflowWrap: 'anywhere' }}>
        {children}
      </Text>
    </Stack>
  );
}

const notSet = (
  <Text span c="dimmed" size="sm">
    Not set
  </Text>
);

function Tags({ values }: { values: string[] }) {
  if (values.length === 0) return notSet;
  return (
    <Group gap={6} component="span">
      {values.map((value) => (
        <Badge key={value} variant="default" radius="sm" tt="none" fw={500}>
          {value}
        </Badge>
      ))}
    </Group>
  );
}

export function VendorAbout({ vendor }: { vendor: Vendor }) {
  return (
    <Card withBorder radius="md" padding="lg" component="section" aria-labelledby="about-title" h="100%">
      <Title order={2} fz="lg" id="about-title" mb="sm">
        About
      </Title>
      {vendor.description ? (
        <Text size="sm" mb="md" style={{ whiteSpace: 'pre-line' }}>
          {vendor.description}
        </Text>
      ) : (
        <Text size="sm" c="dimmed" mb="md">
          No description yet.
        </Text>
      )}
      <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="md" component="dl" m={0}>
        <Field label="Services">
          <Tags values={vendor.services} />
        </Field>
        <Field label="Also known as">
          <Tags values={vendor.aliases ?? []} />
        </Field>
        <Field label="Business owner">{vendor.businessOwner || notSet}</Field>
        <Field label="Security contact">
          {vendor.securityContact ? <Anchor href={`mailto:${vendor.securityContact}`}>{vendor.securityContact}</Anchor> : notSet}
        </Field>
        <Field label="Next review">{vendor.nextReviewDate ? formatDate(vendor.nextReviewDate) : notSet}</Field>
        <Field label="External id">{vendor.externalId || notSet}</Field>
      </SimpleGrid>
    </Card>
  );
}

function VendorLinks({ vendors, empty }: { vendors: PlatformRef[]; empty: string }) {
  if (vendors.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {empty}
      </Text>
    );
  }
  return (
    <List spacing={6} listStyleType="none" size="sm">
      {vendors.map((ref) => (
        <List.Item key={ref.id}>
          <Anchor component={Link} to={`/vendors/${ref.id}`} fw={500} size="sm">
            {ref.name}
          </Anchor>
          <Text span size="xs" c="dimmed">
            {' '}
            · {categoryLabels[ref.category]}
          </Text>
        </List.Item>
      ))}
    </List>
  );
}

/** Fourth parties in both directions: what this vendor runs on, and who runs on it. */
export function VendorPlatforms({ vendor }: { vendor: Vendor }) {
  return (
    <Card withBorder radius="md" padding="lg" component="section" aria-labelledby="platforms-title" h="100%">
      <Title order={2} fz="lg" id="platforms-title" mb="sm">
        Connected vendors
      </Title>
      <Stack gap="md">
        <div>
          <Title order={3} fz="sm" mb={6}>
            Runs on ({vendor.platforms.length})
          </Title>
          <VendorLinks vendors={vendor.platforms} empty="No platforms recorded." />
        </div>
        <div>
          <Title order={3} fz="sm" mb={6}>
            Used by ({vendor.usedByCount})
          </Title>
          <VendorLinks vendors={vendor.usedBy} empty="No vendor runs on this one." />
          {vendor.usedByCount > vendor.usedBy.length && (
            <Anchor component={Link} to={usedByListPath(vendor.id)} size="sm" mt={6} display="inline-block">
              Show all {vendor.usedByCount}
            </Anchor>
          )}
        </div>
      </Stack>
    </Card>
  );
}

export function VendorRecordInfo({ vendor }: { vendor: Vendor }) {
  return (
    <Card withBorder radius="md" padding="lg" component="section" aria-labelledby="record-title">
      <Title order={2} fz="lg" id="record-title" mb="sm">
        Record
      </Title>
      <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="md" component="dl" m={0}>
        <Field label="Created">{formatDateTime(vendor.createdAt)}</Field>
        <Field label="Last updated">{formatDateTime(vendor.updatedAt)}</Field>
        <Field label="Version">{vendor.version}</Field>
        <Field label="Tollgate id">{vendor.id}</Field>
      </SimpleGrid>
    </Card>
  );
}
