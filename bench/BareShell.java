import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;

/** The floor of the startup benchmark: a bare SWT shell on a plain JVM. */
public class BareShell {
    public static void main(String[] args) {
        Display display = new Display();
        Shell shell = new Shell(display);
        shell.setText("Bare SWT");
        shell.setSize(1200, 800);
        shell.open();
        while (display.readAndDispatch()) {
            // paint the first frame
        }
        System.out.println("Redthread: window shown");
        while (!shell.isDisposed()) {
            if (!display.readAndDispatch()) {
                display.sleep();
            }
        }
        display.dispose();
    }
}
