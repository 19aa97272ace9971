package io.tollgate.integration;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.json.JsonMapper;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.authentication.Authentication;
import io.tollgate.api.model.FieldError;
import io.tollgate.api.model.Problem;
import io.tollgate.common.Problems;
import io.tollgate.common.Values;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * {@code Idempotency-Key} for the create operations, implemented once for all of them. The first request with a key
 * inserts a row (the unique key makes a concurrent duplicate lose the insert instead of creating a second resource),
 * runs, and stores its response; a repeat by the same principal with the same method, address and body gets that
 * response again, marked {@code Idempotent-Replayed: true}. The same key with a different request is refused with
 * 422; a repeat while the first still runs gets 409. Server errors (5xx) and 429 are not stored: the key is released
 * so a retry runs again. Keys live 24 hours; {@link IdempotencyKeyPurge} deletes them after. The paths are the create
 * operations that document the header.
 */
@ServerFilter(patterns = {
        "/api/v1/vendors",
        "/api/v1/controls",
        "/api/v1/incidents",
        "/api/v1/questionnaire-templates",
        "/api/v1/questionnaire-templates/csv",
        "/api/v1/assessments",
        "/api/v1/api-tokens",
        "/api/v1/webhooks"
}, methods = HttpMethod.POST)
public class IdempotencyFilter implements Ordered {
    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAYED_HEADER = "Idempotent-Replayed";
    static final Duration TTL = Duration.ofHours(24);
    /** A claim whose request never stored a response (the instance died) is given up after this long. */
    static final Duration ABANDONED_AFTER = Duration.ofMinutes(5);
    private static final Pattern VALID_KEY = Pattern.compile("[\\x21-\\x7E]{1,255}");
    private static final List<String> STORED_HEADERS = List.of("Location", "ETag");
    private static final String CLAIM = IdempotencyFilter.class.getName() + ".claim";
    private static final Logger LOG = LoggerFactory.getLogger(IdempotencyFilter.class);

    private final IdempotencyRepository records;
    private final ResponseCipher cipher;
    private final JsonMapper json;
    private final Clock clock;

    public IdempotencyFilter(IdempotencyRepository records, ResponseCipher cipher, JsonMapper json, Clock clock) {
        this.records = records;
        this.cipher = cipher;
        this.json = json;
        this.clock = clock;
    }

    private record Claim(String keyHash, String principal, String key) {
    }

    /** After authentication: the principal is part of the key, and unauthenticated requests never touch the table. */
    @Override
    public int getOrder() {
        return ServerFilterPhase.SECURITY.after();
    }

    @RequestFilter
    @ExecuteOn(TaskExecutors.BLOCKING)
    @Nullable
    public HttpResponse<?> claim(HttpRequest<?> request, @Body @Nullable byte[] body) {
        String key = request.getHeaders().get(HEADER);
        Optional<Authentication> principal = request.getUserPrincipal(Authentication.class);
        if (key == null || principal.isEmpty()) {
            return null;
        }
        if (!VALID_KEY.matcher(key).matches()) {
            return Problems.response(400, "Idempotency-Key must be 1 to 255 visible ASCII characters.",
                    List.of(new FieldError(HEADER, "must be 1 to 255 visible ASCII characters")));
        }
        String name = principal.get().getName();
        Claim claim = new Claim(ApiTokenSecrets.sha256Hex((name + "\0" + key).getBytes(StandardCharsets.UTF_8)), name, key);
        String requestHash = requestHash(request, body);
        for (int attempt = 0; attempt < 3; attempt++) {
            Instant now = Values.now(clock);
            if (records.claim(claim.keyHash(), requestHash, now, now.plus(TTL)) == 1) {
                request.setAttribute(CLAIM, claim);
                return null;
            }
            Optional<IdempotencyRecord> existing = records.findByKeyHash(claim.keyHash());
            if (existing.isEmpty()) {
                continue; // released or purged in between: claim again
            }
            IdempotencyRecord record = existing.get();
            boolean abandoned = record.responseStatus() == null && record.createdAt().isBefore(now.minus(ABANDONED_AFTER));
            if (!record.expiresAt().isAfter(now) || abandoned) {
                records.deleteStale(record.id(), now, now.minus(ABANDONED_AFTER));
                continue;
            }
            if (!record.requestHash().equals(requestHash)) {
                return Problems.response(422, "This Idempotency-Key was already used with a different request; use a new key.",
                        List.of(new FieldError(HEADER, "was already used with a different request")));
            }
            if (record.responseStatus() == null) {
                return Problems.response(409, "A request with this Idempotency-Key is still being processed; retry shortly.")
                        .header(HttpHeaders.RETRY_AFTER, "1");
            }
            return replay(record, claim);
        }
        return Problems.response(409, "This Idempotency-Key is in use by a concurrent request; retry shortly.")
                .header(HttpHeaders.RETRY_AFTER, "1");
    }

    @ResponseFilter
    @ExecuteOn(TaskExecutors.BLOCKING)
    public void store(HttpRequest<?> request, MutableHttpResponse<?> response) {
        Optional<Claim> found = request.getAttribute(CLAIM, Claim.class);
        if (found.isEmpty()) {
            return;
        }
        Claim claim = found.get();
        request.removeAttribute(CLAIM, Claim.class);
        int status = response.code();
        try {
            if (status >= 500 || status == HttpStatus.TOO_MANY_REQUESTS.getCode()) {
                records.release(claim.keyHash());
                return;
            }
            Object body = response.body();
            byte[] bytes = body == null ? new byte[0]
                    : body instanceof byte[] b ? b
                    : body instanceof CharSequence s ? s.toString().getBytes(StandardCharsets.UTF_8)
                    : json.writeValueAsBytes(body);
            String contentType = response.getContentType().map(MediaType::toString)
                    .orElse(body == null ? null : body instanceof Problem ? Problems.MEDIA_TYPE : MediaType.APPLICATION_JSON);
            StringBuilder headers = new StringBuilder();
            if (contentType != null) {
                headers.append("Content-Type: ").append(contentType).append('\n');
            }
            for (String header : STORED_HEADERS) {
                String value = response.getHeaders().get(header);
                if (value != null) {
                    headers.append(header).append(": ").append(value).append('\n');
                }
            }
            records.complete(claim.keyHash(), status, headers.toString(), cipher.encrypt(claim.principal(), claim.key(), bytes));
        } catch (IOException | RuntimeException e) {
            // The response itself is fine; without a stored copy the key is released so a retry simply runs again.
            LOG.warn("Could not store the response for an Idempotency-Key; releasing the key", e);
            records.release(claim.keyHash());
        }
    }

    private MutableHttpResponse<?> replay(IdempotencyRecord record, Claim claim) {
        MutableHttpResponse<Object> response = HttpResponse.status(HttpStatus.valueOf(record.responseStatus()));
        String headers = record.responseHeaders() == null ? "" : record.responseHeaders();
        for (String line : headers.split("\n")) {
            int colon = line.indexOf(": ");
            if (colon > 0) {
                response.header(line.substring(0, colon), line.substring(colon + 2));
            }
        }
        byte[] body = record.responseBody() == null ? new byte[0] : cipher.decrypt(claim.principal(), claim.key(), record.responseBody());
        if (body.length > 0) {
            response.body(body);
        }
        return response.header(REPLAYED_HEADER, "true");
    }

    /** What makes two requests "the same": method, path and query, content type and the exact body bytes. */
    private static String requestHash(HttpRequest<?> request, @Nullable byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes((request.getMethodName() + " " + request.getUri() + "\n"
                + request.getContentType().map(MediaType::toString).orElse("") + "\n").getBytes(StandardCharsets.UTF_8));
        if (body != null) {
            out.writeBytes(body);
        }
        return ApiTokenSecrets.sha256Hex(out.toByteArray());
    }
}
