package no.redthread.indicators.download;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import no.redthread.indicators.imports.ImportException;
import no.redthread.indicators.imports.JsonStatDataset;
import no.redthread.indicators.imports.JsonStatReader;
import no.redthread.indicators.internal.download.HttpTransport;

/**
 * Downloads JSON-stat 2.0 data from PxWebApi v2 (by default Statistics Norway's). Optional: every import also works
 * from a file. Keeps to SSB's limits: at most {@value #MAX_CELLS} cells a request, and a pause between requests
 * (SSB allows about 40 a minute).
 */
public final class PxWebClient {

    /** Statistics Norway's PxWebApi v2. */
    public static final URI SSB = URI.create("https://data.ssb.no/api/pxwebapi/v2/");

    /** The most cells SSB returns for one request. */
    public static final int MAX_CELLS = 800_000;

    /** Fetches a URL; the default uses java.net.http. Tests give their own. */
    public interface Transport {
        Response get(URI uri) throws IOException, InterruptedException;
    }

    /** An HTTP response: status code and body. */
    public record Response(int status, byte[] body) {
    }

    private final URI base;
    private final Transport transport;
    private final Duration pause;
    private long lastRequest;

    /** A client for SSB over HTTPS, with 1.5 s between requests. */
    public PxWebClient() {
        this(SSB, new HttpTransport(), Duration.ofMillis(1500));
    }

    public PxWebClient(URI base, Transport transport, Duration pause) {
        this.base = base;
        this.transport = transport;
        this.pause = pause;
    }

    /**
     * Downloads the data of a request.
     *
     * @throws DownloadException if the server cannot be reached (offline), refuses the request, or the request is
     *         larger than {@value #MAX_CELLS} cells
     * @throws ImportException if the answer is not a valid JSON-stat 2.0 dataset
     */
    public JsonStatDataset fetch(PxWebQuery query) throws DownloadException, ImportException {
        if (query.cellEstimate() > MAX_CELLS) {
            throw new DownloadException("The request for table " + query.tableId() + " asks for "
                    + query.cellEstimate() + " cells; SSB gives at most " + MAX_CELLS + " a request. Select fewer "
                    + "regions or periods, or split the download.", false, null);
        }
        URI uri = query.uri(base);
        Response response = get(uri);
        if (response.status() != 200) {
            throw new DownloadException(refusal(query, response), false, null);
        }
        return JsonStatReader.read(new ByteArrayInputStream(response.body()), uri.toString());
    }

    private synchronized Response get(URI uri) throws DownloadException {
        try {
            long wait = lastRequest + pause.toMillis() - System.currentTimeMillis();
            if (wait > 0) {
                Thread.sleep(wait);
            }
            lastRequest = System.currentTimeMillis();
            return transport.get(uri);
        } catch (ConnectException | UnknownHostException | HttpConnectTimeoutException e) {
            throw offline(e);
        } catch (IOException e) {
            if (e.getCause() instanceof UnresolvedAddressException) {
                throw offline(e);
            }
            throw new DownloadException("The download from " + uri.getHost() + " failed: " + e.getMessage(), false, e);
        } catch (UnresolvedAddressException e) {
            throw offline(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DownloadException("The download was interrupted.", false, e);
        }
    }

    private DownloadException offline(Exception cause) {
        return new DownloadException(base.getHost() + " cannot be reached: this computer seems to be offline. "
                + "Download the table as JSON-stat 2 or CSV when you are online, and import the file instead.",
                true, cause);
    }

    private static String refusal(PxWebQuery query, Response response) {
        String body = new String(response.body(), StandardCharsets.UTF_8).strip();
        String detail = body.length() > 300 ? body.substring(0, 300) + "..." : body;
        return switch (response.status()) {
            case 404 -> "Table " + query.tableId() + " was not found (HTTP 404). " + detail;
            case 429 -> "Too many requests (HTTP 429): SSB allows about 40 a minute. Wait a minute and try again.";
            default -> "The server refused the request for table " + query.tableId() + " (HTTP "
                    + response.status() + "). " + detail;
        };
    }
}
