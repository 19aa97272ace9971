import { Center, Loader } from '@mantine/core';

/** Shown while a page's code is on its way; most loads are too quick to notice. */
export function RouteFallback() {
  return (
    <Center py={80} role="status" aria-label="Loading page">
      <Loader size="sm" />
    </Center>
  );
}
