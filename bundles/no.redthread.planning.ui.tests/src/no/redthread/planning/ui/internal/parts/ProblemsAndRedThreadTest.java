package no.redthread.planning.ui.internal.parts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import no.redthread.model.plan.Plan;
import no.redthread.model.plan.PlanKind;
import no.redthread.planning.ui.internal.Messages;
import no.redthread.validation.RedThreadValidator;
import no.redthread.workspace.Workspace;

/** Problems and Red thread on the demo as the product creates it, in the UI languages. */
class ProblemsAndRedThreadTest {

    @TempDir
    Path folder;

    private ProductPath product;

    @AfterEach
    void close() {
        product.close();
    }

    @Test
    void theProblemsNameTheObjectsTypeInBokmal() throws Exception {
        assertEquals(Set.of("Tiltak", "Mål", "Plan", "Sak"), where("nb-NO"));
    }

    @Test
    void theProblemsNameTheObjectsTypeInNynorsk() throws Exception {
        assertEquals(Set.of("Tiltak", "Mål", "Plan", "Sak"), where("nn-NO"));
    }

    @Test
    void theEnglishCountOfFindingsAgreesWithItsNumber() {
        product = new ProductPath("en");
        assertEquals("No findings in the red thread", Messages.get("problems.count", 0));
        assertEquals("1 finding in the red thread", Messages.get("problems.count", 1));
        assertEquals("6 findings in the red thread", Messages.get("problems.count", 6));
    }

    @Test
    void closingTheWorkspaceEmptiesTheRedThreadAlsoWhenItShowsOnePlan() throws Exception {
        product = new ProductPath("nb-NO");
        Workspace workspace = product.createDemo(folder.resolve("roros"));
        RedThreadPart redThread = new RedThreadPart(product.workspaces, product.site(RedThreadDescriptor.ID));
        redThread.createControl(product.shell);
        product.shell.open();
        Plan community = workspace.planSystem().orElseThrow().getPlans().stream().filter(p -> p.getKind() == PlanKind.SAMFUNNSDEL)
                .findFirst().orElseThrow();
        product.selection.publish(ExplorerDescriptor.ID, List.of(community));
        assertNotNull(redThread.chain());

        product.workspaces.close();

        assertTrue(product.spinUntil(() -> redThread.tree().getTree().getItemCount() == 0),
                "the tree empties: " + redThread.tree().getTree().getItemCount());
        assertEquals(null, redThread.chain());
        assertTrue(redThread.wholeSystem().getSelection(), "the next workspace shows whole at first");
    }

    @Test
    void closingTheWorkspaceEmptiesTheProblems() throws Exception {
        product = new ProductPath("nb-NO");
        product.createDemo(folder.resolve("roros"));
        ProblemsPart problems = new ProblemsPart(product.workspaces, ProductPath.service(RedThreadValidator.class),
                product.site(ProblemsDescriptor.ID));
        problems.createControl(product.shell);
        assertFalse(problems.rows().isEmpty());

        product.workspaces.close();

        assertTrue(problems.rows().isEmpty());
        assertTrue(product.spinUntil(() -> "".equals(product.status.get(product.status.size() - 1))),
                "no count without a workspace: " + product.status);
    }

    private Set<String> where(String language) throws Exception {
        product = new ProductPath(language);
        product.createDemo(folder.resolve("roros"));
        ProblemsPart problems = new ProblemsPart(product.workspaces, ProductPath.service(RedThreadValidator.class),
                product.site(ProblemsDescriptor.ID));
        problems.createControl(product.shell);
        return problems.rows().stream().map(ProblemsPart.Row::where).collect(Collectors.toSet());
    }
}
