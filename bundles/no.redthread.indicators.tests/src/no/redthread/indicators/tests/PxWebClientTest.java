package no.redthread.indicators.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ConnectException;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;

import no.redthread.indicators.download.DownloadException;
import no.redthread.indicators.download.PxWebClient;
import no.redthread.indicators.download.PxWebQuery;
import no.redthread.indicators.imports.JsonStatDataset;
import no.redthread.indicators.model.Indicator;
import no.redthread.indicators.model.IndicatorsFactory;
import no.redthread.indicators.model.DataSource;
import no.redthread.indicators.model.VariableSelection;

/** The optional live download, with a fake transport: these tests never touch the network. */
class PxWebClientTest {

    private static PxWebClient client(PxWebClient.Transport transport) {
        return new PxWebClient(PxWebClient.SSB, transport, Duration.ZERO);
    }

    @Test
    void buildsThePxWebApiV2DataUrl() {
        PxWebQuery query = PxWebQuery.table("07459").select("Region", List.of("3101", "3103"))
                .select("Tid", List.of("top(5)"));
        assertEquals("https://data.ssb.no/api/pxwebapi/v2/tables/07459/data?lang=no&outputFormat=json-stat2"
                + "&valueCodes%5BRegion%5D=3101,3103&valueCodes%5BTid%5D=top%285%29",
                query.uri(PxWebClient.SSB).toString());
        assertEquals(-1, query.cellEstimate(), "top(5) has no known size");
        assertEquals(2, PxWebQuery.table("07459").select("Region", List.of("3101", "3103")).cellEstimate());
    }

    @Test
    void theQueryOfAnIndicatorUsesItsSource() {
        Indicator indicator = IndicatorsFactory.eINSTANCE.createIndicator();
        indicator.setId("ssb-net-operating-result");
        DataSource source = IndicatorsFactory.eINSTANCE.createDataSource();
        source.setTableId("12143");
        source.setContentCode("KOSbelopbrinv0000");
        source.setRegionVariable("KOKkommuneregion0000");
        VariableSelection selection = IndicatorsFactory.eINSTANCE.createVariableSelection();
        selection.setVariable("KOKartkap0000");
        selection.getValueCodes().add("AGD23");
        source.getSelections().add(selection);
        indicator.setSource(source);
        PxWebQuery query = PxWebQuery.forIndicator(indicator, List.of("3101", "EAK"), "from(2015)");
        assertEquals(List.of("KOKartkap0000", "ContentsCode", "KOKkommuneregion0000", "Tid"),
                List.copyOf(query.valueCodes().keySet()));
        assertEquals(List.of("3101", "EAK"), query.valueCodes().get("KOKkommuneregion0000"));
    }

    @Test
    void offlineGivesAClearMessage() {
        DownloadException e = assertThrows(DownloadException.class, () -> client(uri -> {
            throw new ConnectException("Connection refused");
        }).fetch(PxWebQuery.table("07459")));
        assertTrue(e.offline());
        assertTrue(e.getMessage().startsWith("data.ssb.no cannot be reached: this computer seems to be offline."),
                e.getMessage());
    }

    @Test
    void refusalsAndTooLargeRequestsAreExplained() {
        DownloadException busy = assertThrows(DownloadException.class, () -> client(
                uri -> new PxWebClient.Response(429, new byte[0])).fetch(PxWebQuery.table("07459")));
        assertFalse(busy.offline());
        assertTrue(busy.getMessage().contains("40 a minute"), busy.getMessage());
        List<String> many = Collections.nCopies(900, "x");
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            codes.add(String.valueOf(i));
        }
        List<URI> requested = new ArrayList<>();
        DownloadException large = assertThrows(DownloadException.class, () -> client(uri -> {
            requested.add(uri);
            return new PxWebClient.Response(200, new byte[0]);
        }).fetch(PxWebQuery.table("07459").select("Region", many).select("Tid", codes)));
        assertTrue(large.getMessage().contains("900000 cells"), large.getMessage());
        assertTrue(requested.isEmpty(), "nothing is sent");
    }

    @Test
    void aDownloadedAnswerIsReadAsJsonStat() throws Exception {
        byte[] body = Fixtures.bytes("kostra_sparse.json");
        List<URI> requested = new ArrayList<>();
        JsonStatDataset data = client(uri -> {
            requested.add(uri);
            return new PxWebClient.Response(200, body);
        }).fetch(PxWebQuery.table("12255"));
        assertEquals(30, data.cellCount());
        assertEquals(requested.get(0).toString(), data.origin());
    }
}
