package no.redthread.indicators.ui.internal;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;

/**
 * The dashboard's scrolled content: a group per theme or SDG (an SDG's group with a strip in its UN colour) holding
 * its tiles ({@link DashboardTileCanvas}), or a message. {@link #begin()} throws the old content away.
 */
final class DashboardTiles {

    private final ScrolledComposite scroller;
    private final Consumer<DashboardTile> open;
    private final UnaryOperator<String> regionName;
    private Composite content;
    private final List<Group> groups = new ArrayList<>();
    private final Map<DashboardTile, DashboardTileCanvas> boxes = new IdentityHashMap<>();

    DashboardTiles(Composite parent, Consumer<DashboardTile> open, UnaryOperator<String> regionName) {
        this.open = open;
        this.regionName = regionName;
        scroller = new ScrolledComposite(parent, SWT.V_SCROLL | SWT.H_SCROLL);
        scroller.setExpandHorizontal(true);
        scroller.setExpandVertical(true);
        scroller.addListener(SWT.Resize, e -> resize());
    }

    ScrolledComposite control() {
        return scroller;
    }

    /** Starts new content, disposing the old. */
    void begin() {
        if (content != null) {
            content.dispose();
        }
        groups.clear();
        boxes.clear();
        content = new Composite(scroller, SWT.NONE);
        content.setLayout(new GridLayout(1, false));
    }

    /** A line of text instead of tiles (no data, nothing for the filter). */
    void message(String text) {
        new Label(content, SWT.WRAP).setText(text);
    }

    /** A group with its title, an optional colour strip ({@code #RRGGBB}, else null) and its tiles. */
    void group(String title, String colour, List<DashboardTile> tiles) {
        Group group = new Group(content, SWT.NONE);
        group.setText(title);
        group.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        group.setLayout(new GridLayout(1, false));
        if (colour != null && colour.matches("#[0-9A-Fa-f]{6}")) {
            int rgb = Integer.parseInt(colour.substring(1), 16);
            Label strip = new Label(group, SWT.NONE);
            strip.setBackground(new Color(rgb >> 16, (rgb >> 8) & 0xFF, rgb & 0xFF));
            GridData stripData = new GridData(SWT.FILL, SWT.TOP, true, false);
            stripData.heightHint = 4;
            strip.setLayoutData(stripData);
        }
        Composite row = new Composite(group, SWT.NONE);
        row.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        RowLayout layout = new RowLayout(SWT.HORIZONTAL);
        layout.wrap = true;
        layout.spacing = 6;
        layout.marginLeft = layout.marginRight = layout.marginTop = layout.marginBottom = 0;
        row.setLayout(layout);
        for (DashboardTile tile : tiles) {
            boxes.put(tile, new DashboardTileCanvas(row, tile, open, regionName));
        }
        groups.add(group);
    }

    /** Shows the new content. */
    void end() {
        scroller.setContent(content);
        resize();
    }

    /** The groups' titles, top to bottom. */
    List<String> titles() {
        return groups.stream().map(Group::getText).toList();
    }

    /** The canvas of a tile shown (the same tile object the part lists), else null. */
    DashboardTileCanvas canvas(DashboardTile tile) {
        return boxes.get(tile);
    }

    private void resize() {
        if (content == null || content.isDisposed()) {
            return;
        }
        int width = Math.max(200, scroller.getClientArea().width);
        Point size = content.computeSize(width, SWT.DEFAULT);
        scroller.setMinSize(size);
        content.layout(true, true);
    }
}
