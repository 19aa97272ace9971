import { ActionIcon, Alert, Group, Stack, Text, TextInput, Tooltip, CopyButton } from '@mantine/core';
import { IconCheck, IconCopy, IconKey } from '@tabler/icons-react';
import { formatDateTime } from '@/utils/format';

type PortalLinkOnceProps = { portalUrl: string; portalToken: string; tokenExpiresAt: Date; respondentEmail?: string };

/** The invitation link exists only in this answer: Tollgate keeps a hash of the token, so it cannot show it again. */
export function PortalLinkOnce({ portalUrl, portalToken, tokenExpiresAt, respondentEmail }: PortalLinkOnceProps) {
  // The server may be configured without its public address; then the link is relative to this site.
  const link = portalUrl.startsWith('/') ? `${window.location.origin}${portalUrl}` : portalUrl;
  return (
    <Stack gap="sm">
      <Alert color="orange" variant="light" icon={<IconKey aria-hidden />} title="Copy the link now: it is shown only once" role="alert">
        <Text size="sm">
          Send it to {respondentEmail ?? 'the respondent'} through a channel you trust. Anyone with the link can answer for the
          vendor until {formatDateTime(tokenExpiresAt)}. If it is lost or leaked, revoke it and issue a new one from the
          assessment page.
        </Text>
      </Alert>
      <CopyField label="Portal link" value={link} />
      <CopyField label="Invitation token" value={portalToken} />
    </Stack>
  );
}

function CopyField({ label, value }: { label: string; value: string }) {
  return (
    <Group gap="xs" align="flex-end" wrap="nowrap">
      <TextInput label={label} value={value} readOnly style={{ flex: 1, minWidth: 0 }} ff="monospace" onFocus={(e) => e.currentTarget.select()} />
      <CopyButton value={value}>
        {({ copied, copy }) => (
          <Tooltip label={copied ? 'Copied' : `Copy ${label.toLowerCase()}`} withArrow>
            <ActionIcon size={36} variant={copied ? 'filled' : 'light'} color={copied ? 'teal' : undefined} onClick={copy}
              aria-label={`Copy ${label.toLowerCase()}`}>
              {copied ? <IconCheck size={18} aria-hidden /> : <IconCopy size={18} aria-hidden />}
            </ActionIcon>
          </Tooltip>
        )}
      </CopyButton>
    </Group>
  );
}
