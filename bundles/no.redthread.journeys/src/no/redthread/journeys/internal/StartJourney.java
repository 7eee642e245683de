package no.redthread.journeys.internal;

import org.eclipse.swt.widgets.Tree;

/** The first start: the window shows, the demo workspace opens in the Explorer, the title names it. */
final class StartJourney extends Journey {

    @Override
    public String name() {
        return "start";
    }

    @Override
    protected void run() {
        step("the demo opens on the first start", () -> {
            ui.waitFor("a workspace to be open", () -> workspaces().current().isPresent());
            var explorer = openPart("Utforsker");
            Tree tree = ui.waitFor("the Explorer tree", () -> Find.first(explorer, Tree.class, t -> t.getItemCount() > 0));
            String first = ui.sync(() -> tree.getItem(0).getText());
            check(first.contains("Røros"), "the demo's organisation (Røros) at the top of the Explorer", first);
            shot("demo");
        });
        step("the title names the workspace", () -> {
            String title = ui.sync(() -> window().getText());
            check(title.contains("Rød tråd") && title.contains("Røros"), "a title with «Rød tråd» and the demo's name", title);
        });
    }
}
