/**
 * Redthread: generated from model/sessions.ecore by regenerate.sh. Do not edit.
 */
package no.redthread.dilemma.sessions.model.impl;

import no.redthread.dilemma.sessions.model.Phase;
import no.redthread.dilemma.sessions.model.PhaseKind;
import no.redthread.dilemma.sessions.model.SessionsPackage;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Phase</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link no.redthread.dilemma.sessions.model.impl.PhaseImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link no.redthread.dilemma.sessions.model.impl.PhaseImpl#getQuestion <em>Question</em>}</li>
 *   <li>{@link no.redthread.dilemma.sessions.model.impl.PhaseImpl#getNotes <em>Notes</em>}</li>
 *   <li>{@link no.redthread.dilemma.sessions.model.impl.PhaseImpl#getElapsedSeconds <em>Elapsed Seconds</em>}</li>
 * </ul>
 *
 * @generated
 */
public class PhaseImpl extends MinimalEObjectImpl.Container implements Phase {
	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final PhaseKind KIND_EDEFAULT = PhaseKind.INTRODUCTION;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected PhaseKind kind = KIND_EDEFAULT;

	/**
	 * The default value of the '{@link #getQuestion() <em>Question</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getQuestion()
	 * @generated
	 * @ordered
	 */
	protected static final String QUESTION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getQuestion() <em>Question</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getQuestion()
	 * @generated
	 * @ordered
	 */
	protected String question = QUESTION_EDEFAULT;

	/**
	 * The default value of the '{@link #getNotes() <em>Notes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNotes()
	 * @generated
	 * @ordered
	 */
	protected static final String NOTES_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getNotes() <em>Notes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNotes()
	 * @generated
	 * @ordered
	 */
	protected String notes = NOTES_EDEFAULT;

	/**
	 * The default value of the '{@link #getElapsedSeconds() <em>Elapsed Seconds</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getElapsedSeconds()
	 * @generated
	 * @ordered
	 */
	protected static final int ELAPSED_SECONDS_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getElapsedSeconds() <em>Elapsed Seconds</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getElapsedSeconds()
	 * @generated
	 * @ordered
	 */
	protected int elapsedSeconds = ELAPSED_SECONDS_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected PhaseImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SessionsPackage.Literals.PHASE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PhaseKind getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(PhaseKind newKind) {
		PhaseKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SessionsPackage.PHASE__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getQuestion() {
		return question;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setQuestion(String newQuestion) {
		String oldQuestion = question;
		question = newQuestion;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SessionsPackage.PHASE__QUESTION, oldQuestion, question));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getNotes() {
		return notes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNotes(String newNotes) {
		String oldNotes = notes;
		notes = newNotes;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SessionsPackage.PHASE__NOTES, oldNotes, notes));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getElapsedSeconds() {
		return elapsedSeconds;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setElapsedSeconds(int newElapsedSeconds) {
		int oldElapsedSeconds = elapsedSeconds;
		elapsedSeconds = newElapsedSeconds;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SessionsPackage.PHASE__ELAPSED_SECONDS, oldElapsedSeconds, elapsedSeconds));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case SessionsPackage.PHASE__KIND:
				return getKind();
			case SessionsPackage.PHASE__QUESTION:
				return getQuestion();
			case SessionsPackage.PHASE__NOTES:
				return getNotes();
			case SessionsPackage.PHASE__ELAPSED_SECONDS:
				return getElapsedSeconds();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case SessionsPackage.PHASE__KIND:
				setKind((PhaseKind)newValue);
				return;
			case SessionsPackage.PHASE__QUESTION:
				setQuestion((String)newValue);
				return;
			case SessionsPackage.PHASE__NOTES:
				setNotes((String)newValue);
				return;
			case SessionsPackage.PHASE__ELAPSED_SECONDS:
				setElapsedSeconds((Integer)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case SessionsPackage.PHASE__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case SessionsPackage.PHASE__QUESTION:
				setQuestion(QUESTION_EDEFAULT);
				return;
			case SessionsPackage.PHASE__NOTES:
				setNotes(NOTES_EDEFAULT);
				return;
			case SessionsPackage.PHASE__ELAPSED_SECONDS:
				setElapsedSeconds(ELAPSED_SECONDS_EDEFAULT);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case SessionsPackage.PHASE__KIND:
				return kind != KIND_EDEFAULT;
			case SessionsPackage.PHASE__QUESTION:
				return QUESTION_EDEFAULT == null ? question != null : !QUESTION_EDEFAULT.equals(question);
			case SessionsPackage.PHASE__NOTES:
				return NOTES_EDEFAULT == null ? notes != null : !NOTES_EDEFAULT.equals(notes);
			case SessionsPackage.PHASE__ELAPSED_SECONDS:
				return elapsedSeconds != ELAPSED_SECONDS_EDEFAULT;
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (kind: ");
		result.append(kind);
		result.append(", question: ");
		result.append(question);
		result.append(", notes: ");
		result.append(notes);
		result.append(", elapsedSeconds: ");
		result.append(elapsedSeconds);
		result.append(')');
		return result.toString();
	}

} //PhaseImpl
