import {
  ApiTokensApi,
  AssessmentsApi,
  AuthApi,
  Configuration,
  ControlsApi,
  DashboardApi,
  DataHoldingsApi,
  FetchError,
  FindingsApi,
  IncidentsApi,
  QuestionnairesApi,
  ReassessmentsApi,
  ReferenceApi,
  RiskApi,
  VendorControlsApi,
  VendorsApi,
  WebhooksApi,
  type Middleware,
  type Problem,
} from '@/api-client';

const TOKEN_KEY = 'tollgate.accessToken';

/**
 * The bearer token lives in sessionStorage: it survives a reload but not the tab, and is not
 * shared with other tabs. Components subscribe so a 401 anywhere sends the user to the login page.
 */
export const tokenStore = (() => {
  const listeners = new Set<() => void>();
  return {
    get: (): string | null => sessionStorage.getItem(TOKEN_KEY),
    set(token: string | null) {
      if (token) sessionStorage.setItem(TOKEN_KEY, token);
      else sessionStorage.removeItem(TOKEN_KEY);
      listeners.forEach((listener) => listener());
    },
    subscribe(listener: () => void) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
})();

/** A non-2xx answer, carrying the server's RFC 9457 problem document. */
export class ApiError extends Error {
  readonly status: number;
  readonly problem: Problem;
  readonly etag: string | null;

  constructor(status: number, problem: Problem, etag: string | null = null) {
    super(problem.detail ?? problem.title ?? `Request failed with status ${status}`);
    this.name = 'ApiError';
    this.status = status;
    this.problem = problem;
    this.etag = etag;
  }
}

export async function readProblem(response: Response): Promise<Problem> {
  try {
    const body = await response.json();
    if (body && typeof body === 'object') return { status: response.status, ...body } as Problem;
  } catch {
    // Not JSON (a proxy's HTML error page, an empty body): fall back to the status line.
  }
  return { status: response.status, title: response.statusText || undefined };
}

function sentToken(init: RequestInit): boolean {
  const headers = new Headers(init.headers);
  return headers.has('Authorization');
}

// Turns error responses into ApiError once, so callers never parse bodies themselves.
const problemMiddleware: Middleware = {
  async post({ response, init }) {
    if (response.ok) return response;
    const problem = await readProblem(response);
    if (response.status === 401 && sentToken(init)) {
      tokenStore.set(null);
    }
    throw new ApiError(response.status, problem);
  },
};

const configuration = new Configuration({
  // The generated paths already start with /api/v1; the SPA is served by the API's own origin.
  basePath: '',
  accessToken: () => tokenStore.get() ?? '',
  middleware: [problemMiddleware],
});

export const authApi = new AuthApi(configuration);
export const vendorsApi = new VendorsApi(configuration);
export const dataHoldingsApi = new DataHoldingsApi(configuration);
export const referenceApi = new ReferenceApi(configuration);
export const controlsApi = new ControlsApi(configuration);
export const incidentsApi = new IncidentsApi(configuration);
export const riskApi = new RiskApi(configuration);
export const vendorControlsApi = new VendorControlsApi(configuration);
export const findingsApi = new FindingsApi(configuration);
export const apiTokensApi = new ApiTokensApi(configuration);
export const assessmentsApi = new AssessmentsApi(configuration);
export const questionnairesApi = new QuestionnairesApi(configuration);
export const dashboardApi = new DashboardApi(configuration);
export const reassessmentsApi = new ReassessmentsApi(configuration);
export const webhooksApi = new WebhooksApi(configuration);

/** A sentence a person can act on, whatever went wrong. */
export function errorMessage(error: unknown): string {
  if (error instanceof ApiError) {
    if (error.status === 429) {
      return error.problem.detail ?? 'Too many attempts. Wait a minute and try again.';
    }
    return error.problem.detail ?? error.problem.title ?? `The server answered ${error.status}.`;
  }
  if (error instanceof FetchError) {
    return 'Cannot reach the Tollgate server. Check your connection and try again.';
  }
  return error instanceof Error ? error.message : 'Something went wrong.';
}
