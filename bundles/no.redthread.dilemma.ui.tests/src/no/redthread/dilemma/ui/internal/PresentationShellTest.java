package no.redthread.dilemma.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import no.redthread.dilemma.Scenario;

/** Presentation mode on a real shell: the keys move between questions, run the timer and close it. */
class PresentationShellTest {

    private DilemmaFixture fixture;

    @BeforeEach
    void open() throws Exception {
        fixture = new DilemmaFixture();
        fixture.shell.open();
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void arrowsAndPagesMoveBetweenQuestionsSpaceRunsTheTimerEscCloses() {
        Scenario fosen = fixture.fosen();
        PresentationShell presentation = PresentationShell.open(fixture.shell, fosen);
        assertEquals(fixture.shell.getMonitor().getBounds(), presentation.shell().getBounds(), "the whole screen");
        assertEquals(fosen.questions().get(0), presentation.questionText());
        press(presentation, SWT.ARROW_RIGHT);
        assertEquals(fosen.questions().get(1), presentation.questionText());
        assertTrue(presentation.questionFits(), "the long second question is not cut off");
        press(presentation, SWT.PAGE_DOWN);
        assertEquals(fosen.questions().get(2), presentation.questionText());
        press(presentation, SWT.PAGE_UP);
        press(presentation, SWT.ARROW_LEFT);
        press(presentation, SWT.ARROW_LEFT);
        assertEquals(fosen.questions().get(0), presentation.questionText(), "stops at the first");
        assertEquals("00:00", presentation.clockText());
        press(presentation, ' ');
        assertTrue(presentation.timerRunning());
        fixture.waitUntil("the clock shows a second", () -> presentation.clockText().equals("00:01"));
        press(presentation, ' ');
        assertFalse(presentation.timerRunning());
        press(presentation, 'r');
        assertEquals("00:00", presentation.clockText());
        press(presentation, SWT.ESC);
        assertTrue(presentation.shell().isDisposed());
        assertFalse(fixture.shell.isDisposed(), "the workbench window stays");
    }

    private static void press(PresentationShell presentation, int keyCode) {
        Event event = new Event();
        event.keyCode = keyCode;
        event.character = keyCode < 0x10000 ? (char) keyCode : 0;
        presentation.shell().notifyListeners(SWT.KeyDown, event);
    }
}
