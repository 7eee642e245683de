package no.redthread.indicators.internal.download;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import no.redthread.indicators.download.PxWebClient;

/** Fetches URLs with java.net.http: 10 s to connect, 2 minutes for the answer. */
public final class HttpTransport implements PxWebClient.Transport {

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NORMAL).build();

    @Override
    public PxWebClient.Response get(URI uri) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofMinutes(2))
                .header("Accept", "application/json").GET().build();
        HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
        return new PxWebClient.Response(response.statusCode(), response.body());
    }
}
