package no.redthread.funding.export.internal;

import static no.redthread.funding.export.internal.ExportFixtures.klimasats;
import static no.redthread.funding.export.internal.ExportFixtures.withoutDeadline;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import no.redthread.funding.export.CalendarEntry;
import no.redthread.funding.export.FundingExport;

class FundingExportTest {

    private static final Locale NB = Locale.forLanguageTag("nb");

    @TempDir
    Path folder;

    @Test
    void calendarParsesBackWithOneAllDayEventPerDatedHit() throws IOException {
        Path file = folder.resolve("frister.ics");
        List<CalendarEntry> entries = List.of(klimasats(LocalDate.of(2028, 2, 29), true), withoutDeadline()).stream()
                .map(hit -> CalendarEntry.of(hit, NB)).flatMap(Optional::stream).toList();
        FundingExport.writeCalendar(entries, file, NB);

        List<ICalendar> calendars = Biweekly.parse(file.toFile()).all();
        assertEquals(1, calendars.size());
        List<VEvent> events = calendars.get(0).getEvents();
        assertEquals(1, events.size(), "the scheme without a deadline gives no event");
        VEvent event = events.get(0);
        assertEquals("Søknadsfrist: Klimasats – støtte til klimasatsing i kommuner og fylkeskommuner",
                event.getSummary().getValue());
        assertEquals(LocalDate.of(2028, 2, 29),
                event.getDateStart().getValue().toInstant().atZone(ZoneId.systemDefault()).toLocalDate());
        assertTrue(!event.getDateStart().getValue().hasTime(), "an all-day event");
        assertEquals("TENTATIVE", event.getStatus().getValue(), "an estimated date is tentative");
        assertTrue(event.getDescription().getValue().contains("ANSLÅTT"), event.getDescription().getValue());
        assertEquals("https://www.miljodirektoratet.no/klimasats", event.getUrl().getValue());
        assertEquals("klimasats-2028-02-29@redthread.no", event.getUid().getValue());
        assertEquals(1, event.getAlarms().size(), "a reminder before the deadline");
    }

    @Test
    void aKnownDateIsConfirmedAndTheTextFollowsTheLanguage() throws IOException {
        Path file = folder.resolve("deadlines.ics");
        Locale english = Locale.ENGLISH;
        FundingExport.writeCalendar(List.of(CalendarEntry.of(klimasats(LocalDate.of(2027, 2, 15), false), english)
                .orElseThrow()), file, english);
        VEvent event = Biweekly.parse(file.toFile()).first().getEvents().get(0);
        assertEquals("CONFIRMED", event.getStatus().getValue());
        assertTrue(event.getSummary().getValue().startsWith("Application deadline: "));
        assertTrue(event.getDescription().getValue().contains("check it at the source"));
    }

    @Test
    void csvHasTitlesInTheLanguageQuotesWhereNeededAndKeepsTheOrder() throws IOException {
        Path file = folder.resolve("treff.csv");
        FundingExport.writeCsv(List.of(withoutDeadline(), klimasats(LocalDate.of(2027, 2, 15), true)), file, NB);

        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("\uFEFF"), "a byte-order mark for spreadsheets");
        List<String> lines = text.substring(1).lines().toList();
        assertEquals(3, lines.size());
        assertEquals("Id;Navn;Forvalter;Neste frist;Anslått;Hvem kan søke;Inntil per søknad (kr);Sist sjekket;"
                + "Kilde;Nettside;Data fra", lines.get(0));
        assertTrue(lines.get(1).startsWith("ukjent;Ordning uten frist;Fylkeskommunen;;;kommune;;01.05.2023;"),
                lines.get(1));
        assertTrue(lines.get(2).startsWith("klimasats;Klimasats – støtte til klimasatsing i kommuner og "
                + "fylkeskommuner;Miljødirektoratet (KLD);15.02.2027;ja;kommune, fylkeskommune;1000000;01.02.2022;"),
                lines.get(2));
    }

    @Test
    void cellsWithSeparatorsOrQuotesAreQuoted() {
        assertEquals("plain", ResultTable.quoted("plain"));
        assertEquals("\"a;b\"", ResultTable.quoted("a;b"));
        assertEquals("\"say \"\"hi\"\"\"", ResultTable.quoted("say \"hi\""));
    }

    @Test
    void aFailedWriteKeepsTheEarlierFileAndNamesTheFile() throws IOException {
        Path file = Files.writeString(folder.resolve("frister.ics"), "last week's calendar");
        Path blocked = folder.resolve("missing-folder").resolve("frister.ics");
        IOException e = assertThrows(IOException.class,
                () -> FundingExport.writeCalendar(List.of(), blocked, NB));
        assertTrue(e.getMessage().contains(blocked.toString()), e.getMessage());
        assertEquals("last week's calendar", Files.readString(file));
    }
}
