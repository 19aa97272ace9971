import { Alert, Button, Group, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { errorMessage } from '@/lib/api-client';

type ProblemAlertProps = {
  error: unknown;
  title?: string;
  onRetry?: () => void;
};

/** Shows what the server said went wrong (the problem's detail), with an optional retry. */
export function ProblemAlert({ error, title = 'Something went wrong', onRetry }: ProblemAlertProps) {
  return (
    <Alert color="red" variant="light" title={title} icon={<IconAlertTriangle aria-hidden />} role="alert">
      <Group justify="space-between" gap="sm">
        <Text size="sm">{errorMessage(error)}</Text>
        {onRetry && (
          <Button size="compact-sm" variant="white" color="red" onClick={onRetry}>
            Try again
          </Button>
        )}
      </Group>
    </Alert>
  );
}
