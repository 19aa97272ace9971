import { Button, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';

export function NotFoundRoute() {
  return (
    <Stack align="center" gap="sm" py={80}>
      <Title order={1} fz={28}>
        Page not found
      </Title>
      <Text c="dimmed">There is nothing at this address.</Text>
      <Button component={Link} to="/vendors" variant="light">
        Go to vendors
      </Button>
    </Stack>
  );
}
