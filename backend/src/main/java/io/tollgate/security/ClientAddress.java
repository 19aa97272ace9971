package io.tollgate.security;

import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpRequest;
import jakarta.inject.Singleton;

import java.net.InetSocketAddress;

/**
 * The client's address for rate limits and the audit trail. Micronaut's own resolver believes the first
 * Forwarded/X-Forwarded-For entry, which any client can set and so escape a per-address limit. Here the socket
 * address is used unless {@code tollgate.client-address-header} names the header a trusted proxy sets; then
 * its last entry counts, the one that proxy appended itself.
 */
@Singleton
public class ClientAddress {
    private final String header;

    public ClientAddress(@Value("${tollgate.client-address-header:}") String header) {
        this.header = header == null || header.isBlank() ? null : header.trim();
    }

    public String of(HttpRequest<?> request) {
        if (header != null) {
            String value = request.getHeaders().get(header);
            if (value != null && !value.isBlank()) {
                String last = value.substring(value.lastIndexOf(',') + 1).trim();
                if (!last.isEmpty()) {
                    return last.length() > 100 ? last.substring(0, 100) : last;
                }
            }
        }
        InetSocketAddress remote = request.getRemoteAddress();
        return remote == null ? "unknown" : remote.getHostString();
    }
}
