package io.tollgate.scoring;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * A threat campaign (for example UNC6040's vishing of Salesforce customers) as the model sees it.
 *
 * @param id                    a stable id
 * @param name                  a display name
 * @param publishedOn           when the campaign was first published; before that it does not exist
 * @param lastActivityOn        the latest reported activity, from which its strength decays; null means publishedOn
 * @param status                active, fading or archived
 * @param severity              how damaging the campaign is where it lands
 * @param steps                 its attack chain in order, each step with the controls that break it; empty when
 *                              the chain is not known (then nothing the vendor shows can break it)
 * @param targetedPlatformIds   the vendors (platforms) whose features or customers the campaign abuses
 * @param targetedCategories    the kinds of vendor targeted as a sector
 * @param compromisedVendorIds  vendors (or integrations) confirmed compromised in the campaign
 * @param entryRoutes           the routes the campaign gets in by; empty means unknown (assume any)
 */
public record Incident(String id,
                       String name,
                       LocalDate publishedOn,
                       LocalDate lastActivityOn,
                       IncidentStatus status,
                       Severity severity,
                       List<AttackStep> steps,
                       Set<Long> targetedPlatformIds,
                       Set<VendorCategory> targetedCategories,
                       Set<Long> compromisedVendorIds,
                       Set<EntryRoute> entryRoutes) {

    public Incident {
        Checks.notNull(id, "id");
        Checks.notNull(name, "name");
        Checks.notNull(publishedOn, "publishedOn");
        if (lastActivityOn == null) {
            lastActivityOn = publishedOn;
        }
        if (lastActivityOn.isBefore(publishedOn)) {
            throw new IllegalArgumentException("lastActivityOn must not be before publishedOn");
        }
        Checks.notNull(status, "status");
        Checks.notNull(severity, "severity");
        steps = Checks.listOf(steps, "steps");
        targetedPlatformIds = Checks.setOf(targetedPlatformIds, "targetedPlatformIds");
        targetedCategories = Checks.setOf(targetedCategories, "targetedCategories");
        compromisedVendorIds = Checks.setOf(compromisedVendorIds, "compromisedVendorIds");
        entryRoutes = Checks.setOf(entryRoutes, "entryRoutes");
    }

    /** How strongly a control breaks the campaign at its best step, 0 when no step names it. */
    public double strengthOf(String controlId) {
        double best = 0.0;
        for (AttackStep step : steps) {
            best = Math.max(best, step.strengthOf(controlId));
        }
        return best;
    }

    public Incident withStatus(IncidentStatus newStatus, LocalDate newLastActivityOn) {
        return new Incident(id, name, publishedOn, newLastActivityOn, newStatus, severity, steps, targetedPlatformIds,
                targetedCategories, compromisedVendorIds, entryRoutes);
    }
}
