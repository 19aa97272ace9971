package io.tollgate.scoring;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

/**
 * A threat campaign (for example UNC6040's vishing of Salesforce customers) as the model sees it.
 *
 * @param id                    a stable id
 * @param name                  a display name
 * @param publishedOn           when the campaign was first published; before that it does not exist
 * @param lastActivityOn        the latest reported activity, from which the boost decays; null means publishedOn
 * @param status                active, fading or archived
 * @param severity              how damaging the campaign is where it lands
 * @param exploitedControls     control id to relevance 0..1: how much the control breaks the campaign
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
                       Map<String, Double> exploitedControls,
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
        exploitedControls = Checks.mapOf(exploitedControls, "exploitedControls");
        exploitedControls.forEach((control, relevance) ->
                Checks.unitInterval(relevance, "relevance of " + control + " to " + id));
        targetedPlatformIds = Checks.setOf(targetedPlatformIds, "targetedPlatformIds");
        targetedCategories = Checks.setOf(targetedCategories, "targetedCategories");
        compromisedVendorIds = Checks.setOf(compromisedVendorIds, "compromisedVendorIds");
        entryRoutes = Checks.setOf(entryRoutes, "entryRoutes");
    }

    /** How much a control breaks this campaign, 0 when the campaign does not name it. */
    public double relevanceOf(String controlId) {
        return exploitedControls.getOrDefault(controlId, 0.0);
    }
}
