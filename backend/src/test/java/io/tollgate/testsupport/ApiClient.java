package io.tollgate.testsupport;

import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

/**
 * A raw HTTP client for integration tests: it sends exactly the bytes and headers a test asks for
 * (malformed JSON, wrong content types, stale ETags), which a typed client would refuse to produce.
 */
public final class ApiClient {
    private final URI base;
    private final JsonMapper json;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private String token;

    public ApiClient(URI base, JsonMapper json) {
        this.base = base;
        this.json = json;
    }

    public ApiClient as(String bearerToken) {
        ApiClient copy = new ApiClient(base, json);
        copy.token = bearerToken;
        return copy;
    }

    public Response get(String path, String... headers) {
        return send("GET", path, null, null, headers);
    }

    public Response delete(String path, String... headers) {
        return send("DELETE", path, null, null, headers);
    }

    public Response post(String path, Object body, String... headers) {
        return send("POST", path, body, "application/json", headers);
    }

    public Response put(String path, Object body, String... headers) {
        return send("PUT", path, body, "application/json", headers);
    }

    /** Posts a multipart/form-data body with one file part and optional plain fields (name, value pairs). */
    public Response multipart(String path, String fileName, byte[] content, String... fields) {
        String boundary = "tollgate-test-" + java.util.UUID.randomUUID();
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        java.nio.charset.Charset utf8 = java.nio.charset.StandardCharsets.UTF_8;
        for (int i = 0; i < fields.length; i += 2) {
            out.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fields[i] + "\"\r\n\r\n"
                    + fields[i + 1] + "\r\n").getBytes(utf8));
        }
        out.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(utf8));
        out.writeBytes(content);
        out.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(utf8));
        return send("POST", path, out.toByteArray(), "multipart/form-data; boundary=" + boundary);
    }

    /** Sends a body as given: a String is sent verbatim, bytes as they are, anything else is serialised to JSON. */
    public Response send(String method, String path, Object body, String contentType, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : body instanceof byte[] bytes ? HttpRequest.BodyPublishers.ofByteArray(bytes)
                : HttpRequest.BodyPublishers.ofString(body instanceof String s ? s : write(body)));
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            ContractValidator.check(method, URI.create(path).getPath(), response.statusCode(), response.headers().map(),
                    response.body());
            return new Response(response.statusCode(), response.body(), response.headers().map(), json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private String write(Object body) {
        try {
            return json.writeValueAsString(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The problem's field errors by field name (messages of one field joined). */
    @SuppressWarnings("unchecked")
    public static Map<String, String> fieldErrors(Response problem) {
        java.util.List<Map<String, Object>> errors = (java.util.List<Map<String, Object>>) problem.map().get("errors");
        Map<String, String> byField = new java.util.LinkedHashMap<>();
        if (errors != null) {
            errors.forEach(e -> byField.merge((String) e.get("field"), (String) e.get("message"), (a, b) -> a + "; " + b));
        }
        return byField;
    }

    public record Response(int status, String body, Map<String, java.util.List<String>> headers, JsonMapper json) {
        public String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().get(0)).findFirst().orElse(null);
        }

        @SuppressWarnings("unchecked")
        public Map<String, Object> map() {
            return read(Map.class);
        }

        public java.util.List<Map<String, Object>> list() {
            try {
                return json.readValue(body, Argument.listOf(Argument.mapOf(String.class, Object.class)));
            } catch (IOException e) {
                throw new UncheckedIOException("Response is not a JSON array: " + body, e);
            }
        }

        public <T> T read(Class<T> type) {
            try {
                return json.readValue(body, type);
            } catch (IOException e) {
                throw new UncheckedIOException("Response is not JSON: " + body, e);
            }
        }

        @Override
        public String toString() {
            return status + " " + body;
        }
    }
}
