import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useSyncExternalStore } from 'react';
import { Role, type CurrentUser, type LoginRequest } from '@/api-client';
import { authApi, tokenStore } from './api-client';

export const getCurrentUser = (): Promise<CurrentUser> => authApi.currentUser();

export const currentUserQueryOptions = () =>
  queryOptions({
    queryKey: ['auth', 'me'],
    queryFn: getCurrentUser,
    staleTime: Infinity,
  });

export const useCurrentUser = () => useQuery({ ...currentUserQueryOptions(), enabled: useToken() !== null });

export const useToken = () => useSyncExternalStore(tokenStore.subscribe, tokenStore.get);

export const login = (credentials: LoginRequest) => authApi.login({ loginRequest: credentials });

export function useLogin({ onSuccess }: { onSuccess?: () => void } = {}) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: login,
    onSuccess: (response) => {
      queryClient.clear();
      // The login answer already names the user, which saves a round trip to /auth/me.
      queryClient.setQueryData(currentUserQueryOptions().queryKey, {
        username: response.username,
        roles: response.roles,
      });
      tokenStore.set(response.accessToken);
      onSuccess?.();
    },
  });
}

/** Revokes every token of the signed-in user on the server (all sessions, all instances). */
export const logout = () => authApi.logout();

/**
 * Signs out on the server first, then forgets the token here; the app layout then sends the user to the login
 * page (which brings them back to the same page after the next sign-in). A server that cannot be reached, or a
 * token that has already expired, still ends the session in this tab.
 */
export function useLogout() {
  const queryClient = useQueryClient();
  return async () => {
    try {
      await logout();
    } catch {
      // Nothing to do: the local sign-out below happens anyway.
    }
    tokenStore.set(null);
    queryClient.clear();
  };
}

const hasRole = (user: CurrentUser | undefined, ...roles: Role[]) =>
  user?.roles.some((role) => roles.includes(role)) ?? false;

/** What the signed-in user may do; the server enforces the same rules. */
export function useAuthorization() {
  const { data: user } = useCurrentUser();
  return {
    user,
    canEditVendors: hasRole(user, Role.Admin, Role.Analyst),
    canDeleteVendors: hasRole(user, Role.Admin),
    canAddControls: hasRole(user, Role.Admin),
    canEditIncidents: hasRole(user, Role.Admin, Role.Analyst),
    canOverrideControls: hasRole(user, Role.Admin, Role.Analyst),
    canManageApiTokens: hasRole(user, Role.Admin),
    canSendAssessments: hasRole(user, Role.Admin, Role.Analyst),
    canReviewAssessments: hasRole(user, Role.Admin, Role.Analyst),
    canImportTemplates: hasRole(user, Role.Admin, Role.Analyst),
    canEditCadence: hasRole(user, Role.Admin),
  };
}

/** The user's most powerful role, for display. */
export function primaryRole(user: CurrentUser): Role | undefined {
  return [Role.Admin, Role.Analyst, Role.Viewer].find((role) => user.roles.includes(role));
}
