import { PageHeader } from '@/components/page-header';
import { IncidentsList } from '@/features/incidents/components/incidents-list';

export function IncidentsRoute() {
  return (
    <>
      <title>Incidents · Tollgate</title>
      <PageHeader
        title="Incidents"
        description="Breaches and threat campaigns against the platforms your vendors run on. Active ones raise the weight of the controls they exploit."
      />
      <IncidentsList />
    </>
  );
}
