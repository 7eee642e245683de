package no.redthread.funding.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.RGB;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import no.redthread.funding.FundingScheme;

/** Twelve whole months, estimated deadlines marked, the budget calendar from the demo, and the drawing. */
class TimelineTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 6);

    @TempDir
    Path folder;

    private FundingFixture fixture;

    @BeforeEach
    void open() throws Exception {
        fixture = new FundingFixture(folder);
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void twelveMonthsWithEstimatedDeadlinesAndTheBudgetCalendar() {
        FundingScheme klimasats = fixture.catalog.scheme("klimasats").orElseThrow();
        Timeline timeline = Timeline.of(TODAY, List.of(klimasats), List.of(), fixture.workspace.planSystem());
        assertEquals(LocalDate.of(2026, 12, 1), timeline.start());
        assertEquals(LocalDate.of(2027, 12, 1), timeline.end());
        assertEquals(13, timeline.months().size(), "a tick at each month's first day, both ends included");
        assertEquals(List.of(new Timeline.Mark(LocalDate.of(2027, 2, 15), true, "")), timeline.rows().get(0).marks(),
                "15 February, checked in 2022: an estimate");
        assertEquals(List.of(new Timeline.Mark(LocalDate.of(2026, 12, 11), true, "")), timeline.budget(),
                "the demo's action plan was adopted 11 December 2025: carried to 2026");
        assertEquals(0.0, timeline.position(timeline.start()));
        assertEquals(1.0, timeline.position(timeline.end()));
        assertTrue(Timeline.of(TODAY, List.of(klimasats), List.of(), Optional.empty()).budget().isEmpty());
    }

    @Test
    void theCanvasDrawsTodayRedAndAnEstimateHollow() {
        fixture.shell.setSize(1000, 300);
        TimelineCanvas canvas = new TimelineCanvas(fixture.shell, row -> {
        });
        FundingScheme klimasats = fixture.catalog.scheme("klimasats").orElseThrow();
        Timeline timeline = Timeline.of(TODAY, List.of(klimasats), List.of(), Optional.empty());
        canvas.show(timeline);
        fixture.shell.open();
        fixture.flush();
        int width = canvas.control().getClientArea().width;
        Image image = new Image(fixture.display, canvas.control().getSize().x, canvas.control().getSize().y);
        GC gc = new GC(image);
        canvas.control().print(gc);
        gc.dispose();
        ImageData data = image.getImageData();
        image.dispose();
        int left = Math.min(260, width / 3);
        int right = width - 12;
        int todayX = left + (int) Math.round(timeline.position(TODAY) * (right - left));
        RGB today = data.palette.getRGB(data.getPixel(todayX, TimelineCanvas.HEADER + 2));
        assertTrue(today.red > 150 && today.green < 90, "today's line is red: " + today);
        int markX = left + (int) Math.round(timeline.position(LocalDate.of(2027, 2, 15)) * (right - left));
        int middle = TimelineCanvas.HEADER + TimelineCanvas.ROW / 2;
        RGB centre = data.palette.getRGB(data.getPixel(markX, middle));
        assertFalse(centre.blue > 120 && centre.red < 80, "an estimate is hollow: " + centre);
    }
}
