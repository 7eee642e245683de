/**
 * Redthread: generated from model/sessions.ecore by regenerate.sh. Do not edit.
 */
package no.redthread.dilemma.sessions.model;

import no.redthread.model.plan.Identified;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Participant</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link no.redthread.dilemma.sessions.model.Participant#getName <em>Name</em>}</li>
 *   <li>{@link no.redthread.dilemma.sessions.model.Participant#getRole <em>Role</em>}</li>
 *   <li>{@link no.redthread.dilemma.sessions.model.Participant#getSector <em>Sector</em>}</li>
 * </ul>
 *
 * @see no.redthread.dilemma.sessions.model.SessionsPackage#getParticipant()
 * @model
 * @generated
 */
public interface Participant extends Identified {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see no.redthread.dilemma.sessions.model.SessionsPackage#getParticipant_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link no.redthread.dilemma.sessions.model.Participant#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Role</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Role</em>' attribute.
	 * @see #setRole(String)
	 * @see no.redthread.dilemma.sessions.model.SessionsPackage#getParticipant_Role()
	 * @model
	 * @generated
	 */
	String getRole();

	/**
	 * Sets the value of the '{@link no.redthread.dilemma.sessions.model.Participant#getRole <em>Role</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Role</em>' attribute.
	 * @see #getRole()
	 * @generated
	 */
	void setRole(String value);

	/**
	 * Returns the value of the '<em><b>Sector</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Sector</em>' attribute.
	 * @see #setSector(String)
	 * @see no.redthread.dilemma.sessions.model.SessionsPackage#getParticipant_Sector()
	 * @model
	 * @generated
	 */
	String getSector();

	/**
	 * Sets the value of the '{@link no.redthread.dilemma.sessions.model.Participant#getSector <em>Sector</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Sector</em>' attribute.
	 * @see #getSector()
	 * @generated
	 */
	void setSector(String value);

} // Participant
