import { Box, Center, Group, Paper, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconShieldCheck } from '@tabler/icons-react';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { LoginForm } from '@/features/auth/components/login-form';
import { useToken } from '@/lib/auth';

/** Only same-site paths, so a crafted link cannot bounce the user to another origin after sign-in. */
export function safeRedirect(target: string | null): string {
  return target && target.startsWith('/') && !target.startsWith('//') ? target : '/';
}

export function LoginRoute() {
  const [searchParams] = useSearchParams();
  const navigate = useNavigate();
  const token = useToken();
  const target = safeRedirect(searchParams.get('redirect'));

  if (token) return <Navigate to={target} replace />;

  return (
    <Center mih="100dvh" p="md" bg="gray.0">
      <Box w="100%" maw={400}>
        <Stack gap="lg">
          <Group gap="sm" justify="center">
            <ThemeIcon size={40} radius="md" aria-hidden>
              <IconShieldCheck size={26} stroke={1.8} />
            </ThemeIcon>
            <Title order={1} fz={28}>
              Tollgate
            </Title>
          </Group>
          <Paper withBorder shadow="sm" p={{ base: 'lg', sm: 'xl' }} radius="lg">
            <Stack gap={4} mb="lg">
              <Title order={2} fz="lg">
                Sign in
              </Title>
              <Text size="sm" c="dimmed">
                Third-party risk: who holds your data, and how exposed you are.
              </Text>
            </Stack>
            <LoginForm onSuccess={() => navigate(target, { replace: true })} />
          </Paper>
        </Stack>
      </Box>
    </Center>
  );
}
