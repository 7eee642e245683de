package no.redthread.journeys.internal;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.TabFolder;
import org.eclipse.swt.widgets.TabItem;

import no.redthread.workspace.WorkspaceService;

/**
 * What the dilemma-session journeys read and do alike: the sessions in the model by their features' names (the
 * journeys import no module's model), and the tabs of <i>Dilemmaøkt</i>, clicked as a user does.
 */
final class Sessions {

    private final Ui ui;
    private final Robot robot;

    Sessions(Ui ui, Robot robot) {
        this.ui = ui;
        this.robot = robot;
    }

    /** The open workspace's sessions, on the UI thread. */
    List<EObject> all(WorkspaceService workspaces) {
        return ui.sync(() -> Models.all(workspaces, "Session"));
    }

    /** A feature's value by its name, on the UI thread. */
    Object get(EObject object, String feature) {
        return ui.sync(() -> object.eGet(object.eClass().getEStructuralFeature(feature)));
    }

    @SuppressWarnings("unchecked")
    List<EObject> list(EObject object, String feature) {
        return ui.sync(() -> List.copyOf((List<EObject>) object.eGet(object.eClass().getEStructuralFeature(feature))));
    }

    /** The session's matrix items' labels, in order. */
    List<String> itemLabels(EObject session) {
        EObject matrix = (EObject) get(session, "matrix");
        return matrix == null ? List.of() : list(matrix, "items").stream().map(i -> String.valueOf(get(i, "label"))).toList();
    }

    /** Clicks the tab with this title in whichever tab folder under the root has it. */
    void clickTab(Composite root, String title) {
        TabItem tab = ui.waitFor("the tab «" + title + "»", () -> {
            for (TabFolder folder : Find.all(root, TabFolder.class, f -> true)) {
                for (TabItem item : folder.getItems()) {
                    if (Find.plain(item.getText()).equals(title)) {
                        return item;
                    }
                }
            }
            return null;
        });
        TabFolder folder = ui.sync(tab::getParent);
        robot.click(robot.centre(folder, ui.sync(tab::getBounds)));
        ui.waitFor("the tab «" + title + "» shown", () -> folder.getSelection()[0] == tab);
    }
}
