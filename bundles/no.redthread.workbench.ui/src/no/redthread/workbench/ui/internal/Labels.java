package no.redthread.workbench.ui.internal;

import org.eclipse.jface.action.LegacyActionTools;

/** Command labels used outside menus. */
public final class Labels {

    private Labels() {
    }

    /** A menu label as a title or link: without its mnemonic marker and the ellipsis that says a dialog follows. */
    public static String plain(String menuLabel) {
        return LegacyActionTools.removeMnemonics(menuLabel).replaceAll("\\s*(…|\\.\\.\\.)$", "").trim();
    }
}
