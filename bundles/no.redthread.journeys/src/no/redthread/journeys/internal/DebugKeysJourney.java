package no.redthread.journeys.internal;

import org.eclipse.swt.SWT;

final class DebugKeysJourney extends Journey {
    @Override
    public String name() {
        return "debug-keys";
    }

    @Override
    protected void run() {
        ui.run(() -> ui.display().addFilter(SWT.KeyDown, e -> System.out.println("DEBUG key " + e.widget + " code=" + e.keyCode + " mask=" + e.stateMask + " char=" + (int) e.character)));
        step("a", () -> {
            focusWindow();
            robot.type("ab");
            System.out.println("DEBUG focus " + ui.sync(() -> "" + ui.display().getFocusControl()));
            openPart("Utforsker");
            System.out.println("DEBUG focus after tab " + ui.sync(() -> "" + ui.display().getFocusControl()));
            robot.type("cd");
            focusWindow();
            robot.type("ef");
            ui.run(() -> window().setFocus());
            robot.type("gh");
            System.out.println("DEBUG focus " + ui.sync(() -> "" + ui.display().getFocusControl()));
        });
    }
}
