package no.redthread.journeys.internal;

import org.eclipse.swt.graphics.Point;

/** The lowest level of input: how a pointer move, a button, a key or a wheel notch reaches the window. */
interface Input {

    String name();

    void move(Point p);

    void button(boolean down, int button);

    /** Types text as a person would, capitals and signs with their modifier. */
    void type(String text);

    /** Presses the modifiers one by one, then the key (an SWT key code, or 0 for the character), releases in reverse. */
    void press(int[] modifiers, int keyCode, char character);

    void wheel(boolean down);
}
