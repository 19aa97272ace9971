import { useParams } from 'react-router';

/** The :incidentId route parameter, or undefined when it is not a valid id. */
export function useIncidentId(): number | undefined {
  const { incidentId } = useParams();
  const id = Number(incidentId);
  return Number.isSafeInteger(id) && id > 0 ? id : undefined;
}
