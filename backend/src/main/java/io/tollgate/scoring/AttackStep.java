package io.tollgate.scoring;

import java.util.List;
import java.util.Map;

/**
 * One step of a campaign's attack chain (for UNC6040: the call, the stolen credentials, the consented app, the
 * bulk export), with the controls that break it.
 *
 * @param name       what the attackers do at this step
 * @param techniques its ATT&amp;CK technique ids, for display and for deriving the campaign's entry routes
 * @param breakers   control id to strength 0..1: how likely the control, met and independently tested, stops the
 *                   campaign at this step (prevents it, or detects it before the data leaves)
 */
public record AttackStep(String name, List<String> techniques, Map<String, Double> breakers) {

    public AttackStep {
        Checks.notNull(name, "name");
        techniques = Checks.listOf(techniques, "techniques");
        breakers = Checks.mapOf(breakers, "breakers");
        breakers.forEach((control, strength) -> Checks.unitInterval(strength, "strength of " + control + " at " + name));
        // In control-id order, so that ties between breakers and every list derived from them are stable.
        breakers = java.util.Collections.unmodifiableSortedMap(new java.util.TreeMap<>(breakers));
    }

    /** How strongly a control breaks this step, 0 when it does not. */
    public double strengthOf(String controlId) {
        return breakers.getOrDefault(controlId, 0.0);
    }
}
