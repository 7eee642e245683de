package no.redthread.core.internal.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import no.redthread.core.catalogue.CatalogueService;
import no.redthread.core.catalogue.Municipality;
import no.redthread.core.catalogue.MunicipalityChange;
import no.redthread.core.catalogue.MunicipalityChangeKind;
import no.redthread.core.catalogue.MunicipalityLookup;
import no.redthread.core.catalogue.MunicipalityLookup.Status;

/** Old municipality numbers (2017-2024 changes from SSB KLASS 131) looked up against today's register. */
class MunicipalityLookupTest {

    private static final CatalogueService CATALOGUE = new JsonCatalogueService();

    @Test
    void all506OfficialChangesAreShippedInDateOrder() {
        List<MunicipalityChange> changes = CATALOGUE.municipalityChanges();

        assertEquals(506, changes.size());
        Map<MunicipalityChangeKind, Long> kinds = changes.stream()
                .collect(Collectors.groupingBy(MunicipalityChange::kind, Collectors.counting()));
        assertEquals(Map.of(MunicipalityChangeKind.RENUMBERED, 362L, MunicipalityChangeKind.MERGED, 118L,
                MunicipalityChangeKind.NAME_CHANGED, 17L, MunicipalityChangeKind.SPLIT, 9L), kinds);
        assertEquals(LocalDate.of(2017, 1, 1), changes.get(0).date());
        assertEquals(LocalDate.of(2024, 1, 1), changes.get(changes.size() - 1).date());
        for (int i = 1; i < changes.size(); i++) {
            assertFalse(changes.get(i).date().isBefore(changes.get(i - 1).date()), "out of order at " + i);
        }
        assertThrows(UnsupportedOperationException.class, () -> changes.remove(0));
    }

    @Test
    void altaOf2020To2023IsRenumberedTo5601() {
        MunicipalityLookup alta = CATALOGUE.lookupMunicipality("5403");

        assertEquals(Status.RENUMBERED, alta.status());
        assertEquals("5601", alta.current().orElseThrow().number());
        assertEquals("Alta", alta.current().orElseThrow().name());
        assertEquals(List.of("5601"), numbers(alta.successors()));
        assertEquals(List.of("5403>5601@2024-01-01"), trail(alta));
        assertEquals("Alta", alta.changes().get(0).oldName());
    }

    @Test
    void tromsoIsFollowedThroughBothCountyReforms() {
        MunicipalityLookup tromso = CATALOGUE.lookupMunicipality("1902");

        assertEquals(Status.RENUMBERED, tromso.status());
        assertEquals("5501", tromso.current().orElseThrow().number());
        assertEquals(List.of("1902>5401@2020-01-01", "5401>5501@2024-01-01"), trail(tromso));
        assertEquals(Status.RENUMBERED, CATALOGUE.lookupMunicipality("5401").status());
        assertEquals("5601", CATALOGUE.lookupMunicipality("2012").current().orElseThrow().number());
    }

    @Test
    void aNumberThatSurvivedAMergerUnderItsOwnNumberStaysRenumbered() {
        // 1601 became 5001 in 2018; 5001 absorbed Klæbu in 2020 keeping its number ("merged" 5001 > 5001)
        MunicipalityLookup trondheim = CATALOGUE.lookupMunicipality("1601");

        assertEquals(Status.RENUMBERED, trondheim.status());
        assertEquals("Trondheim - Tråante", trondheim.current().orElseThrow().name());
        assertEquals(List.of("1601>5001@2018-01-01", "5001>5001@2020-01-01", "5001>5001@2023-01-01"),
                trail(trondheim));
    }

    @Test
    void aMergedMunicipalityNamesTheOneItIsPartOfToday() {
        MunicipalityLookup lenvik = CATALOGUE.lookupMunicipality("1931");

        assertEquals(Status.MERGED, lenvik.status());
        assertTrue(lenvik.current().isEmpty());
        assertEquals(List.of("5530"), numbers(lenvik.successors()));
        assertEquals(List.of("1931>5421@2020-01-01", "5421>5530@2024-01-01"), trail(lenvik));

        MunicipalityLookup klaebu = CATALOGUE.lookupMunicipality("5030");
        assertEquals(Status.MERGED, klaebu.status());
        assertEquals(List.of("5001"), numbers(klaebu.successors()));
    }

    @Test
    void aRenumberAndMergerInOneStepIsAMerger() {
        // 0706 Sandefjord was merged with Andebu and part of Stokke into a new 0710 Sandefjord in 2017
        MunicipalityLookup sandefjord = CATALOGUE.lookupMunicipality("0706");

        assertEquals(Status.MERGED, sandefjord.status());
        assertEquals(List.of("3907"), numbers(sandefjord.successors()));
        assertEquals(3, sandefjord.changes().size(), trail(sandefjord).toString());
    }

    @Test
    void alesundOf2020To2023WasSplitWithoutASingleSuccessor() {
        MunicipalityLookup alesund = CATALOGUE.lookupMunicipality("1507");

        assertEquals(Status.SPLIT, alesund.status());
        assertTrue(alesund.current().isEmpty());
        assertEquals(List.of("1508", "1580"), numbers(alesund.successors()));
        assertEquals(List.of("1507>1508@2024-01-01", "1507>1580@2024-01-01"), trail(alesund));
        // Haram was merged into 1507 in 2020 and split out again in 2024: no single successor either
        assertEquals(Status.SPLIT, CATALOGUE.lookupMunicipality("1534").status());
        assertEquals(List.of("5055", "5056", "5059"), numbers(CATALOGUE.lookupMunicipality("5012").successors()));
        assertEquals(List.of("3905", "3907"), numbers(CATALOGUE.lookupMunicipality("0720").successors()));
    }

    @Test
    void everyNumberOfTodaysRegisterIsCurrent() {
        for (Municipality municipality : CATALOGUE.municipalities()) {
            MunicipalityLookup lookup = CATALOGUE.lookupMunicipality(municipality.number());
            assertEquals(Status.CURRENT, lookup.status(), municipality.number());
            assertEquals(Optional.of(municipality), lookup.current());
            assertEquals(List.of(municipality), lookup.successors());
        }
        assertEquals(List.of("5001>5001@2020-01-01", "5001>5001@2023-01-01"),
                trail(CATALOGUE.lookupMunicipality("5001")));
        assertEquals(List.of(), CATALOGUE.lookupMunicipality("5601").changes());
    }

    @Test
    void everyOldNumberLeadsToTodaysRegister() {
        for (MunicipalityChange change : CATALOGUE.municipalityChanges()) {
            MunicipalityLookup lookup = CATALOGUE.lookupMunicipality(change.oldNumber());
            assertNotEquals(Status.UNKNOWN, lookup.status(), change.oldNumber());
            assertFalse(lookup.successors().isEmpty(), change.oldNumber());
            lookup.successors().forEach(s -> assertTrue(CATALOGUE.municipality(s.number()).isPresent()));
            assertEquals(lookup.status() == Status.CURRENT || lookup.status() == Status.RENUMBERED,
                    lookup.isResolved(), change.oldNumber());
        }
    }

    @Test
    void unknownAndMalformedNumbersAreUnknownWithoutThrowing() {
        for (String input : Arrays.asList(null, "", "   ", "9999", "0000", "55", "540", "54O3", "5403 Alta",
                "+5403", "54031")) {
            MunicipalityLookup lookup = CATALOGUE.lookupMunicipality(input);
            assertEquals(Status.UNKNOWN, lookup.status(), "input " + input);
            assertTrue(lookup.current().isEmpty() && lookup.successors().isEmpty() && lookup.changes().isEmpty());
        }
        MunicipalityLookup padded = CATALOGUE.lookupMunicipality(" 5403\t");
        assertEquals("5403", padded.number());
        assertEquals(Status.RENUMBERED, padded.status());
    }

    @Test
    void aChangeThatLeadsNowhereIsRefusedWithTheFileAndNumber() {
        MunicipalityChange dangling = new MunicipalityChange("1111", "Nowhere", "2222", "Elsewhere",
                LocalDate.of(2020, 1, 1), MunicipalityChangeKind.RENUMBERED);
        Function<String, Optional<Municipality>> emptyRegister = number -> Optional.empty();

        CatalogueException problem = assertThrows(CatalogueException.class,
                () -> new MunicipalityHistory(List.of(dangling), emptyRegister));

        assertTrue(problem.getMessage().contains(MunicipalityChangeReader.FILE), problem.getMessage());
        assertTrue(problem.getMessage().contains("2222"), problem.getMessage());
    }

    private static List<String> numbers(List<Municipality> municipalities) {
        return municipalities.stream().map(Municipality::number).toList();
    }

    private static List<String> trail(MunicipalityLookup lookup) {
        return lookup.changes().stream().map(c -> c.oldNumber() + ">" + c.newNumber() + "@" + c.date()).toList();
    }
}
