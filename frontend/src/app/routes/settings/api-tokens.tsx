import { Anchor, Text } from '@mantine/core';
import { PageHeader } from '@/components/page-header';
import { ApiTokensList } from '@/features/api-tokens/components/api-tokens-list';
import { CreateApiToken } from '@/features/api-tokens/components/create-api-token';
import { useAuthorization } from '@/lib/auth';

export function ApiTokensRoute() {
  const { canManageApiTokens, user } = useAuthorization();
  return (
    <>
      <title>API tokens · Tollgate</title>
      <PageHeader
        title="API tokens"
        description={
          <>
            Tokens for integrations, each limited to its scopes. See the{' '}
            <Anchor href="/api/docs" target="_blank" rel="noopener">
              API reference
            </Anchor>{' '}
            for what each scope opens.
          </>
        }
        actions={canManageApiTokens && <CreateApiToken />}
      />
      {canManageApiTokens ? (
        <ApiTokensList />
      ) : (
        user && <Text c="dimmed">Only administrators manage API tokens.</Text>
      )}
    </>
  );
}
