package no.redthread.journeys.internal;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;

import no.redthread.model.plan.Goal;
import no.redthread.model.plan.Measure;

/**
 * <i>Start dilemmatrening</i> from the Explorer: on a measure by its context menu (the Dilemma perspective with a
 * prefilled session, one Ctrl+Z takes it all back), then on a goal from the Rediger menu; in that session the
 * finding's tabs Gjelder, Dissens and Tilskudd each add a link, and Matriseelementer adds and removes an item.
 */
final class DilemmaTrainingJourney extends Journey {

    private static final String ACTION_PLAN = "Handlings- og økonomiplan 2026";
    private static final String MEASURE = "Kartlegge flomveier og overvann i sentrum";
    private static final String COMMUNITY_PLAN = "Kommuneplanens samfunnsdel";
    private static final String GOAL = "Barn og unge har en trygg og inkluderende oppvekst";
    private static final String OTHER_MEASURE = "Skjøtselsplan for slagghaugene i verdensarvområdet";
    private static final String DISSENT = "Kartleggingen må komme før tiltakene";

    private Gestures gestures;
    private Sessions sessions;

    @Override
    public String name() {
        return "dilemma-training";
    }

    @Override
    protected void run() {
        gestures = new Gestures(ui, robot);
        sessions = new Sessions(ui, robot);
        step("the demo is open in the Planarbeid perspective", () -> {
            ui.waitFor("the demo workspace", () -> workspaces().current().isPresent());
            check(sessions.all(workspaces()).isEmpty(), "no sessions in the demo", sessions.all(workspaces()).size());
        });
        step("right-click on a measure → Start dilemmatrening opens Dilemma with a prefilled session", () -> {
            TreeItem measure = explorerRow(ACTION_PLAN, MEASURE);
            Tree tree = ui.sync(measure::getParent);
            robot.rightClick(gestures.onScreen(tree, measure));
            menus.fromContextMenu(tree, "Start dilemmatrening");
            EObject session = startedSession("Dilemmatrening: " + MEASURE);
            Measure subject = ui.sync(() -> workspaces().current().orElseThrow().planSystem().orElseThrow().getPlans().stream()
                    .flatMap(p -> p.getMeasures().stream()).filter(m -> MEASURE.equals(m.getName())).findFirst().orElseThrow());
            List<String> expected = ui.sync(() -> java.util.stream.Stream.concat(java.util.stream.Stream.of(MEASURE),
                    subject.getFollows().stream().map(Goal::getName)).toList());
            check(sessions.itemLabels(session).equals(expected), "the measure and its goals as the matrix's items " + expected,
                    sessions.itemLabels(session));
            EObject finding = firstFinding(session);
            check(sessions.list(finding, "concerns").equals(List.of(subject)), "the first finding concerning the measure",
                    sessions.list(finding, "concerns"));
            check(!((List<?>) sessions.get(finding, "pullingFor")).isEmpty(), "the finding pulling towards the goals' themes",
                    sessions.get(finding, "pullingFor"));
            shot("started-from-measure");
        });
        step("one Ctrl+Z takes the session, its finding and its items back", () -> {
            focusWindow();
            ctrl('z');
            ui.waitFor("no session after one Ctrl+Z", () -> Models.all(workspaces(), "Session").isEmpty(),
                    () -> Models.all(workspaces(), "Session").size() + " sessions, the keyboard in " + ui.display().getFocusControl());
            check(ui.sync(() -> Models.all(workspaces(), "MatrixItem").isEmpty()), "no matrix items left", "some");
        });
        step("Rediger → Start dilemmatrening on a goal starts a session on the goal", () -> {
            perspective("Planarbeid");
            explorerRow(COMMUNITY_PLAN, GOAL);
            focusWindow();
            menus.fromMenuBar(window(), "Rediger", "Start dilemmatrening");
            EObject session = startedSession("Dilemmatrening: " + GOAL);
            check(sessions.itemLabels(session).get(0).equals(GOAL), "the goal first among the matrix's items",
                    sessions.itemLabels(session));
            shot("started-from-goal");
        });
        step("Gjelder: Legg til … adds a measure to what the finding concerns", () -> {
            Composite part = findingChosen();
            sessions.clickTab(part, "Gjelder");
            Table concerns = ui.waitFor("the Gjelder list", () -> Find.first(part, Table.class,
                    t -> t.getItemCount() == 1 && t.getItem(0).getText().contains(GOAL)));
            clickButton(ui.sync(concerns::getParent), "Legg til");
            Shell choose = dialog("Velg mål, tiltak eller sak");
            robot.type(OTHER_MEASURE);
            robot.key(SWT.CR);
            ui.waitFor("the chooser closed", choose::isDisposed);
            EObject finding = firstFinding(session());
            ui.waitFor("the measure among what the finding concerns", () -> sessions.list(finding, "concerns").stream()
                    .anyMatch(o -> o instanceof Measure m && OTHER_MEASURE.equals(m.getName())),
                    () -> String.valueOf(sessions.list(finding, "concerns")));
            ui.waitFor("two rows in Gjelder", () -> concerns.getItemCount() == 2);
            shot("concerns");
        });
        step("Dissens: a participant's dissent, typed and added with Enter", () -> {
            Composite part = openPart("Dilemmaøkt");
            sessions.clickTab(part, "Deltakere");
            clickButton(part, "Legg til deltaker");
            ui.waitFor("the name open for typing", () -> Find.first(part, Text.class, t -> t.getParent() instanceof Table && t.isFocusControl()));
            robot.type("Kari");
            robot.key(SWT.CR);
            ui.waitFor("Kari in the session", () -> sessions.list(session(), "participants").size() == 1
                    && "Kari".equals(sessions.get(sessions.list(session(), "participants").get(0), "name")));
            findingChosen();
            sessions.clickTab(part, "Dissens");
            Combo who = ui.waitFor("the participant chooser", () -> Find.first(part, Combo.class,
                    c -> c.getItemCount() == 1 && c.getItem(0).equals("Kari")));
            Text text = ui.waitFor("the dissent field", () -> Find.first(part, Text.class, t -> "Dissens".equals(t.getMessage())));
            focus(text);
            robot.key(SWT.TAB, SWT.SHIFT);
            ui.waitFor("the keyboard on the participant chooser", () -> ui.display().getFocusControl() == who);
            robot.key(SWT.ARROW_DOWN); // GTK's read-only combo steps to the first participant
            ui.waitFor("Kari chosen", () -> who.getSelectionIndex() == 0, who::getText);
            focus(text);
            robot.type(DISSENT);
            robot.key(SWT.CR);
            EObject finding = firstFinding(session());
            ui.waitFor("Kari's dissent on the finding", () -> {
                List<EObject> dissents = sessions.list(finding, "dissents");
                return dissents.size() == 1 && DISSENT.equals(sessions.get(dissents.get(0), "text"))
                        && "Kari".equals(sessions.get((EObject) sessions.get(dissents.get(0), "participant"), "name"));
            }, () -> String.valueOf(sessions.list(finding, "dissents")));
            shot("dissent");
        });
        step("Tilskudd: Legg til … links the first funding scheme", () -> {
            Composite part = findingChosen();
            sessions.clickTab(part, "Tilskudd");
            Composite page = ui.waitFor("the Tilskudd page", () -> Find.first(part, Composite.class,
                    c -> Find.label(c, "Tilskuddsordninger som kan dempe") != null && Find.button(c, "Legg til") != null));
            clickButton(page, "Legg til");
            Shell choose = dialog("Velg tilskuddsordning");
            robot.key(SWT.CR);
            ui.waitFor("the chooser closed", choose::isDisposed);
            EObject finding = firstFinding(session());
            ui.waitFor("one funding scheme on the finding", () -> ((List<?>) sessions.get(finding, "fundingSchemeIds")).size() == 1);
            Table schemes = ui.sync(() -> Find.first(page, Table.class, t -> true));
            ui.waitFor("the scheme listed by name", () -> schemes.getItemCount() == 1
                    && !schemes.getItem(0).getText().equals(((List<?>) sessions.get(finding, "fundingSchemeIds")).get(0)),
                    () -> schemes.getItemCount() == 0 ? "none" : schemes.getItem(0).getText());
            shot("funding");
        });
        step("Matriseelementer: an item added from the plan, then removed", () -> {
            Composite part = openPart("Dilemmaøkt");
            sessions.clickTab(part, "Matriseelementer");
            int before = sessions.itemLabels(session()).size();
            clickButton(part, "Legg til element");
            Shell choose = dialog("Legg til i samspillsmatrisen");
            robot.type(OTHER_MEASURE);
            robot.key(SWT.CR);
            ui.waitFor("the chooser closed", choose::isDisposed);
            ui.waitFor("the measure among the matrix's items", () -> sessions.itemLabels(session()).size() == before + 1
                    && sessions.itemLabels(session()).get(before).startsWith(OTHER_MEASURE), () -> "" + sessions.itemLabels(session()));
            Table items = ui.waitFor("the items' table", () -> Find.first(part, Table.class, t -> t.getColumnCount() == 2
                    && t.getItemCount() == before + 1));
            shot("matrix-item-added");
            TableItem added = gestures.row(items, OTHER_MEASURE);
            robot.click(robot.centre(items, ui.sync(() -> added.getBounds(1))));
            clickButton(part, "Fjern element");
            ui.waitFor("the item removed", () -> sessions.itemLabels(session()).size() == before
                    && sessions.itemLabels(session()).stream().noneMatch(l -> l.startsWith(OTHER_MEASURE)), () -> "" + sessions.itemLabels(session()));
            ui.waitFor("the row gone", () -> items.getItemCount() == before);
        });
    }

    /** Expands the plan in the Explorer and selects the row, by clicking as a user does. */
    private TreeItem explorerRow(String plan, String row) {
        Tree tree = PlanJourney.explorerTreeOf(this);
        TreeItem planRow = ui.waitFor("the plan «" + plan + "» in the Explorer", () -> Find.treeItem(tree, plan));
        gestures.clickRow(tree, planRow);
        if (!ui.sync(planRow::getExpanded)) {
            robot.key(SWT.KEYPAD_ADD);
        }
        TreeItem item = ui.waitFor("«" + row + "» in the Explorer", () -> Find.treeItem(tree, row));
        gestures.clickRow(tree, item);
        ui.waitFor("«" + row + "» selected", () -> tree.getSelectionCount() == 1 && tree.getSelection()[0] == item);
        return item;
    }

    /** The one session, shown in Dilemmaøkt of the Dilemma perspective (its Scenarier part beside it). */
    private EObject startedSession(String title) {
        EObject session = ui.waitFor("one session titled «" + title + "»", () -> {
            List<EObject> all = Models.all(workspaces(), "Session");
            return all.size() == 1 && title.equals(all.get(0).eGet(all.get(0).eClass().getEStructuralFeature("title"))) ? all.get(0) : null;
        }, () -> Models.all(workspaces(), "Session").toString());
        ui.waitFor("the Dilemma perspective with Scenarier", () -> Find.part(window(), "Scenarier") != null
                && Find.part(window(), "Scenarier").isVisible());
        Composite part = ui.waitFor("Dilemmaøkt in front", () -> {
            Composite p = Find.part(window(), "Dilemmaøkt");
            return p != null && p.isVisible() ? p : null;
        });
        Combo chooser = ui.waitFor("the session chooser", () -> Find.first(part, Combo.class, c -> true));
        ui.waitFor("the session chosen", () -> chooser.getText().startsWith(title), chooser::getText);
        return session;
    }

    private EObject session() {
        List<EObject> all = sessions.all(workspaces());
        check(all.size() == 1, "one session", all.size());
        return all.get(0);
    }

    private EObject firstFinding(EObject session) {
        List<EObject> findings = sessions.list(session, "findings");
        check(findings.size() == 1, "one finding, made with the session", findings.size());
        return findings.get(0);
    }

    /** Funn, with the first finding clicked so its details show. */
    private Composite findingChosen() {
        Composite part = openPart("Dilemmaøkt");
        sessions.clickTab(part, "Funn");
        Table findings = ui.waitFor("the findings' table", () -> Find.first(part, Table.class, t -> t.getColumnCount() >= 4
                && t.getItemCount() == 1));
        if (ui.sync(() -> findings.getSelectionCount() == 0)) {
            robot.click(robot.centre(findings, ui.sync(() -> findings.getItem(0).getBounds(0))));
            ui.waitFor("the finding chosen", () -> findings.getSelectionCount() == 1);
        }
        return part;
    }
}
