import { Alert, Button, Code, CopyButton, Group, Stack, Text } from '@mantine/core';
import { IconKey } from '@tabler/icons-react';
import type { ApiTokenCreated } from '@/api-client';

/** The one time the secret is on screen: Tollgate keeps only its hash. */
export function NewTokenSecret({ created, onDone }: { created: ApiTokenCreated; onDone: () => void }) {
  return (
    <Stack gap="md">
      <Alert color="yellow" variant="light" icon={<IconKey aria-hidden />} title="Copy the token now">
        <Text size="sm">
          This is the only time Tollgate shows it. Use it as <Code>Authorization: Bearer &lt;token&gt;</Code>.
        </Text>
      </Alert>
      <Code block aria-label={`Secret of ${created.name}`} style={{ overflowWrap: 'anywhere', whiteSpace: 'pre-wrap' }}>
        {created.token}
      </Code>
      <Group justify="flex-end">
        <CopyButton value={created.token}>
          {({ copied, copy }) => (
            <Button variant="light" onClick={copy}>
              {copied ? 'Copied' : 'Copy token'}
            </Button>
          )}
        </CopyButton>
        <Button onClick={onDone}>Done</Button>
      </Group>
    </Stack>
  );
}
