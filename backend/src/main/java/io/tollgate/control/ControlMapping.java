package io.tollgate.control;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.tollgate.api.model.Framework;

/** Where a control sits in one framework, e.g. C01 is NIST CSF 2.0 PR.AA-03. */
@Introspected
public record ControlMapping(String controlCode, Framework framework, String reference, @Nullable String note) {
}
