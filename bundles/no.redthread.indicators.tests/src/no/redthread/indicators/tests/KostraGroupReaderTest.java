package no.redthread.indicators.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import no.redthread.core.catalogue.CatalogueService;
import no.redthread.indicators.RegionCodes;
import no.redthread.indicators.analysis.ComparisonScope;
import no.redthread.indicators.imports.ImportException;
import no.redthread.indicators.imports.KostraGroupReader;
import no.redthread.indicators.imports.KostraGroups;
import no.redthread.indicators.imports.KostraGroups.Group;
import no.redthread.indicators.model.IndicatorWorkspace;
import no.redthread.indicators.model.IndicatorsFactory;
import no.redthread.indicators.model.RegionGroup;

/** KOSTRA group memberships from KLASS CSV exports (the test files are invented examples of the layouts). */
@ExtendWith(EnglishTexts.class)
class KostraGroupReaderTest {

    private static RegionCodes known() {
        return RegionCodes.of(Fixtures.service(CatalogueService.class));
    }

    private static KostraGroups read(String text) throws ImportException {
        return KostraGroupReader.read(text.getBytes(StandardCharsets.UTF_8), "groups.csv", known());
    }

    @Test
    void readsACorrespondenceExportInWindows1252() throws Exception {
        KostraGroups groups = KostraGroupReader.read(Fixtures.bytes("klass_112_correspondence_INVENTED.csv"),
                "klass_112_correspondence_INVENTED.csv", known());
        assertEquals(KostraGroups.Layout.CORRESPONDENCE, groups.layout());
        assertEquals(List.of("EKG91", "EKG92", "EKG93", "EKG94"), groups.groups().stream().map(Group::code).toList());
        Group mountains = groups.groups().get(3);
        assertEquals(List.of("5025", "5026", "5033"), mountains.members(), "9999 (unknown) is skipped");
        assertTrue(mountains.name().startsWith("Oppdiktet eksempel D: små fjellkommuner – Røros"), mountains.name());
        assertEquals(List.of("0301", "5001"), groups.groups().get(2).members());
        assertEquals(9, groups.memberCount());
    }

    @Test
    void readsACodeListWithGroupsAtLevelOneAndShortRows() throws Exception {
        KostraGroups groups = KostraGroupReader.read(Fixtures.bytes("klass_112_codes_INVENTED.csv"),
                "klass_112_codes_INVENTED.csv", known());
        assertEquals(KostraGroups.Layout.CODE_LIST, groups.layout());
        assertEquals(List.of(new Group("EKG91", "Oppdiktet eksempel A (IKKE SSBs inndeling)", List.of("3101", "3103")),
                new Group("EKG94", "Oppdiktet eksempel D: små fjellkommuner (IKKE SSBs inndeling)", List.of("5025"))),
                groups.groups());
    }

    @Test
    void theGroupsReplaceTheWorkspacesKostraGroupsInOneUndoableCommand() throws Exception {
        IndicatorWorkspace workspace = IndicatorsFactory.eINSTANCE.createIndicatorWorkspace();
        RegionGroup old = group("old-ekg01", "EKG01", "5025");
        RegionGroup other = group("region-trondelag", "TRD", "5025", "5001");
        workspace.getRegionGroups().addAll(List.of(old, other));
        KostraGroups groups = KostraGroupReader.read(Fixtures.bytes("klass_112_correspondence_INVENTED.csv"),
                "klass_112_correspondence_INVENTED.csv", known());
        BasicCommandStack stack = new BasicCommandStack();
        stack.execute(groups.command(workspace));
        assertEquals(5, workspace.getRegionGroups().size(), "the other group and four KOSTRA groups");
        assertFalse(workspace.getRegionGroups().contains(old), "the old KOSTRA grouping is gone as a whole");
        assertTrue(workspace.getRegionGroups().contains(other));
        CatalogueService catalogue = Fixtures.service(CatalogueService.class);
        assertEquals("EKG94", ComparisonScope.forMunicipality("5025", catalogue, workspace).kostraGroup());
        assertEquals("kostra-ekg94", ComparisonScope.kostraGroup(workspace, "5025").orElseThrow().getId());
        stack.undo();
        assertEquals(List.of(old, other), workspace.getRegionGroups(), "undo puts the old groups back in place");
        assertEquals("EKG01", ComparisonScope.forMunicipality("5025", catalogue, workspace).kostraGroup());
        stack.redo();
        assertEquals("EKG94", ComparisonScope.forMunicipality("5025", catalogue, workspace).kostraGroup());
    }

    private static RegionGroup group(String id, String code, String... members) {
        RegionGroup group = IndicatorsFactory.eINSTANCE.createRegionGroup();
        group.setId(id);
        group.setCode(code);
        group.getMembers().addAll(List.of(members));
        return group;
    }

    @Test
    void faultsNameTheFileAndTheRowAndNothingIsRead() {
        String header = "\"sourceCode\";\"sourceName\";\"sourceShortName\";\"targetCode\";\"targetName\"\n";
        ImportException noHeader = assertThrows(ImportException.class, () -> read("kommune;gruppe\n3101;EKG07\n"));
        assertEquals("groups.csv", noHeader.source());
        assertEquals("row 1", noHeader.position());
        ImportException notAPair = assertThrows(ImportException.class,
                () -> read(header + "\"3101\";\"Halden\";\"\";\"EKG07\";\"G7\"\n\"Halden\";\"\";\"\";\"EKG07\"\n"));
        assertEquals("row 3", notAPair.position(), notAPair.getMessage());
        ImportException twice = assertThrows(ImportException.class,
                () -> read(header + "\"3101\";\"\";\"\";\"EKG07\"\n\"3103\";\"\";\"\";\"EKG07\"\n\"3101\";\"\";\"\";\"08\"\n"));
        assertEquals("row 4, column 1 (sourceCode)", twice.position());
        assertTrue(twice.problem().contains("EKG08") && twice.problem().contains("EKG07 on row 2"), twice.problem());
        ImportException oldNumber = assertThrows(ImportException.class,
                () -> read(header + "\"3001\";\"Halden (2020)\";\"\";\"EKG07\"\n"));
        assertEquals("row 2, column 1 (sourceCode)", oldNumber.position());
        assertTrue(oldNumber.problem().contains("another year"), oldNumber.problem());
        ImportException tooLong = assertThrows(ImportException.class,
                () -> read(header + "\"3101\";\"\";\"\";\"EKG07\";\"\";\"extra\"\n"));
        assertEquals("row 2", tooLong.position());
        ImportException badLevel = assertThrows(ImportException.class,
                () -> read("code;parentCode;level;name\n07;;1;G7\n3101;07;3;Halden\n"));
        assertEquals("row 3, column 3 (level)", badLevel.position());
        ImportException onlyGroups = assertThrows(ImportException.class, () -> read("code;parentCode;level;name\n07;;1;G7\n"));
        assertTrue(onlyGroups.problem().contains("correspondence"), onlyGroups.problem());
        assertTrue(onlyGroups.getMessage().startsWith("groups.csv: has no KOSTRA group memberships"),
                onlyGroups.getMessage());
    }

    @Test
    void aRangedCorrespondenceKeepsTheLatestMembership() throws Exception {
        KostraGroups groups = read("sourceCode;targetCode;targetName;validFrom;validTo\n"
                + "5025;EKG05;Fem;2020-01-01;2024-01-01\n5025;EKG01;En;2024-01-01;\n5001;EKG12;Tolv;2020-01-01;\n");
        assertEquals(List.of(new Group("EKG01", "En", List.of("5025")), new Group("EKG12", "Tolv", List.of("5001"))),
                groups.groups());
        assertNull(KostraGroupReader.read("sourceCode;targetCode\n5025;01\n".getBytes(StandardCharsets.UTF_8), "x.csv",
                null).groups().get(0).name(), "no name column, no name; without codes any number is accepted");
    }
}
