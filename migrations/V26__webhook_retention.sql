-- Retention of the webhook delivery log (WebhookRetention): finished deliveries are deleted oldest first by their last
-- change, 1000 at a time; event_outbox already has ix_event_outbox_created for the events left without deliveries.
CREATE INDEX ix_webhook_delivery_updated ON webhook_delivery (updated_at);
