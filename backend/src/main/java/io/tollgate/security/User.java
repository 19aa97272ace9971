package io.tollgate.security;

import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

@MappedEntity("app_user")
public record User(@Id @GeneratedValue Long id,
                   String username,
                   String passwordHash,
                   Role role,
                   boolean enabled,
                   Instant createdAt) {
}
