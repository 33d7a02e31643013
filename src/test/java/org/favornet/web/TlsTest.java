package org.favornet.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLSession;
import javax.net.ssl.TrustManagerFactory;
import org.favornet.FavornetApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * TLS as docs/security.md tells an operator to set it up: a self-signed PKCS12 keystore made with
 * the JDK's {@code keytool}, and the service started in its own JVM with the documented
 * {@code SERVER_SSL_*} environment variables. HTTPS then answers (health and an authenticated API
 * call, with the keystore's certificate), a client that does not trust that certificate is refused,
 * and plain HTTP on the same port gets no answer from the application.
 */
class TlsTest {

    private static final Duration START_TIMEOUT = Duration.ofMinutes(4);

    @TempDir Path dir;

    @Test
    void theServiceAnswersHttpsWithTheConfiguredKeystoreAndNotPlainHttpOnThatPort() throws Exception {
        String password = secret();
        Path keystore = dir.resolve("favornet.p12");
        run(List.of(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(), "-genkeypair",
                "-alias", "favornet", "-keyalg", "EC", "-groupname", "secp256r1", "-validity", "2",
                "-storetype", "PKCS12", "-keystore", keystore.toString(), "-storepass", password,
                "-dname", "CN=localhost", "-ext", "SAN=ip:127.0.0.1,dns:localhost"));
        int port = freePort();
        String adminPassword = secret();

        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx768m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "-cp", System.getProperty("java.class.path"), FavornetApplication.class.getName()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dir.resolve("service.log").toFile());
        Map<String, String> env = builder.environment();
        env.put("SERVER_SSL_ENABLED", "true");
        env.put("SERVER_SSL_KEY_STORE", "file:" + keystore);
        env.put("SERVER_SSL_KEY_STORE_TYPE", "PKCS12");
        env.put("SERVER_SSL_KEY_STORE_PASSWORD", password);
        env.put("SERVER_SSL_KEY_ALIAS", "favornet");
        env.put("SERVER_PORT", Integer.toString(port));
        env.put("FAVORNET_DATA_DIR", dir.resolve("data").toString());
        env.put("FAVORNET_BOLT_PORT", "0");
        env.put("FAVORNET_PAGE_CACHE", "64m");
        env.put("FAVORNET_DEMO", "false");
        env.put("FAVORNET_ADMIN_PASSWORD", adminPassword);
        env.put("FAVORNET_DETECTION_WARM_UP", "false");
        Process service = builder.start();
        try {
            HttpClient trusting = HttpClient.newBuilder().sslContext(trusting(keystore, password))
                    .connectTimeout(Duration.ofSeconds(10)).build();
            URI https = URI.create("https://127.0.0.1:" + port);

            HttpResponse<String> ready = awaitReady(service, trusting, https);
            assertThat(ready.statusCode()).isEqualTo(200);
            assertThat(ready.body()).contains("\"status\":\"UP\"");
            SSLSession session = ready.sslSession().orElseThrow();
            assertThat(session.getProtocol()).isIn("TLSv1.3", "TLSv1.2");
            assertThat(session.getPeerCertificates()[0]).isEqualTo(certificate(keystore, password));

            HttpResponse<String> verify = trusting.send(HttpRequest.newBuilder(https.resolve("/api/audit/verify"))
                    .header("Authorization", basic("admin", adminPassword)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(verify.statusCode()).isEqualTo(200);
            assertThat(verify.body()).contains("\"intact\":true");

            HttpClient untrusting = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
            assertThatThrownBy(() -> untrusting.send(HttpRequest.newBuilder(https.resolve("/actuator/health")).build(),
                    HttpResponse.BodyHandlers.ofString())).isInstanceOf(SSLHandshakeException.class);

            String plain = plainHttp(port, "GET /api/audit/verify HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: "
                    + basic("admin", adminPassword) + "\r\nConnection: close\r\n\r\n");
            // Tomcat answers plain text on a TLS port with a bare 400 (or closes): never the application.
            assertThat(plain).as(plain).doesNotContain("intact").doesNotContain("HTTP/1.1 200");
            if (!plain.isEmpty()) {
                assertThat(plain).startsWith("HTTP/1.1 400");
            }
        } finally {
            service.destroy();
            if (!service.waitFor(60, TimeUnit.SECONDS)) {
                service.destroyForcibly();
            }
        }
    }

    private HttpResponse<String> awaitReady(Process service, HttpClient client, URI https) throws Exception {
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            assertThat(service.isAlive()).as("the service is running; log:\n" + log()).isTrue();
            try {
                HttpResponse<String> r = client.send(HttpRequest.newBuilder(https.resolve("/actuator/health/readiness"))
                        .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200) {
                    return r;
                }
            } catch (IOException notYet) {
                // the port is not open yet
            }
            Thread.sleep(1000);
        }
        throw new AssertionError("The service did not become ready over HTTPS in " + START_TIMEOUT + "; log:\n" + log());
    }

    private String log() {
        try {
            String text = Files.readString(dir.resolve("service.log"));
            return text.length() > 4000 ? text.substring(text.length() - 4000) : text;
        } catch (IOException e) {
            return "(no log: " + e + ")";
        }
    }

    /** Sends raw bytes in plain text and reads what comes back until the server closes (or 10 s). */
    private static String plainHttp(int port, String request) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            socket.getOutputStream().flush();
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            InputStream in = socket.getInputStream();
            byte[] buf = new byte[4096];
            try {
                for (int n = in.read(buf); n > 0; n = in.read(buf)) {
                    answer.write(buf, 0, n);
                }
            } catch (IOException reset) {
                // a reset is a refusal too
            }
            return answer.toString(StandardCharsets.ISO_8859_1);
        }
    }

    private static SSLContext trusting(Path keystore, String password) throws Exception {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(keystore)) {
            store.load(in, password.toCharArray());
        }
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(store);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, tmf.getTrustManagers(), new SecureRandom());
        return context;
    }

    private static java.security.cert.Certificate certificate(Path keystore, String password) throws Exception {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(keystore)) {
            store.load(in, password.toCharArray());
        }
        return store.getCertificate("favornet");
    }

    private static void run(List<String> command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(String.join(" ", command) + "\n" + out).isZero();
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    private static String secret() {
        byte[] random = new byte[18];
        new SecureRandom().nextBytes(random);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
