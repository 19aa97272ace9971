import { Configuration, PortalFindingsApi, type Middleware } from '@/api-client';
import { portalTokenStore } from '@/features/portal/api/portal-client';
import { ApiError, readProblem } from '@/lib/api-client';

const problemMiddleware: Middleware = {
  async post({ response }) {
    if (response.ok) return response;
    throw new ApiError(response.status, await readProblem(response));
  },
};

/** Remediation requests are read and answered with the portal's invitation token, never a user's sign-in. */
export const portalFindingsApi = new PortalFindingsApi(
  new Configuration({
    basePath: '',
    accessToken: () => portalTokenStore.get() ?? '',
    middleware: [problemMiddleware],
  }),
);
