import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Arc2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

import javax.imageio.ImageIO;

/**
 * Draws the 16x16 object icons of the plan item providers into {@code icons/full/obj16/} (PNG, transparent).
 *
 * <p>Usage: {@code java tools/DrawIcons.java <edit bundle folder>} (plain Java, headless). Simple flat shapes in
 * muted colours; the SDGs and their targets use the UN colour of the goal ({@code Sdg1..17}, {@code SdgTarget1..17})
 * and a neutral icon when the number is unknown.
 */
public final class DrawIcons {

    /** The UN SDG palette, goal 1 to 17 (the same colours as no.redthread.core/catalogue/sdgs.json). */
    private static final String[] SDG_COLOURS = {"#E5243B", "#DDA63A", "#4C9F38", "#C5192D", "#FF3A21", "#26BDE2",
        "#FCC30B", "#A21942", "#FD6925", "#DD1367", "#FD9D24", "#BF8B2E", "#3F7E44", "#0A97D9", "#56C02B", "#00689D",
        "#19486A"};

    private static Path folder;

    public static void main(String[] args) throws IOException {
        System.setProperty("java.awt.headless", "true");
        folder = Path.of(args[0]).resolve("icons/full/obj16");
        Files.createDirectories(folder);
        draw("PlanSystem", DrawIcons::planSystem);
        draw("Organisation", DrawIcons::organisation);
        draw("Plan", DrawIcons::plan);
        draw("Goal", DrawIcons::goal);
        draw("Target", DrawIcons::target);
        draw("Strategy", DrawIcons::strategy);
        draw("Measure", DrawIcons::measure);
        draw("BudgetLine", DrawIcons::budgetLine);
        draw("Case", DrawIcons::caseFolder);
        draw("Frame", DrawIcons::frame);
        draw("Dimension", DrawIcons::dimension);
        draw("Theme", DrawIcons::theme);
        draw("Rule", DrawIcons::rule);
        draw("Sdg", DrawIcons::sdgWheel);
        draw("SdgTarget", g -> sdgTarget(g, color("#78909C")));
        for (int number = 1; number <= SDG_COLOURS.length; number++) {
            Color colour = color(SDG_COLOURS[number - 1]);
            draw("Sdg" + number, g -> sdg(g, colour));
            draw("SdgTarget" + number, g -> sdgTarget(g, colour));
        }
        System.out.println("Drew icons into " + folder);
    }

    private static void draw(String name, Consumer<Graphics2D> painter) throws IOException {
        BufferedImage image = new BufferedImage(16, 16, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        painter.accept(g);
        g.dispose();
        ImageIO.write(image, "png", folder.resolve(name + ".png").toFile());
    }

    private static Color color(String hex) {
        return Color.decode(hex);
    }

    private static void planSystem(Graphics2D g) {
        String[] shades = {"#90A4AE", "#607D8B", "#37474F"};
        for (int i = 0; i < 3; i++) {
            g.setColor(color(shades[i]));
            g.fill(new RoundRectangle2D.Double(2 + i, 2.5 + i * 4, 12 - i, 3.5, 2, 2));
        }
    }

    private static void organisation(Graphics2D g) {
        g.setColor(color("#37474F"));
        Path2D roof = new Path2D.Double();
        roof.moveTo(1.5, 6.5);
        roof.lineTo(8, 1.5);
        roof.lineTo(14.5, 6.5);
        roof.closePath();
        g.fill(roof);
        g.setColor(color("#78909C"));
        g.fill(new RoundRectangle2D.Double(2.5, 6.5, 11, 7.5, 1, 1));
        g.setColor(Color.WHITE);
        for (double x : new double[] {4, 7, 10}) {
            g.fill(new RoundRectangle2D.Double(x, 8, 2, 4.5, 0.8, 0.8));
        }
        g.setColor(color("#37474F"));
        g.fill(new RoundRectangle2D.Double(1.5, 13.5, 13, 1.5, 0.5, 0.5));
    }

    private static void plan(Graphics2D g) {
        Path2D page = new Path2D.Double();
        page.moveTo(3, 1.5);
        page.lineTo(10, 1.5);
        page.lineTo(13.5, 5);
        page.lineTo(13.5, 14.5);
        page.lineTo(3, 14.5);
        page.closePath();
        g.setColor(Color.WHITE);
        g.fill(page);
        g.setColor(color("#546E7A"));
        g.setStroke(new BasicStroke(1f));
        g.draw(page);
        g.setColor(color("#1E88E5"));
        for (int i = 0; i < 3; i++) {
            g.fill(new RoundRectangle2D.Double(5, 6.5 + i * 2.5, i == 2 ? 4.5 : 6.5, 1.2, 1, 1));
        }
    }

    private static void goal(Graphics2D g) {
        Color red = color("#C62828");
        g.setColor(red);
        g.fill(new Ellipse2D.Double(1, 1, 14, 14));
        g.setColor(Color.WHITE);
        g.fill(new Ellipse2D.Double(3.25, 3.25, 9.5, 9.5));
        g.setColor(red);
        g.fill(new Ellipse2D.Double(5.25, 5.25, 5.5, 5.5));
        g.setColor(Color.WHITE);
        g.fill(new Ellipse2D.Double(7, 7, 2, 2));
    }

    private static void target(Graphics2D g) {
        g.setColor(color("#455A64"));
        g.fill(new RoundRectangle2D.Double(3, 1.5, 1.6, 13.5, 1, 1));
        Path2D flag = new Path2D.Double();
        flag.moveTo(4.6, 2);
        flag.lineTo(13.5, 4.75);
        flag.lineTo(4.6, 7.5);
        flag.closePath();
        g.setColor(color("#EF6C00"));
        g.fill(flag);
    }

    private static void strategy(Graphics2D g) {
        g.setColor(color("#6A1B9A"));
        g.setStroke(new BasicStroke(1.8f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        Path2D route = new Path2D.Double();
        route.moveTo(2.5, 13.5);
        route.curveTo(2.5, 7, 11, 10, 11, 4.5);
        g.draw(route);
        Path2D head = new Path2D.Double();
        head.moveTo(7.5, 5.5);
        head.lineTo(11, 1.5);
        head.lineTo(14.5, 5.5);
        head.closePath();
        g.fill(head);
    }

    private static void measure(Graphics2D g) {
        g.setColor(color("#2E7D32"));
        g.fill(new RoundRectangle2D.Double(1.5, 1.5, 13, 13, 4, 4));
        g.setColor(Color.WHITE);
        g.setStroke(new BasicStroke(2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        Path2D tick = new Path2D.Double();
        tick.moveTo(4.5, 8.5);
        tick.lineTo(7, 11);
        tick.lineTo(11.5, 5);
        g.draw(tick);
    }

    private static void budgetLine(Graphics2D g) {
        for (int i = 2; i >= 0; i--) {
            double y = 3 + i * 3.5;
            g.setColor(color("#F57F17"));
            g.fill(new Ellipse2D.Double(2, y, 12, 5));
            g.setColor(color("#FBC02D"));
            g.fill(new Ellipse2D.Double(2.8, y + 0.5, 10.4, 3.6));
        }
    }

    private static void caseFolder(Graphics2D g) {
        g.setColor(color("#8D6E63"));
        g.fill(new RoundRectangle2D.Double(1.5, 2.5, 6, 3, 1.5, 1.5));
        g.fill(new RoundRectangle2D.Double(1.5, 4, 13, 10, 1.5, 1.5));
        g.setColor(color("#BCAAA4"));
        g.fill(new RoundRectangle2D.Double(1.5, 6, 13, 8, 1.5, 1.5));
    }

    private static void frame(Graphics2D g) {
        g.setColor(color("#00796B"));
        g.setStroke(new BasicStroke(1.2f));
        g.draw(new RoundRectangle2D.Double(1.5, 1.5, 13, 13, 4, 4));
        String[] dimensions = {"#43A047", "#E53935", "#1E88E5"};
        for (int i = 0; i < 3; i++) {
            g.setColor(color(dimensions[i]));
            g.fill(new Ellipse2D.Double(3.2 + i * 3.4, 6.3, 3, 3));
        }
    }

    private static void dimension(Graphics2D g) {
        g.setColor(color("#00897B"));
        g.fill(new Ellipse2D.Double(1.5, 1.5, 13, 13));
        g.setColor(color("#80CBC4"));
        g.fill(new Ellipse2D.Double(4.5, 4.5, 7, 7));
    }

    private static void theme(Graphics2D g) {
        Path2D leaf = new Path2D.Double();
        leaf.moveTo(2, 14);
        leaf.curveTo(1, 5, 7, 1.5, 14.5, 1.5);
        leaf.curveTo(14.5, 9, 11, 14.5, 2, 14);
        leaf.closePath();
        g.setColor(color("#43A047"));
        g.fill(leaf);
        g.setColor(color("#C8E6C9"));
        g.setStroke(new BasicStroke(1f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        Path2D vein = new Path2D.Double();
        vein.moveTo(3, 13);
        vein.curveTo(6, 9, 9, 6, 12.5, 3.5);
        g.draw(vein);
    }

    private static void rule(Graphics2D g) {
        for (int i = 0; i < 3; i++) {
            double y = 2.5 + i * 4.25;
            g.setColor(color("#00695C"));
            g.fill(new Ellipse2D.Double(1.5, y, 3, 3));
            g.setColor(color("#78909C"));
            g.fill(new RoundRectangle2D.Double(6, y + 0.8, i == 1 ? 6.5 : 8.5, 1.5, 1, 1));
        }
    }

    private static void sdgWheel(Graphics2D g) {
        double step = 360.0 / SDG_COLOURS.length;
        for (int i = 0; i < SDG_COLOURS.length; i++) {
            g.setColor(color(SDG_COLOURS[i]));
            g.fill(new Arc2D.Double(1, 1, 14, 14, 90 - i * step, -step - 0.6, Arc2D.PIE));
        }
        g.setComposite(java.awt.AlphaComposite.Clear);
        g.fill(new Ellipse2D.Double(5, 5, 6, 6));
    }

    private static void sdg(Graphics2D g, Color colour) {
        g.setColor(colour);
        g.fill(new RoundRectangle2D.Double(1, 1, 14, 14, 4, 4));
        g.setColor(Color.WHITE);
        g.setStroke(new BasicStroke(1.6f));
        g.draw(new Ellipse2D.Double(4.5, 4.5, 7, 7));
    }

    private static void sdgTarget(Graphics2D g, Color colour) {
        g.setColor(colour);
        g.fill(new Ellipse2D.Double(2.5, 2.5, 11, 11));
        g.setColor(Color.WHITE);
        g.fill(new Ellipse2D.Double(6, 6, 4, 4));
    }
}
