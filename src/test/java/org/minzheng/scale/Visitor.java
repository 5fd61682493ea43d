package org.minzheng.scale;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * One browser: keeps its session cookie and sends it to whichever instance it is pointed at, as a load
 * balancer without sticky sessions would. Redirects are not followed, so a test sees where it is sent.
 */
final class Visitor {

    private final HttpClient client = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private String session;

    Optional<String> session() {
        return Optional.ofNullable(session);
    }

    HttpResponse<String> get(AppInstance instance, String path) {
        return send(request(instance, path).GET());
    }

    Document page(AppInstance instance, String path) {
        HttpResponse<String> response = get(instance, path);
        if (response.statusCode() != 200) {
            throw new IllegalStateException(
                    "GET " + path + " on " + instance.name() + " answered " + response.statusCode());
        }
        return Jsoup.parse(response.body());
    }

    HttpResponse<String> postForm(AppInstance instance, String path, Map<String, String> fields) {
        String body = fields.entrySet().stream()
                .map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
                .collect(Collectors.joining("&"));
        return send(request(instance, path)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** A multipart form with text fields and one file, as a phone's browser sends an upload. */
    HttpResponse<String> postMultipart(
            AppInstance instance,
            String path,
            Map<String, String> fields,
            String fileField,
            String fileName,
            String mediaType,
            byte[] content) {
        String boundary = "----minzheng" + UUID.randomUUID();
        var body = new ByteArrayOutputStream();
        Map<String, String> all = new LinkedHashMap<>(fields);
        all.forEach((name, value) -> write(
                body,
                "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value
                        + "\r\n"));
        write(
                body,
                "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileField + "\"; filename=\""
                        + fileName + "\"\r\nContent-Type: " + mediaType + "\r\n\r\n");
        body.writeBytes(content);
        write(body, "\r\n--" + boundary + "--\r\n");
        return send(request(instance, path)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                // the token also goes as a header: the security filter reads it before multipart is parsed
                .header("X-CSRF-TOKEN", fields.getOrDefault("_csrf", ""))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    private HttpRequest.Builder request(AppInstance instance, String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(instance.url(path)).timeout(Duration.ofSeconds(30));
        if (session != null) {
            builder.header("Cookie", "SESSION=" + session);
        }
        return builder;
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response =
                    client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            response.headers().allValues("Set-Cookie").stream()
                    .filter(cookie -> cookie.startsWith("SESSION="))
                    .map(cookie -> cookie.split(";", 2)[0].substring("SESSION=".length()))
                    .findFirst()
                    .ifPresent(value -> session = value.isEmpty() ? null : value);
            return response;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void write(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
