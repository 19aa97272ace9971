package io.tollgate.testsupport;

import java.time.Duration;
import java.util.function.Supplier;

/** Waits for what background workers (re-scoring, deliveries) bring about, polling until a deadline. */
public final class Eventually {
    private static final Duration DEADLINE = Duration.ofSeconds(30);

    private Eventually() {
    }

    public static void await(String what, Supplier<Boolean> condition) {
        long deadline = System.nanoTime() + DEADLINE.toNanos();
        while (!condition.get()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Timed out waiting until " + what);
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
