package no.redthread.validation.internal;

import java.util.Locale;

import org.eclipse.emf.ecore.EObject;

import no.redthread.model.plan.BudgetLine;
import no.redthread.model.plan.Case;
import no.redthread.model.plan.Goal;
import no.redthread.model.plan.Identified;
import no.redthread.model.plan.Measure;
import no.redthread.model.plan.Plan;
import no.redthread.model.plan.SdgTarget;
import no.redthread.model.plan.Theme;

/** The name a message uses for a model object: its name or title, else its id, else "(unnamed)". */
final class Labels {

    private Labels() {
    }

    static String of(EObject object, Locale locale) {
        String name = switch (object) {
            case Plan plan -> plan.getName();
            case Goal goal -> goal.getName();
            case Measure measure -> measure.getName();
            case Case sak -> sak.getTitle();
            case BudgetLine line -> line.getName();
            case SdgTarget target -> target.getCode();
            case Theme theme -> norwegian(locale) || isBlank(theme.getNameEn()) ? theme.getNameNb() : theme.getNameEn();
            default -> null;
        };
        if (isBlank(name) && object instanceof Identified identified) {
            name = identified.getId();
        }
        return isBlank(name) ? Messages.text(locale, "label.unnamed") : name.strip();
    }

    /** The languages the messages exist in besides English; any other falls back to English, so must its names. */
    private static boolean norwegian(Locale locale) {
        return switch (locale.getLanguage()) {
            case "nb", "nn", "no" -> true;
            default -> false;
        };
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
