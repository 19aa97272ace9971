package io.tollgate.control;

/** Published after a custom control is created or changed, inside the changing transaction. */
public record ControlChanged(String controlCode) {
}
