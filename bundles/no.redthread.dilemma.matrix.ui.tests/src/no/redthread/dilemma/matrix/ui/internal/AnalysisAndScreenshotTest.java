package no.redthread.dilemma.matrix.ui.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swtchart.IAxis;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import no.redthread.dilemma.matrix.MatrixAnalysis;
import no.redthread.dilemma.matrix.Score;
import no.redthread.dilemma.matrix.ui.MatrixDocument;

/**
 * The analysis part follows the matrix; both parts drawn at 1280 × 800 and saved under target/screenshots for a
 * look (17 SDGs, 3 participants), and the editor over all 169 SDG targets.
 */
class AnalysisAndScreenshotTest {

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private final MatrixFixture fixture = new MatrixFixture();

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void theAnalysisFollowsTheMatrixAndIsSaved() throws Exception {
        MatrixSession session = new MatrixSession();
        MatrixFixture.fill(session.document(), 3, 11);
        AnalysisPart part = new AnalysisPart(session);
        part.createControl(fixture.shell);
        fixture.open();
        MatrixAnalysis analysis = MatrixAnalysis.of(session.document().matrix());
        IAxis categories = part.ranking().chart().getAxisSet().getXAxis(0);
        assertArrayEquals(analysis.ranking().stream().limit(RankingChart.SHOWN).map(r -> r.id()).toArray(),
                categories.getCategorySeries());
        assertEquals(2, part.ranking().chart().getSeriesSet().getSeries().length, "net and second order");
        assertEquals("Rangering: samlet påvirkning", part.ranking().chart().getTitle().getText());
        fixture.waitFor(() -> part.network().laidOut(), 10_000);
        assertTrue(part.network().laidOut(), "the network is laid out in the background");
        Path file = SCREENSHOTS.resolve("analyse-1280x800.png");
        Snapshots.savePng(fixture.shell, file);
        ImageData saved = new ImageLoader().load(file.toString())[0];
        assertEquals(fixture.shell.getSize().x, saved.width);

        session.document().edit("all agree", session.document().participants().stream()
                .map(p -> new MatrixDocument.Edit(p, "1", "2", new Score(3, ""))).toList());
        for (int wait = 0; wait < 2 * AnalysisPart.DELAY_MS / 50; wait++) {
            fixture.flush();
        }
        MatrixAnalysis after = MatrixAnalysis.of(session.document().matrix());
        assertTrue(!Arrays.equals(nets(analysis), nets(after)), "the edit changes the figures");
        assertArrayEquals(nets(after), part.ranking().bars().stream().mapToDouble(StackedBar::netTo).toArray(), 1e-9,
                "redrawn when the matrix changes");
    }

    private static double[] nets(MatrixAnalysis analysis) {
        return analysis.ranking().stream().limit(RankingChart.SHOWN).mapToDouble(r -> r.net()).toArray();
    }

    @Test
    void theEditorIsDrawnInBokmaal() throws Exception {
        MatrixSession session = new MatrixSession();
        MatrixFixture.fill(session.document(), 3, 11);
        MatrixPart part = new MatrixPart(session, new TestSite(fixture.shell));
        part.createControl(fixture.shell);
        fixture.open();
        part.canvas().moveTo(2, 5);
        fixture.flush();
        Snapshots.savePng(fixture.shell, SCREENSHOTS.resolve("samspillsmatrise-1280x800.png"));
        part.choose(null);
        fixture.flush();
        Snapshots.savePng(fixture.shell, SCREENSHOTS.resolve("samspillsmatrise-median-1280x800.png"));
        assertTrue(Files.size(SCREENSHOTS.resolve("samspillsmatrise-1280x800.png")) > 10_000);
        assertEquals("Samspillsmatrise", Messages.get("matrix.part"), "the tests run in bokmål");
    }

    @Test
    void allSdgTargetsScrollAndTheCursorStaysInView() throws Exception {
        List<String> targets = IntStream.range(0, 169).mapToObj(i -> (1 + i / 10) + "." + (1 + i % 10)).toList();
        MatrixSession session = new MatrixSession();
        session.show(new MemoryMatrixDocument(targets, List.of("Deltaker 1")));
        MatrixFixture.fill(session.document(), 2, 3);
        MatrixPart part = new MatrixPart(session, new TestSite(fixture.shell));
        part.createControl(fixture.shell);
        fixture.open();
        part.canvas().moveTo(168, 160);
        fixture.flush();
        assertTrue(part.canvas().control().getVerticalBar().getSelection() > 100, "scrolled to the cursor");
        Snapshots.savePng(fixture.shell, SCREENSHOTS.resolve("samspillsmatrise-169-1280x800.png"));
    }
}
