package no.redthread.funding.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import no.redthread.funding.SearchResult;
import no.redthread.funding.export.CalendarEntry;

/** The export commands write what the search shows: CSV rows and iCalendar events read back with biweekly. */
class ExportTest {

    @TempDir
    Path folder;

    private FundingFixture fixture;
    private FundingSession session;

    @BeforeEach
    void open() throws Exception {
        fixture = new FundingFixture(folder);
        session = fixture.session();
        session.setText("klima");
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void theSearchsDeadlinesGoToAnICalendarFile() throws Exception {
        ExportSearchCalendarCommand command = new ExportSearchCalendarCommand(session);
        Path file = folder.resolve("frister.ics");
        command.setChooser((shell, title, proposed, extension) -> {
            assertEquals("Tilskuddsfrister.ics", proposed);
            return Optional.of(file);
        });
        command.execute();

        List<CalendarEntry> entries = command.entries();
        assertFalse(entries.isEmpty());
        ICalendar calendar = Biweekly.parse(file.toFile()).first();
        List<VEvent> events = calendar.getEvents();
        assertEquals(entries.size(), events.size());
        SearchResult.Hit first = session.hits().stream().filter(h -> h.nextDeadline().isPresent()).findFirst().orElseThrow();
        VEvent event = events.stream().filter(e -> e.getSummary().getValue().contains(first.scheme().nameNb()))
                .findFirst().orElseThrow(() -> new AssertionError("no event for " + first.scheme().nameNb()));
        assertEquals(java.sql.Date.valueOf(first.nextDeadline().get().date()).toLocalDate(),
                new java.sql.Date(event.getDateStart().getValue().getTime()).toLocalDate(), "the deadline's day");
    }

    @Test
    void theResultListGoesToCsvAndAFailureNamesTheFile() throws Exception {
        ExportCsvCommand command = new ExportCsvCommand(session);
        Path file = folder.resolve("treff.csv");
        command.setChooser((shell, title, proposed, extension) -> Optional.of(file));
        command.execute();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        assertEquals(session.hits().size() + 1, lines.size(), "a header and a row per hit");
        assertTrue(lines.get(0).startsWith("\uFEFF"), "a byte-order mark for spreadsheets");
        assertTrue(lines.stream().anyMatch(line -> line.contains("Klimasats")));

        Path impossible = folder.resolve("finnes-ikke").resolve("treff.csv");
        Optional<String> problem = FileExport.write(impossible,
                out -> no.redthread.funding.export.FundingExport.writeCsv(session.hits(), out, java.util.Locale.getDefault()));
        assertTrue(problem.isPresent());
        assertTrue(problem.get().startsWith("Kunne ikke skrive " + impossible), problem.get());
    }
}
