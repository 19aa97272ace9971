import { Anchor, Badge, Card, Group, List, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconExternalLink } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { Incident } from '@/api-client';
import { attackUrl } from '@/utils/attack';
import { formatDate } from '@/utils/format';
import { vendorCategoryLabels } from '@/utils/vendor-category-labels';
import { IncidentStatusBadge, SeverityBadge } from './incident-badges';

/** Severity, status and threat actor: the line under the incident's name. */
export function IncidentHeadline({ incident }: { incident: Incident }) {
  return (
    <Group gap="xs" mt={4}>
      <SeverityBadge severity={incident.severity} />
      <IncidentStatusBadge status={incident.status} />
      <Text size="sm" c="dimmed">
        {incident.threatActor ?? 'Threat actor unknown'}
      </Text>
    </Group>
  );
}

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <Card withBorder radius="md" padding="lg" component="section" aria-labelledby={id} h="100%">
      <Title order={2} fz="lg" id={id} mb="sm">
        {title}
      </Title>
      {children}
    </Card>
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

function None({ children = 'None recorded.' }: { children?: string }) {
  return (
    <Text size="sm" c="dimmed">
      {children}
    </Text>
  );
}

export function IncidentSummary({ incident }: { incident: Incident }) {
  return (
    <Section id="incident-summary" title="Summary">
      <Text size="sm" mb="md" style={{ whiteSpace: 'pre-line' }}>
        {incident.summary}
      </Text>
      <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="md" component="dl" m={0}>
        <Field label="First seen">{formatDate(incident.firstSeen)}</Field>
        <Field label="Last seen">{incident.lastSeen ? formatDate(incident.lastSeen) : 'Ongoing'}</Field>
        <Field label="Reported">{formatDate(incident.publishedOn)}</Field>
        <Field label="Threat actor">{incident.threatActor ?? '—'}</Field>
      </SimpleGrid>
    </Section>
  );
}

export function IncidentSources({ incident }: { incident: Incident }) {
  return (
    <Section id="incident-sources" title={`Sources (${incident.sources.length})`}>
      {incident.sources.length === 0 ? (
        <None />
      ) : (
        <List spacing="xs" listStyleType="none" size="sm">
          {incident.sources.map((source) => (
            <List.Item key={source.url}>
              <Anchor href={source.url} target="_blank" rel="noopener noreferrer" size="sm" fw={500}>
                {source.title}
                <IconExternalLink size={14} aria-label="(opens in a new tab)" style={{ marginLeft: 4, verticalAlign: -2 }} />
              </Anchor>
              {(source.publisher || source.publishedOn) && (
                <Text size="xs" c="dimmed">
                  {[source.publisher, source.publishedOn && formatDate(source.publishedOn)].filter(Boolean).join(' · ')}
                </Text>
              )}
            </List.Item>
          ))}
        </List>
      )}
    </Section>
  );
}

/** The platforms attacked (linked to the registered vendor when there is one) and the kinds of vendor targeted. */
export function IncidentTargets({ incident }: { incident: Incident }) {
  const categories = [...incident.vendorCategories];
  return (
    <Section id="incident-targets" title="Targets">
      <Stack gap="md">
        <div>
          <Title order={3} fz="sm" mb={6}>
            Platforms ({incident.platforms.length})
          </Title>
          {incident.platforms.length === 0 ? (
            <None />
          ) : (
            <List spacing={4} listStyleType="none" size="sm">
              {incident.platforms.map((platform) => (
                <List.Item key={platform.name}>
                  {platform.vendorId ? (
                    <Anchor component={Link} to={`/vendors/${platform.vendorId}`} size="sm" fw={500}>
                      {platform.name}
                    </Anchor>
                  ) : (
                    <Text span size="sm">
                      {platform.name}{' '}
                      <Text span size="xs" c="dimmed">
                        (not a registered vendor)
                      </Text>
                    </Text>
                  )}
                </List.Item>
              ))}
            </List>
          )}
        </div>
        <div>
          <Title order={3} fz="sm" mb={6}>
            Vendor categories ({categories.length})
          </Title>
          {categories.length === 0 ? (
            <None />
          ) : (
            <Group gap={6}>
              {categories.map((category) => (
                <Badge key={category} variant="default" radius="sm" tt="none" fw={500}>
                  {vendorCategoryLabels[category]}
                </Badge>
              ))}
            </Group>
          )}
        </div>
      </Stack>
    </Section>
  );
}

export function IncidentTechniques({ incident }: { incident: Incident }) {
  return (
    <Section id="incident-techniques" title={`ATT&CK techniques (${incident.techniques.length})`}>
      {incident.techniques.length === 0 ? (
        <None />
      ) : (
        <List spacing={4} listStyleType="none" size="sm">
          {incident.techniques.map((technique) => (
            <List.Item key={technique.id}>
              <Anchor href={attackUrl(technique.id)} target="_blank" rel="noopener noreferrer" size="sm">
                <Text span ff="monospace" fw={600} size="sm">
                  {technique.id}
                </Text>{' '}
                {technique.name}
                <IconExternalLink size={14} aria-label="(opens in a new tab)" style={{ marginLeft: 4, verticalAlign: -2 }} />
              </Anchor>
            </List.Item>
          ))}
        </List>
      )}
    </Section>
  );
}

type IncidentDataExposedProps = {
  incident: Incident;
  /** Human names of the data categories, by code; a code without one is shown as is. */
  labels?: Record<string, string>;
};

export function IncidentDataExposed({ incident, labels = {} }: IncidentDataExposedProps) {
  const codes = [...incident.dataCategories];
  return (
    <Section id="incident-data" title={`Data categories exposed (${codes.length})`}>
      {codes.length === 0 ? (
        <None>None recorded.</None>
      ) : (
        <Group gap={6}>
          {codes.map((code) => (
            <Badge key={code} variant="light" color="grape" c="grape.9" radius="sm" tt="none" fw={500}>
              {labels[code] ?? code}
            </Badge>
          ))}
        </Group>
      )}
    </Section>
  );
}
