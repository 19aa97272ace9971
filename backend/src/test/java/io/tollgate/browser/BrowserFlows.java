package io.tollgate.browser;

import io.micronaut.json.JsonMapper;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Runs a browser flow ({@code frontend/e2e/<flow>.e2e.mjs}) in headless Chromium against the test server, with
 * the Node the frontend build installed and playwright-core from the frontend's dependencies. A flow that throws,
 * or a page that logs an uncaught error, fails the test.
 *
 * <p>Chromium comes from Debian ({@code /usr/bin/chromium}, installed by {@code .ci/run}). A missing browser fails
 * the test rather than skipping it, so a machine without one cannot pass CI by accident; set
 * {@code -Dtollgate.browser.chromium=/path} to use another binary.
 */
public final class BrowserFlows {
    private static final Path REPO_ROOT = findRepoRoot();
    private static final long TIMEOUT_SECONDS = 180;

    private BrowserFlows() {
    }

    public static void run(URI baseUrl, String flow, Map<String, Object> params, JsonMapper json) {
        Path node = REPO_ROOT.resolve("frontend/target/node/node");
        Path runner = REPO_ROOT.resolve("frontend/e2e/run.mjs");
        String chromium = System.getProperty("tollgate.browser.chromium", "/usr/bin/chromium");
        assertTrue(Files.isExecutable(node), "Node from the frontend build is missing at " + node + ": build the frontend module first");
        assertTrue(Files.isExecutable(Path.of(chromium)), "Chromium is missing at " + chromium + ": apt-get install -y chromium");

        List<String> command = new ArrayList<>(List.of(node.toString(), runner.toString(), flow));
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(REPO_ROOT.resolve("frontend").toFile())
                .redirectErrorStream(true);
        builder.environment().put("TOLLGATE_E2E_BASE_URL", baseUrl.toString());
        builder.environment().put("TOLLGATE_E2E_CHROMIUM", chromium);
        try {
            builder.environment().put("TOLLGATE_E2E_PARAMS", json.writeValueAsString(params));
            Process process = builder.start();
            // The output is read to the end before waiting, so a chatty flow cannot block on a full pipe.
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                fail("browser flow " + flow + " did not finish in " + TIMEOUT_SECONDS + " s:\n" + output);
            }
            System.out.println(output);
            assertEquals(0, process.exitValue(), () -> "browser flow " + flow + " failed:\n" + output);
        } catch (IOException e) {
            throw new AssertionError("could not run browser flow " + flow, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while running browser flow " + flow, e);
        }
    }

    private static Path findRepoRoot() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.isDirectory(dir.resolve("frontend/e2e"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("frontend/e2e not found above " + Path.of("").toAbsolutePath());
        }
        return dir;
    }
}
