package no.redthread.workspace.internal;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EcoreFactory;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.util.EcoreUtil;

import no.redthread.model.api.ModelContribution;
import no.redthread.model.plan.Goal;
import no.redthread.model.plan.Plan;
import no.redthread.model.plan.PlanPackage;

/**
 * A module for tests, built with dynamic EMF: a note book whose notes refer to goals and plans of
 * the plan system, so its file holds references into other files.
 */
public final class NotesModule implements ModelContribution {

    public static final String ID = "notes";
    public static final String NS_URI = "http://redthread.no/test/notes/1.0";
    public static final EPackage PACKAGE;
    public static final EClass NOTE_BOOK;
    public static final EClass NOTE;
    public static final EReference NOTES;
    public static final EAttribute TEXT;
    public static final EReference GOALS;
    public static final EReference PLAN;
    public static final EAttribute ID_OF_BOOK;
    public static final EAttribute ID_OF_NOTE;

    static {
        EcoreFactory ecore = EcoreFactory.eINSTANCE;
        PACKAGE = ecore.createEPackage();
        PACKAGE.setName("notes");
        PACKAGE.setNsPrefix("notes");
        PACKAGE.setNsURI(NS_URI);
        NOTE_BOOK = ecore.createEClass();
        NOTE_BOOK.setName("NoteBook");
        NOTE = ecore.createEClass();
        NOTE.setName("Note");
        // not subclasses of the plan model's Identified: EMF cannot instantiate a dynamic class whose
        // first generated supertype is abstract
        ID_OF_BOOK = id(NOTE_BOOK);
        ID_OF_NOTE = id(NOTE);
        NOTES = reference("notes", NOTE, true, -1);
        NOTE_BOOK.getEStructuralFeatures().add(NOTES);
        TEXT = ecore.createEAttribute();
        TEXT.setName("text");
        TEXT.setEType(EcorePackage.Literals.ESTRING);
        GOALS = reference("goals", PlanPackage.Literals.GOAL, false, -1);
        PLAN = reference("plan", PlanPackage.Literals.PLAN, false, 1);
        NOTE.getEStructuralFeatures().add(TEXT);
        NOTE.getEStructuralFeatures().add(GOALS);
        NOTE.getEStructuralFeatures().add(PLAN);
        PACKAGE.getEClassifiers().add(NOTE_BOOK);
        PACKAGE.getEClassifiers().add(NOTE);
        EPackage.Registry.INSTANCE.put(NS_URI, PACKAGE);
    }

    private static EAttribute id(EClass owner) {
        EAttribute id = EcoreFactory.eINSTANCE.createEAttribute();
        id.setName("id");
        id.setEType(EcorePackage.Literals.ESTRING);
        id.setID(true);
        owner.getEStructuralFeatures().add(id);
        return id;
    }

    private static EReference reference(String name, EClass type, boolean containment, int upper) {
        EReference reference = EcoreFactory.eINSTANCE.createEReference();
        reference.setName(name);
        reference.setEType(type);
        reference.setContainment(containment);
        reference.setUpperBound(upper);
        return reference;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public EPackage ePackage() {
        return PACKAGE;
    }

    @Override
    public EObject createRoot() {
        EObject book = EcoreUtil.create(NOTE_BOOK);
        book.eSet(ID_OF_BOOK, "notebook");
        return book;
    }

    /** Adds a note on goals and a plan to a note book. */
    @SuppressWarnings("unchecked")
    public static EObject addNote(EObject book, String id, String text, Plan plan, Goal... goals) {
        EObject note = EcoreUtil.create(NOTE);
        note.eSet(ID_OF_NOTE, id);
        note.eSet(TEXT, text);
        note.eSet(PLAN, plan);
        ((java.util.List<Object>) note.eGet(GOALS)).addAll(java.util.List.of(goals));
        ((java.util.List<Object>) book.eGet(NOTES)).add(note);
        return note;
    }
}
