/**
 * Redthread: generated from model/sessions.ecore by regenerate.sh. Do not edit.
 */
package no.redthread.dilemma.sessions.model;

import no.redthread.model.plan.Identified;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Dilemma Register</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The root of a workspace's dilemma resource: every session of the workspace.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link no.redthread.dilemma.sessions.model.DilemmaRegister#getSessions <em>Sessions</em>}</li>
 * </ul>
 *
 * @see no.redthread.dilemma.sessions.model.SessionsPackage#getDilemmaRegister()
 * @model
 * @generated
 */
public interface DilemmaRegister extends Identified {
	/**
	 * Returns the value of the '<em><b>Sessions</b></em>' containment reference list.
	 * The list contents are of type {@link no.redthread.dilemma.sessions.model.Session}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Sessions</em>' containment reference list.
	 * @see no.redthread.dilemma.sessions.model.SessionsPackage#getDilemmaRegister_Sessions()
	 * @model containment="true"
	 * @generated
	 */
	EList<Session> getSessions();

} // DilemmaRegister
