package io.tollgate.control;

import io.micronaut.core.annotation.Nullable;

/**
 * One control's outcome of a completed assessment, in plain enum names: status MET, PARTIAL, NOT_MET,
 * NOT_APPLICABLE or UNKNOWN; evidence SELF_ATTESTED, DOCUMENTED or INDEPENDENTLY_TESTED (required for MET
 * and PARTIAL, ignored otherwise).
 */
public record ControlResult(String controlCode, String status, @Nullable String evidence) {
}
