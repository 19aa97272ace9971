package io.tollgate.audit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.beans.BeanIntrospection;
import io.micronaut.core.beans.BeanIntrospector;
import io.micronaut.core.beans.BeanProperty;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.context.ServerRequestContext;
import io.micronaut.security.authentication.Authentication;
import io.tollgate.portal.PortalAccess;
import io.tollgate.security.ClientAddress;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.lang.reflect.RecordComponent;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.TemporalAccessor;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The one way to write the audit trail. A service calls
 * {@code audit.record("vendor.update", "vendor", id, before, after)} inside its own transaction, so the event
 * commits or rolls back with the change (calling it outside a transaction fails: MANDATORY). Who, when, the
 * request id and the client address come from the current request. {@code before}/{@code after} may be any
 * entity, record or map; they are stored as JSON, with secrets (password, token, hash fields) masked and
 * binary content reduced to its size.
 */
@Singleton
public class AuditLog {
    /** Authentications may name their actor type (e.g. API tokens: "API_TOKEN") in this attribute. */
    public static final String ACTOR_TYPE_ATTRIBUTE = "actorType";
    static final String REQUEST_ID_ATTRIBUTE = "tollgate.requestId";
    /** Set on a request whose outcome is already in the trail, so the refusal filter does not record it twice. */
    static final String RECORDED_ATTRIBUTE = "tollgate.audit.recorded";
    private static final Pattern REQUEST_ID = Pattern.compile("[A-Za-z0-9._:-]{1,100}");
    private static final Pattern SECRET_NAME = Pattern.compile(".*(password|secret|token|hash).*", Pattern.CASE_INSENSITIVE);
    private static final int MAX_DEPTH = 6;

    private final AuditEventRepository events;
    private final ClientAddress addresses;
    private final Clock clock;

    public AuditLog(AuditEventRepository events, ClientAddress addresses, Clock clock) {
        this.events = events;
        this.addresses = addresses;
        this.clock = clock;
    }

    /** A change that succeeded; joins the caller's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String action, String resourceType, @Nullable Object resourceId, @Nullable Object before, @Nullable Object after) {
        HttpRequest<?> request = ServerRequestContext.currentRequest().orElse(null);
        events.save(event(request, action, resourceType, resourceId, AuditEvent.Outcome.SUCCESS, snapshot(before), snapshot(after)));
    }

    /** A refused request (401/403): there is no transaction to join, so it is written in its own. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void denied(HttpRequest<?> request, int status) {
        Map<String, Object> what = new LinkedHashMap<>();
        what.put("method", request.getMethodName());
        what.put("path", truncate(withoutTokens(request.getPath()), 500));
        what.put("status", status);
        events.save(event(request, "access.denied", "request", null, AuditEvent.Outcome.DENIED, null, what));
    }

    /**
     * A sign-in attempt with a password, in its own transaction (sign-in has none to join): the username as typed,
     * how it ended ({@code result}: SIGNED_IN, WRONG_PASSWORD, UNKNOWN_USER, LOCKED or DISABLED), never the password.
     * A success names the user as its actor; a failure is anonymous, with the username tried as the actor's name so
     * that filtering the trail by actor shows both.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void signIn(HttpRequest<?> request, String username, boolean succeeded, String result) {
        Map<String, Object> what = new LinkedHashMap<>();
        what.put("username", truncate(username, 200));
        what.put("method", "password");
        what.put("result", result);
        events.save(new AuditEvent(null, now(), succeeded ? AuditEvent.ActorType.USER : AuditEvent.ActorType.ANONYMOUS, null,
                truncate(username, 200), "auth.login", "user", truncate(username, 100),
                succeeded ? AuditEvent.Outcome.SUCCESS : AuditEvent.Outcome.DENIED, null, what, requestId(request), clientIp(request)));
        request.setAttribute(RECORDED_ATTRIBUTE, Boolean.TRUE);
    }

    static boolean alreadyRecorded(HttpRequest<?> request) {
        return request.getAttribute(RECORDED_ATTRIBUTE, Boolean.class).orElse(false);
    }

    private AuditEvent event(@Nullable HttpRequest<?> request, String action, String resourceType, @Nullable Object resourceId,
                             AuditEvent.Outcome outcome, @Nullable Map<String, Object> before, @Nullable Map<String, Object> after) {
        Actor actor = actor(request);
        return new AuditEvent(null, now(), actor.type(), actor.id(), actor.name(), action, resourceType,
                resourceId == null ? null : truncate(String.valueOf(resourceId), 100), outcome, before, after,
                request == null ? null : requestId(request), request == null ? null : clientIp(request));
    }

    private Instant now() {
        // Whole microseconds, as DATETIME(6) stores them.
        Instant now = clock.instant();
        return now.minusNanos(now.getNano() % 1000);
    }

    record Actor(AuditEvent.ActorType type, @Nullable String id, @Nullable String name) {
    }

    static Actor actor(@Nullable HttpRequest<?> request) {
        if (request == null) {
            return new Actor(AuditEvent.ActorType.SYSTEM, null, "system");
        }
        Optional<Authentication> authentication = request.getUserPrincipal(Authentication.class);
        if (authentication.isEmpty()) {
            return new Actor(AuditEvent.ActorType.ANONYMOUS, null, null);
        }
        Authentication a = authentication.get();
        if (a.getRoles().contains(PortalAccess.ROLE)) {
            Object assessmentId = a.getAttributes().get("assessmentId");
            return new Actor(AuditEvent.ActorType.PORTAL, assessmentId == null ? null : String.valueOf(assessmentId), a.getName());
        }
        Object declared = a.getAttributes().get(ACTOR_TYPE_ATTRIBUTE);
        if (declared != null) {
            try {
                return new Actor(AuditEvent.ActorType.valueOf(String.valueOf(declared).toUpperCase(Locale.ROOT)), null, a.getName());
            } catch (IllegalArgumentException e) {
                // An unknown type is still a signed-in caller.
            }
        }
        return new Actor(AuditEvent.ActorType.USER, null, a.getName());
    }

    /** The caller's X-Request-Id when it is a plain identifier, else one made up; the same for every event of the request. */
    static String requestId(HttpRequest<?> request) {
        return request.getAttribute(REQUEST_ID_ATTRIBUTE, String.class).orElseGet(() -> {
            String id = request.getHeaders().get("X-Request-Id");
            if (id == null || !REQUEST_ID.matcher(id).matches()) {
                id = UUID.randomUUID().toString();
            }
            request.setAttribute(REQUEST_ID_ATTRIBUTE, id);
            return id;
        });
    }

    private String clientIp(HttpRequest<?> request) {
        return truncate(addresses.of(request), 100);
    }

    /** Turns an entity, record, model or map into plain JSON-able values. Hand-written because the entities are not @Serdeable. */
    @Nullable
    static Map<String, Object> snapshot(@Nullable Object value) {
        if (value == null) {
            return null;
        }
        Object plain = plain(value, 0);
        if (plain instanceof Map<?, ?> map) {
            @SuppressWarnings("unchecked")
            Map<String, Object> result = (Map<String, Object>) map;
            return result;
        }
        Map<String, Object> wrapped = new LinkedHashMap<>();
        wrapped.put("value", plain);
        return wrapped;
    }

    private static Object plain(@Nullable Object value, int depth) {
        if (value == null || value instanceof String || value instanceof Number || value instanceof Boolean) {
            return value;
        }
        if (value instanceof Enum<?> e) {
            return e.toString();
        }
        if (value instanceof TemporalAccessor || value instanceof UUID || value instanceof Character) {
            return value.toString();
        }
        if (value instanceof byte[] bytes) {
            return "<" + bytes.length + " bytes>";
        }
        if (depth >= MAX_DEPTH) {
            return String.valueOf(value);
        }
        if (value instanceof Optional<?> optional) {
            return plain(optional.orElse(null), depth);
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> result = new LinkedHashMap<>();
            map.forEach((k, v) -> result.put(String.valueOf(k), masked(String.valueOf(k), v, depth)));
            return result;
        }
        if (value instanceof Collection<?> collection) {
            return collection.stream().map(v -> plain(v, depth + 1)).toList();
        }
        Optional<? extends BeanIntrospection<?>> introspection = BeanIntrospector.SHARED.findIntrospection(value.getClass());
        if (introspection.isPresent()) {
            Map<String, Object> result = new LinkedHashMap<>();
            for (BeanProperty<?, ?> property : introspection.get().getBeanProperties()) {
                @SuppressWarnings("unchecked")
                BeanProperty<Object, Object> p = (BeanProperty<Object, Object>) property;
                result.put(p.getName(), masked(p.getName(), p.get(value), depth));
            }
            return result;
        }
        if (value.getClass().isRecord()) {
            // Records the compiler did not introspect (views such as VendorDetails): read their components.
            Map<String, Object> result = new LinkedHashMap<>();
            for (RecordComponent component : value.getClass().getRecordComponents()) {
                try {
                    component.getAccessor().setAccessible(true);
                    result.put(component.getName(), masked(component.getName(), component.getAccessor().invoke(value), depth));
                } catch (ReflectiveOperationException | RuntimeException e) {
                    result.put(component.getName(), "?");
                }
            }
            return result;
        }
        return String.valueOf(value);
    }

    private static Object masked(String name, @Nullable Object value, int depth) {
        if (value != null && SECRET_NAME.matcher(name).matches()) {
            return "[redacted]";
        }
        return plain(value, depth + 1);
    }

    private static final Pattern PORTAL_TOKEN = Pattern.compile("tgp_[A-Za-z0-9_-]+");

    /** Invitation tokens (the SPA's /portal/<token> links) never reach the audit trail or the logs. */
    public static String withoutTokens(String path) {
        return PORTAL_TOKEN.matcher(path).replaceAll("tgp_[redacted]");
    }

    private static String truncate(String value, int max) {
        return value.length() > max ? value.substring(0, max) : value;
    }

}
