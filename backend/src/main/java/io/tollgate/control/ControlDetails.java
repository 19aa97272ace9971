package io.tollgate.control;

import java.util.List;

/** A control with its framework mappings and techniques, as the API shows it. */
public record ControlDetails(Control control, List<ControlMapping> mappings, List<ControlTechnique> techniques) {
}
