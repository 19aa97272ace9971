package io.tollgate.testsupport;

import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

/** A real HTTP endpoint on 127.0.0.1 that records every webhook POST and answers 503 for the first N of them. */
public final class WebhookReceiver implements AutoCloseable {
    public record Received(Instant at, Map<String, List<String>> headers, String body) {
        public String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().get(0)).findFirst().orElse(null);
        }
    }

    private final HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final AtomicInteger failuresLeft;
    private final int failStatus;

    private WebhookReceiver(int failFirst, int failStatus) {
        this.failuresLeft = new AtomicInteger(failFirst);
        this.failStatus = failStatus;
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/hook", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            received.add(new Received(Instant.now(), Map.copyOf(exchange.getRequestHeaders()),
                    new String(body, StandardCharsets.UTF_8)));
            int status = failuresLeft.getAndDecrement() > 0 ? failStatus : 204;
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        server.start();
    }

    public static WebhookReceiver healthy() {
        return new WebhookReceiver(0, 503);
    }

    /** Answers {@code status} to the first {@code times} requests, then 204. */
    public static WebhookReceiver failing(int times, int status) {
        return new WebhookReceiver(times, status);
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
    }

    public List<Received> received() {
        return List.copyOf(received);
    }

    /** Waits until {@code count} requests matching {@code which} arrived; returns them. */
    public List<Received> await(int count, Predicate<Received> which, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            List<Received> matching = received.stream().filter(which).toList();
            if (matching.size() >= count) {
                return matching;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("expected " + count + " matching webhook requests within " + timeout + ", got "
                + received.stream().filter(which).count() + " of " + received.size());
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
