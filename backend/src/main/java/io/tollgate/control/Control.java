package io.tollgate.control;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;
import io.tollgate.api.model.ControlDomain;

import java.time.Instant;

/**
 * A control of the catalogue, keyed by its code. Built-in controls (C01..C36, seeded by migration V5)
 * are read-only; admins add custom ones with codes starting X-.
 */
@MappedEntity("control")
public record Control(@Id String code,
                      String name,
                      String description,
                      ControlDomain domain,
                      int baseWeight,
                      @Nullable String mitigationNote,
                      @MappedProperty("is_builtin") boolean builtin,
                      long version,
                      Instant createdAt,
                      Instant updatedAt) {
}
