import { Configuration, PortalApi, type Middleware } from '@/api-client';
import { ApiError, readProblem } from '@/lib/api-client';

const PORTAL_TOKEN_KEY = 'tollgate.portalToken';

/**
 * The invitation token from the portal link. It is moved out of the address bar into sessionStorage
 * at once, so it does not linger in history or leak in a Referer; it never mixes with a user's sign-in.
 */
export const portalTokenStore = {
  get: (): string | null => sessionStorage.getItem(PORTAL_TOKEN_KEY),
  set: (token: string) => sessionStorage.setItem(PORTAL_TOKEN_KEY, token),
};

const problemMiddleware: Middleware = {
  async post({ response }) {
    if (response.ok) return response;
    throw new ApiError(response.status, await readProblem(response));
  },
};

export const portalApi = new PortalApi(
  new Configuration({
    basePath: '',
    accessToken: () => portalTokenStore.get() ?? '',
    middleware: [problemMiddleware],
  }),
);
