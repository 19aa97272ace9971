package io.tollgate.integration.webhook;

import io.micronaut.data.model.Page;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Controller;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.tollgate.api.WebhooksApi;
import io.tollgate.api.model.WebhookDeliveryPage;
import io.tollgate.api.model.WebhookDeliveryStatus;
import io.tollgate.api.model.WebhookSubscriptionInput;
import io.tollgate.api.model.WebhookSubscriptionPage;
import io.tollgate.api.model.WebhookSubscriptionUpdate;
import io.tollgate.common.ETags;
import io.tollgate.security.Role;

import java.net.URI;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(Role.ADMIN_NAME)
public class WebhookController implements WebhooksApi {
    private final WebhookService webhooks;

    public WebhookController(WebhookService webhooks) {
        this.webhooks = webhooks;
    }

    @Override
    @Secured(Role.ADMIN_NAME)
    public WebhookSubscriptionPage listWebhooks(Integer page, Integer size) {
        Page<WebhookService.Details> result = webhooks.list(page, size);
        return new WebhookSubscriptionPage(result.getContent().stream().map(WebhookController::toApi).toList(),
                page, size, result.getTotalSize(), result.getTotalPages());
    }

    @Override
    @Secured(Role.ADMIN_NAME)
    public HttpResponse<io.tollgate.api.model.WebhookSubscription> createWebhook(WebhookSubscriptionInput body, String idempotencyKey) {
        WebhookService.Details created = webhooks.create(new WebhookService.Input(body.getUrl(), body.getDescription(),
                body.getEventTypes(), body.getMinScoreDelta(), body.getActive()));
        return HttpResponse.created(toApi(created), URI.create("/api/v1/webhooks/" + created.subscription().id()))
                .header("ETag", ETags.of(created.subscription().version()));
    }

    @Override
    @Secured(Role.ADMIN_NAME)
    public HttpResponse<io.tollgate.api.model.WebhookSubscription> getWebhook(Long webhookId) {
        WebhookService.Details details = webhooks.get(webhookId);
        return HttpResponse.ok(toApi(details)).header("ETag", ETags.of(details.subscription().version()));
    }

    @Override
    @Secured(Role.ADMIN_NAME)
    public HttpResponse<io.tollgate.api.model.WebhookSubscription> updateWebhook(Long webhookId, WebhookSubscriptionUpdate body,
                                                                              String ifMatch) {
        WebhookService.Details updated = webhooks.update(webhookId, body.getVersion(), ifMatch, new WebhookService.Input(
                body.getUrl(), body.getDescription(), body.getEventTypes(), body.getMinScoreDelta(), body.getActive()));
        return HttpResponse.ok(toApi(updated)).header("ETag", ETags.of(updated.subscription().version()));
    }

    @Override
    @Secured(Role.ADMIN_NAME)
    public HttpResponse<Void> deleteWebhook(Long webhookId) {
        webhooks.delete(webhookId);
        return HttpResponse.noContent();
    }

    @Override
    @Secured(Role.ADMIN_NAME)
    public WebhookDeliveryPage listWebhookDeliveries(Long webhookId, Integer page, Integer size, WebhookDeliveryStatus status) {
        WebhookService.Log log = webhooks.log(webhookId, status == null ? null : status.getValue(), page, size);
        return new WebhookDeliveryPage(log.items().stream().map(WebhookController::toApi).toList(), page, size, log.total(),
                (int) ((log.total() + size - 1) / size));
    }

    @Override
    @Secured(Role.ADMIN_NAME)
    public HttpResponse<io.tollgate.api.model.WebhookDelivery> testWebhook(Long webhookId) {
        return HttpResponse.status(HttpStatus.ACCEPTED).body(toApi(webhooks.ping(webhookId)));
    }

    @Override
    @Secured(Role.ADMIN_NAME)
    public HttpResponse<io.tollgate.api.model.WebhookDelivery> redeliverWebhookDelivery(Long webhookId, Long deliveryId) {
        return HttpResponse.status(HttpStatus.ACCEPTED).body(toApi(webhooks.redeliver(webhookId, deliveryId)));
    }

    static io.tollgate.api.model.WebhookSubscription toApi(WebhookService.Details details) {
        WebhookSubscription s = details.subscription();
        return new io.tollgate.api.model.WebhookSubscription(s.id(), s.url(), details.eventTypes(),
                s.minScoreDelta().doubleValue(), s.active(), s.version(), at(s.createdAt()), at(s.updatedAt()))
                .description(s.description())
                .secret(details.secret());
    }

    static io.tollgate.api.model.WebhookDelivery toApi(WebhookDeliveryRepository.Row d) {
        return new io.tollgate.api.model.WebhookDelivery(d.id(), d.subscriptionId(), d.eventUid(), d.eventType(),
                WebhookDeliveryStatus.fromValue(d.status()), d.attempts(), at(d.createdAt()), at(d.updatedAt()))
                .nextAttemptAt(at(d.nextAttemptAt()))
                .lastStatusCode(d.lastStatusCode())
                .lastError(d.lastError())
                .payload(d.payload())
                .deliveredAt(at(d.deliveredAt()));
    }

    private static OffsetDateTime at(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
