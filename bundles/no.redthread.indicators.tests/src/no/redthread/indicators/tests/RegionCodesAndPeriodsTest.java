package no.redthread.indicators.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import no.redthread.core.catalogue.CatalogueService;
import no.redthread.indicators.Periods;
import no.redthread.indicators.RegionCodes;

/** Region codes in SSB's spellings, and period codes. */
class RegionCodesAndPeriodsTest {

    @ParameterizedTest
    @CsvSource({"4601,4601", "K-4601,4601", "K_4601,4601", "F_46,46", "'4601 Bergen',4601", "F-46,46", "EKA46,46", "EAK,0", "0,0",
        "'0 Hele landet',0", "EKG13,EKG13", "'EKG13 Kostragruppe 13',EKG13", "' 3101 ',3101", "Oslo,Oslo"})
    void normalisesSsbSpellings(String raw, String normal) {
        assertEquals(normal, RegionCodes.normalise(raw));
    }

    @Test
    void theCatalogueCodesAreKnownAndOthersAreNot() {
        RegionCodes codes = RegionCodes.of(Fixtures.service(CatalogueService.class));
        assertTrue(codes.isKnown("K-5501"));
        assertTrue(codes.isKnown("EKA55"));
        assertTrue(codes.isKnown("EAK"));
        assertTrue(codes.isKnown("EKG17"));
        assertTrue(codes.isKnown(RegionCodes.COUNTRY_WITHOUT_OSLO));
        assertFalse(codes.isKnown("1902"), "Tromsø's number before 2020");
        assertFalse(codes.isKnown("EKG18"));
        assertTrue(codes.withGroups(List.of("ASSS")).isKnown("ASSS"));
        assertEquals(RegionCodes.Kind.MUNICIPALITY, RegionCodes.kindOf("5501"));
        assertEquals(RegionCodes.Kind.COUNTY, RegionCodes.kindOf("55"));
        assertEquals(RegionCodes.Kind.COUNTRY, RegionCodes.kindOf("0"));
        assertEquals(RegionCodes.Kind.GROUP, RegionCodes.kindOf("EKG13"));
    }

    @ParameterizedTest
    @CsvSource({"2024,2024,2024.0", "2024K3,2024,2024.5", "2024Q1,2024,2024.0", "2024M07,2024,2024.5",
        "2024H2,2024,2024.5", "2021-2023,2023,2023.0"})
    void periodsHaveAYearAndATime(String code, int year, double time) {
        assertTrue(Periods.isPeriod(code));
        assertEquals(year, Periods.year(code));
        assertEquals(time, Periods.time(code), 1e-9);
    }

    @Test
    void periodsSortByTimeAndNonPeriodsAreRefused() {
        List<String> codes = new ArrayList<>(List.of("2024", "2023K4", "2023", "2024K1"));
        codes.sort(Periods::compare);
        assertEquals(List.of("2023", "2023K4", "2024", "2024K1"), codes);
        assertFalse(Periods.isPeriod("i fjor"));
        assertThrows(IllegalArgumentException.class, () -> Periods.year("24"));
    }
}
