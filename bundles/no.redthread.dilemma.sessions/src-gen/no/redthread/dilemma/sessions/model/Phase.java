/**
 * Redthread: generated from model/sessions.ecore by regenerate.sh. Do not edit.
 */
package no.redthread.dilemma.sessions.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Phase</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One phase of the dialogue; a session has one DISCUSSION phase per discussion question.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link no.redthread.dilemma.sessions.model.Phase#getKind <em>Kind</em>}</li>
 *   <li>{@link no.redthread.dilemma.sessions.model.Phase#getQuestion <em>Question</em>}</li>
 *   <li>{@link no.redthread.dilemma.sessions.model.Phase#getNotes <em>Notes</em>}</li>
 *   <li>{@link no.redthread.dilemma.sessions.model.Phase#getElapsedSeconds <em>Elapsed Seconds</em>}</li>
 * </ul>
 *
 * @see no.redthread.dilemma.sessions.model.SessionsPackage#getPhase()
 * @model
 * @generated
 */
public interface Phase extends EObject {
	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link no.redthread.dilemma.sessions.model.PhaseKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see no.redthread.dilemma.sessions.model.PhaseKind
	 * @see #setKind(PhaseKind)
	 * @see no.redthread.dilemma.sessions.model.SessionsPackage#getPhase_Kind()
	 * @model
	 * @generated
	 */
	PhaseKind getKind();

	/**
	 * Sets the value of the '{@link no.redthread.dilemma.sessions.model.Phase#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see no.redthread.dilemma.sessions.model.PhaseKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(PhaseKind value);

	/**
	 * Returns the value of the '<em><b>Question</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Question</em>' attribute.
	 * @see #setQuestion(String)
	 * @see no.redthread.dilemma.sessions.model.SessionsPackage#getPhase_Question()
	 * @model
	 * @generated
	 */
	String getQuestion();

	/**
	 * Sets the value of the '{@link no.redthread.dilemma.sessions.model.Phase#getQuestion <em>Question</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Question</em>' attribute.
	 * @see #getQuestion()
	 * @generated
	 */
	void setQuestion(String value);

	/**
	 * Returns the value of the '<em><b>Notes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Notes</em>' attribute.
	 * @see #setNotes(String)
	 * @see no.redthread.dilemma.sessions.model.SessionsPackage#getPhase_Notes()
	 * @model
	 * @generated
	 */
	String getNotes();

	/**
	 * Sets the value of the '{@link no.redthread.dilemma.sessions.model.Phase#getNotes <em>Notes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Notes</em>' attribute.
	 * @see #getNotes()
	 * @generated
	 */
	void setNotes(String value);

	/**
	 * Returns the value of the '<em><b>Elapsed Seconds</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The total of the facilitator's timer for the phase, in seconds.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Elapsed Seconds</em>' attribute.
	 * @see #setElapsedSeconds(int)
	 * @see no.redthread.dilemma.sessions.model.SessionsPackage#getPhase_ElapsedSeconds()
	 * @model
	 * @generated
	 */
	int getElapsedSeconds();

	/**
	 * Sets the value of the '{@link no.redthread.dilemma.sessions.model.Phase#getElapsedSeconds <em>Elapsed Seconds</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Elapsed Seconds</em>' attribute.
	 * @see #getElapsedSeconds()
	 * @generated
	 */
	void setElapsedSeconds(int value);

} // Phase
