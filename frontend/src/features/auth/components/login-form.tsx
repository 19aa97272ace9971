import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, PasswordInput, Stack, TextInput } from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { errorMessage } from '@/lib/api-client';
import { useLogin } from '@/lib/auth';

// Mirrors LoginRequest in the contract.
const loginSchema = z.object({
  username: z.string().trim().min(1, 'Enter your username').max(100, 'At most 100 characters'),
  password: z.string().min(1, 'Enter your password').max(200, 'At most 200 characters'),
});

type LoginValues = z.infer<typeof loginSchema>;

export function LoginForm({ onSuccess }: { onSuccess: () => void }) {
  const login = useLogin({ onSuccess });
  const {
    register,
    handleSubmit,
    formState: { errors },
  } = useForm<LoginValues>({ resolver: zodResolver(loginSchema), defaultValues: { username: '', password: '' } });

  return (
    <form onSubmit={handleSubmit((values) => login.mutate(values))} noValidate>
      <Stack gap="md">
        {login.isError && (
          <Alert color="red" variant="light" icon={<IconAlertCircle aria-hidden />} title="Sign-in failed" role="alert">
            {errorMessage(login.error)}
          </Alert>
        )}
        <TextInput
          label="Username"
          autoComplete="username"
          autoFocus
          withAsterisk
          error={errors.username?.message}
          {...register('username')}
        />
        <PasswordInput
          label="Password"
          autoComplete="current-password"
          withAsterisk
          error={errors.password?.message}
          {...register('password')}
        />
        <Button type="submit" loading={login.isPending} fullWidth mt="xs">
          Sign in
        </Button>
      </Stack>
    </form>
  );
}
