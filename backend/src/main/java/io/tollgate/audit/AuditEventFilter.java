package io.tollgate.audit;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.scheduling.TaskExecutors;
import jakarta.inject.Named;
import org.reactivestreams.Publisher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

import java.util.concurrent.ExecutorService;

/**
 * Records every refused request (401/403) in the audit trail, unless its outcome is already there (a failed
 * sign-in is recorded as such, with the username tried). Only refusals leave the event loop for the
 * database write; every other response passes straight through. The request id the audit trail uses is
 * also returned as X-Request-Id, so a client can quote it.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
public class AuditEventFilter implements Ordered {
    private static final Logger LOG = LoggerFactory.getLogger(AuditEventFilter.class);

    private final AuditLog audit;
    private final Scheduler blocking;

    public AuditEventFilter(AuditLog audit, @Named(TaskExecutors.BLOCKING) ExecutorService executor) {
        this.audit = audit;
        this.blocking = Schedulers.fromExecutorService(executor);
    }

    @ResponseFilter
    public Publisher<MutableHttpResponse<?>> recordDenied(HttpRequest<?> request, MutableHttpResponse<?> response) {
        if (request.getPath().startsWith("/api/")) {
            response.header("X-Request-Id", AuditLog.requestId(request));
        }
        int status = response.code();
        if ((status != 401 && status != 403) || AuditLog.alreadyRecorded(request)) {
            return Mono.just(response);
        }
        return Mono.<MutableHttpResponse<?>>fromCallable(() -> {
                    try {
                        audit.denied(request, status);
                    } catch (RuntimeException e) {
                        // The refusal stands either way; a failed audit write must not turn it into a 500.
                        LOG.warn("Could not record a refused {} {}: {}", request.getMethodName(), request.getPath(), e.getClass().getSimpleName());
                    }
                    return response;
                })
                .subscribeOn(blocking);
    }

    /** Next to the security headers, outside the security filter, so it sees the security filter's own 401/403. */
    @Override
    public int getOrder() {
        return ServerFilterPhase.FIRST.after();
    }
}
