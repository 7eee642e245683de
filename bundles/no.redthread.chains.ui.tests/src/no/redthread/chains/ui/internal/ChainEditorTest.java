package no.redthread.chains.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.eclipse.swt.widgets.TableItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import no.redthread.chains.Chain;

/** The chain editor on the demo workspace: palette, type check, parameters, saving and loading. */
class ChainEditorTest {

    @TempDir
    Path temp;

    private ChainsFixture fixture;
    private ChainEditorPart editor;

    @BeforeEach
    void open() throws Exception {
        fixture = new ChainsFixture(temp);
        editor = fixture.editor();
    }

    @AfterEach
    void close() throws Exception {
        fixture.library.remove("min-sjekk");
        fixture.close();
    }

    @Test
    void thePaletteOffersTheStepsThatFitAfterTheLastOneAndFollowsStepsComingAndGoing() {
        List<String> first = editor.paletteIds();
        assertTrue(first.containsAll(List.of("assessment.weak-themes", "validation.findings", "report.compose")), first.toString());
        assertFalse(first.contains("funding.schemes-for-themes"), "a theme step cannot start a chain: " + first);
        assertFalse(first.contains("indicators.worsening"), first.toString());

        editor.steps().add("assessment.weak-themes");
        List<String> afterThemes = editor.paletteIds();
        assertTrue(afterThemes.containsAll(List.of("funding.schemes-for-themes", "indicators.worsening",
                "dilemma.session-draft", "report.compose")), afterThemes.toString());

        fixture.register(new TestSteps.ThemesOn());
        fixture.waitUntil("the new step in the palette", () -> editor.paletteIds().contains("test.themes-on"));
        editor.steps().add("funding.schemes-for-themes");
        assertFalse(editor.paletteIds().contains("test.themes-on"), "after schemes only steps taking schemes or anything");
    }

    @Test
    void aStepThatDoesNotFitIsNamedWithTheStepBeforeItAndTheChainCannotRun() {
        editor.steps().add("assessment.weak-themes");
        editor.steps().add("indicators.worsening");
        editor.steps().add("funding.schemes-for-themes");
        assertEquals("", editor.problem().getText());
        assertTrue(editor.runButton().isEnabled());

        editor.steps().select(2);
        editor.steps().move(-1);

        assertEquals(List.of("assessment.weak-themes", "funding.schemes-for-themes", "indicators.worsening"),
                editor.draft().steps().stream().map(Chain.Step::step).toList());
        assertEquals("Steget «" + fixture.stepName("indicators.worsening") + "» tar temaer, men steget før det, «"
                + fixture.stepName("funding.schemes-for-themes") + "», gir ordninger.", editor.problem().getText());
        assertFalse(editor.runButton().isEnabled());
    }

    @Test
    void aChainSavedInTheWorkspaceIsDiffFriendlyJsonAndLoadsAgainWithItsParameters() throws Exception {
        editor.choice().name().setText("Min sjekk");
        editor.steps().add("assessment.weak-themes");
        editor.steps().add("funding.schemes-for-themes");
        assertEquals("10", parameter("limit").getText(1), "the default shows as the value");
        editor.draft().setParameter(1, "limit", "5", "10");
        editor.refresh();

        editor.saving().saveInWorkspace();

        Path file = fixture.workspace.folder().resolve("chains/min-sjekk.json");
        assertEquals("""
                {
                  "schemaVersion" : 1,
                  "id" : "min-sjekk",
                  "name" : "Min sjekk",
                  "steps" : [ {
                    "step" : "assessment.weak-themes"
                  }, {
                    "step" : "funding.schemes-for-themes",
                    "parameters" : {
                      "limit" : "5"
                    }
                  } ]
                }""", Files.readString(file).strip());
        Chain saved = new Chain("min-sjekk", "Min sjekk", List.of(new Chain.Step("assessment.weak-themes"),
                new Chain.Step("funding.schemes-for-themes", Map.of("limit", "5"))));
        assertTrue(fixture.library.chains(fixture.workspace.folder()).contains(saved));

        editor.choice().choose(null);
        assertTrue(editor.draft().steps().isEmpty());
        editor.choice().choose("min-sjekk");
        assertEquals(saved, editor.draft().toChain());
        editor.steps().select(1);
        assertEquals("5", parameter("limit").getText(1));

        editor.saving().saveAsRecipe();
        assertEquals(saved, fixture.library.chain("min-sjekk").orElseThrow(), "the user's recipe");
    }

    private TableItem parameter(String id) {
        return List.of(editor.parameters().viewer().getTable().getItems()).stream()
                .filter(item -> item.getText(0).equals(id)).findFirst().orElseThrow();
    }

    @Test
    void theShippedRecipeIsChosenByItsFirstLetterAndChecks() {
        editor.choice().combo().setFocus();
        editor.choice().typed('b');
        assertTrue(editor.choice().combo().getText().startsWith("Bærekraftsjekk"), editor.choice().combo().getText());
        assertEquals(5, editor.steps().chain().getItemCount());
        assertEquals("Bærekraftsjekk", editor.choice().name().getText());
        assertEquals("", editor.problem().getText());
        assertTrue(editor.runButton().isEnabled());
    }
}
