package io.tollgate.control;

import io.micronaut.core.annotation.Introspected;

/** An ATT&CK technique a control mitigates or detects. */
@Introspected
public record ControlTechnique(String controlCode, String techniqueId, String name) {
}
