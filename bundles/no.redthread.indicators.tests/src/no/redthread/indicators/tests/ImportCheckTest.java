package no.redthread.indicators.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import no.redthread.core.catalogue.CatalogueService;
import no.redthread.indicators.RegionCodes;
import no.redthread.indicators.analysis.IndicatorAnalysis;
import no.redthread.indicators.imports.ImportCheck;
import no.redthread.indicators.imports.ImportChoice;
import no.redthread.indicators.imports.ImportMonitor;
import no.redthread.indicators.imports.ImportOptions;
import no.redthread.indicators.imports.ImportResult;
import no.redthread.indicators.imports.ImportSource;
import no.redthread.indicators.model.DesiredDirection;
import no.redthread.indicators.model.Indicator;
import no.redthread.indicators.model.Series;

/**
 * The check the import wizard and the console share, on real files, in bokmål: historic municipality numbers that
 * were only renumbered go to today's number, regions that no longer exist are listed and can be skipped, national
 * figures are recognised and can become the country's series, numbers and labels are Norwegian.
 */
class ImportCheckTest {

    /** Today's Alta and Halden; 5403 (Alta 2020-2023) renumbered to 5601; 1507 (Ålesund until 2023) split. */
    private static final RegionCodes REGIONS = RegionCodes.of(List.of("5601", "3101", "1508", "1580"), List.of("56"),
            RegionCodes.kostraGroups()).withHistory(Map.of("5403", "5601"), Map.of("1507", List.of("1508", "1580")));

    @TempDir
    Path folder;

    private Locale locale;
    private final Indicator indicator = Fixtures.indicator("share", DesiredDirection.HIGHER_IS_BETTER);

    @BeforeEach
    void bokmaal() {
        locale = Locale.getDefault();
        Locale.setDefault(Locale.of("nb", "NO"));
    }

    @AfterEach
    void restore() {
        Locale.setDefault(locale);
    }

    @Test
    void aHistoricNumberThatWasOnlyRenumberedGoesToTodaysNumber() throws Exception {
        Path file = folder.resolve("alta.csv");
        Files.write(file, Fixtures.bytes("ssb_historic_region_INVENTED.csv"));
        ImportSource source = ImportSource.read(file);
        ImportChoice choice = ImportChoice.guessed(source);
        ImportCheck check = source.check(choice, REGIONS);
        assertTrue(check.canImport(), check.problems().toString());
        assertEquals(1, check.renumbered().size());
        assertEquals("5403 Alta (2020-2023) \u2192 5601 (nytt kommunenummer)", check.renumbered().get(0).describe());
        assertEquals(4, check.values());

        ImportResult result = source.build(choice, indicator, REGIONS, ImportMonitor.NONE);
        new BasicCommandStack().execute(result.command());
        Series alta = IndicatorAnalysis.series(indicator, "5601").orElseThrow();
        assertArrayEquals(new String[] { "2022", "2023", "2024" }, alta.getPeriods());
        assertArrayEquals(new double[] { 88.5, 89.0, 90.2 }, alta.getValues());
        assertEquals("Importer indikatordata", result.command().getLabel(), "the undo label is Norwegian");
    }

    @Test
    void theCataloguesOfficialChangesGiveTheHistoryOfEveryNumber() throws Exception {
        RegionCodes codes = RegionCodes.of(Fixtures.service(CatalogueService.class));
        assertEquals(new RegionCodes.Resolved("5403", RegionCodes.Match.RENUMBERED, "5601", List.of()),
                codes.resolve("5403 Alta (2020-2023)"));
        RegionCodes.Resolved aalesund = codes.resolve("1507");
        assertEquals(RegionCodes.Match.ENDED, aalesund.match(), "split in 2024");
        assertTrue(aalesund.successors().containsAll(List.of("1508", "1580")), aalesund.toString());
        assertEquals(RegionCodes.Match.KNOWN, codes.resolve("5601").match());
        assertEquals(RegionCodes.Match.UNKNOWN, codes.resolve("9999").match());

        Path file = folder.resolve("alta.csv");
        Files.write(file, Fixtures.bytes("ssb_historic_region_INVENTED.csv"));
        ImportSource source = ImportSource.read(file);
        new BasicCommandStack().execute(source.build(ImportChoice.guessed(source), indicator, codes, ImportMonitor.NONE)
                .command());
        assertArrayEquals(new String[] { "2022", "2023", "2024" },
                IndicatorAnalysis.series(indicator, "5601").orElseThrow().getPeriods(), "the real product's codes");
    }

    @Test
    void regionsThatNoLongerExistAreListedAndCanBeSkipped() throws Exception {
        ImportSource source = ImportSource.read(csv("aalesund.csv", "region;år;verdi", "1507 Ålesund (2020-2023);2023;7",
                "3101 Halden;2023;8"));
        ImportChoice strict = ImportChoice.guessed(source);
        ImportCheck check = source.check(strict, REGIONS);
        assertFalse(check.canImport());
        assertEquals(1, check.unmatched().size());
        assertEquals("1507 Ålesund (2020-2023): finnes ikke lenger (i dag 1508, 1580)", check.unmatched().get(0).describe());
        String problem = check.problems().get(0);
        assertTrue(problem.startsWith("kommunen 1507 finnes ikke lenger"), problem);
        assertTrue(problem.contains("aalesund.csv") && problem.contains("rad 2, kolonne 1"), problem);

        ImportChoice skipping = strict.withOptions(ImportOptions.STRICT.withSkipUnmatchedRegions(true));
        ImportCheck skipped = source.check(skipping, REGIONS);
        assertTrue(skipped.canImport(), skipped.problems().toString());
        assertEquals(1, skipped.skipped());
        assertEquals("1 verdier kan importeres, 1 hoppes over", skipped.summary());
        ImportResult result = source.build(skipping, indicator, REGIONS, ImportMonitor.NONE);
        new BasicCommandStack().execute(result.command());
        assertEquals(List.of("3101"), indicator.getSeries().stream().map(Series::getOrganisation).toList());
    }

    @Test
    void anUnknownRegionIsNamedInNorwegianWithFileAndPosition() throws Exception {
        ImportSource source = ImportSource.read(csv("ukjent.csv", "region;år;verdi", "9999;2023;7"));
        ImportCheck check = source.check(ImportChoice.guessed(source), REGIONS);
        assertEquals("regionkoden \u00ab9999\u00bb er ikke en kjent kommune, et fylke, landet eller en regiongruppe"
                + "\nukjent.csv: rad 2, kolonne 1", check.problems().get(0));
    }

    @Test
    void nationalFiguresAreRecognisedAndCanBecomeTheCountrysSeries() throws Exception {
        ImportSource source = ImportSource.read(csv("landet.csv", "år;verdi", "2022;3,5", "2023;3,7"));
        ImportChoice choice = ImportChoice.guessed(source);
        ImportCheck check = source.check(choice, REGIONS);
        assertTrue(check.national());
        assertFalse(check.canImport());
        assertTrue(check.problems().get(0).startsWith("landet.csv har ingen regionvariabel: tallene ser ut til å gjelde "
                + "hele landet"), check.problems().get(0));

        ImportChoice asCountry = choice.withOptions(ImportOptions.STRICT.withCountryWhenNoRegion(true));
        assertTrue(source.check(asCountry, REGIONS).canImport());
        new BasicCommandStack().execute(source.build(asCountry, indicator, REGIONS, ImportMonitor.NONE).command());
        assertArrayEquals(new double[] { 3.5, 3.7 },
                IndicatorAnalysis.series(indicator, RegionCodes.COUNTRY).orElseThrow().getValues());
    }

    @Test
    void aJsonStatDatasetWithoutRegionDimensionIsNational() throws Exception {
        Path file = folder.resolve("nasjonal.json");
        Files.writeString(file, "{\"version\":\"2.0\",\"class\":\"dataset\",\"id\":[\"Tid\"],\"size\":[2],"
                + "\"role\":{\"time\":[\"Tid\"]},\"dimension\":{\"Tid\":{\"category\":{\"index\":[\"2022\",\"2023\"]}}},"
                + "\"value\":[16.0,16.5]}", StandardCharsets.UTF_8);
        ImportSource source = ImportSource.read(file);
        assertEquals(List.of("16", "16,5"), source.firstValues(), "numbers as Norwegian writes them, not 16.0");
        ImportCheck check = source.check(ImportChoice.guessed(source), REGIONS);
        assertTrue(check.national());
        ImportChoice asCountry = ImportChoice.guessed(source).withOptions(new ImportOptions(false, true));
        new BasicCommandStack().execute(source.build(asCountry, indicator, REGIONS, ImportMonitor.NONE).command());
        assertEquals(2, IndicatorAnalysis.series(indicator, RegionCodes.COUNTRY).orElseThrow().getValues().length);
    }

    private Path csv(String name, String... lines) throws Exception {
        Path file = folder.resolve(name);
        Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        return file;
    }
}
