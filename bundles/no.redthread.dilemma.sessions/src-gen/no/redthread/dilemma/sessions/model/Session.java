/**
 * Redthread: generated from model/sessions.ecore by regenerate.sh. Do not edit.
 */
package no.redthread.dilemma.sessions.model;

import java.time.LocalDate;

import no.redthread.model.plan.Identified;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Session</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One facilitated dilemma-training session, on a shipped scenario or on the municipality's own case.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link no.redthread.dilemma.sessions.model.Session#getTitle <em>Title</em>}</li>
 *   <li>{@link no.redthread.dilemma.sessions.model.Session#getScenarioId <em>Scenario Id</em>}</li>
 *   <li>{@link no.redthread.dilemma.sessions.model.Session#getCaseObject <em>Case Object</em>}</li>
 *   <li>{@link no.redthread.dilemma.sessions.model.Session#getDate <em>Date</em>}</li>
 *   <li>{@link no.redthread.dilemma.sessions.model.Session#getFacilitator <em>Facilitator</em>}</li>
 *   <li>{@link no.redthread.dilemma.sessions.model.Session#getParticipants <em>Participants</em>}</li>
 *   <li>{@link no.redthread.dilemma.sessions.model.Session#getPhases <em>Phases</em>}</li>
 *   <li>{@link no.redthread.dilemma.sessions.model.Session#getFindings <em>Findings</em>}</li>
 *   <li>{@link no.redthread.dilemma.sessions.model.Session#getMatrix <em>Matrix</em>}</li>
 * </ul>
 *
 * @see no.redthread.dilemma.sessions.model.SessionsPackage#getSession()
 * @model
 * @generated
 */
public interface Session extends Identified {
	/**
	 * Returns the value of the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Title</em>' attribute.
	 * @see #setTitle(String)
	 * @see no.redthread.dilemma.sessions.model.SessionsPackage#getSession_Title()
	 * @model
	 * @generated
	 */
	String getTitle();

	/**
	 * Sets the value of the '{@link no.redthread.dilemma.sessions.model.Session#getTitle <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Title</em>' attribute.
	 * @see #getTitle()
	 * @generated
	 */
	void setTitle(String value);

	/**
	 * Returns the value of the '<em><b>Scenario Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The stable id of the scenario the session is on, e.g. "fosen-vindkraft-reindrift"; null for a session on the municipality's own case.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Scenario Id</em>' attribute.
	 * @see #setScenarioId(String)
	 * @see no.redthread.dilemma.sessions.model.SessionsPackage#getSession_ScenarioId()
	 * @model
	 * @generated
	 */
	String getScenarioId();

	/**
	 * Sets the value of the '{@link no.redthread.dilemma.sessions.model.Session#getScenarioId <em>Scenario Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Scenario Id</em>' attribute.
	 * @see #getScenarioId()
	 * @generated
	 */
	void setScenarioId(String value);

	/**
	 * Returns the value of the '<em><b>Case Object</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The municipality's own case the session is on: a plan, goal, measure or case of the plan model; null for a scenario.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Case Object</em>' reference.
	 * @see #setCaseObject(EObject)
	 * @see no.redthread.dilemma.sessions.model.SessionsPackage#getSession_CaseObject()
	 * @model
	 * @generated
	 */
	EObject getCaseObject();

	/**
	 * Sets the value of the '{@link no.redthread.dilemma.sessions.model.Session#getCaseObject <em>Case Object</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Case Object</em>' reference.
	 * @see #getCaseObject()
	 * @generated
	 */
	void setCaseObject(EObject value);

	/**
	 * Returns the value of the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Date</em>' attribute.
	 * @see #setDate(LocalDate)
	 * @see no.redthread.dilemma.sessions.model.SessionsPackage#getSession_Date()
	 * @model dataType="no.redthread.model.plan.IsoDate"
	 * @generated
	 */
	LocalDate getDate();

	/**
	 * Sets the value of the '{@link no.redthread.dilemma.sessions.model.Session#getDate <em>Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Date</em>' attribute.
	 * @see #getDate()
	 * @generated
	 */
	void setDate(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Facilitator</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Facilitator</em>' attribute.
	 * @see #setFacilitator(String)
	 * @see no.redthread.dilemma.sessions.model.SessionsPackage#getSession_Facilitator()
	 * @model
	 * @generated
	 */
	String getFacilitator();

	/**
	 * Sets the value of the '{@link no.redthread.dilemma.sessions.model.Session#getFacilitator <em>Facilitator</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Facilitator</em>' attribute.
	 * @see #getFacilitator()
	 * @generated
	 */
	void setFacilitator(String value);

	/**
	 * Returns the value of the '<em><b>Participants</b></em>' containment reference list.
	 * The list contents are of type {@link no.redthread.dilemma.sessions.model.Participant}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Participants</em>' containment reference list.
	 * @see no.redthread.dilemma.sessions.model.SessionsPackage#getSession_Participants()
	 * @model containment="true"
	 * @generated
	 */
	EList<Participant> getParticipants();

	/**
	 * Returns the value of the '<em><b>Phases</b></em>' containment reference list.
	 * The list contents are of type {@link no.redthread.dilemma.sessions.model.Phase}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Phases</em>' containment reference list.
	 * @see no.redthread.dilemma.sessions.model.SessionsPackage#getSession_Phases()
	 * @model containment="true"
	 * @generated
	 */
	EList<Phase> getPhases();

	/**
	 * Returns the value of the '<em><b>Findings</b></em>' containment reference list.
	 * The list contents are of type {@link no.redthread.dilemma.sessions.model.Finding}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Findings</em>' containment reference list.
	 * @see no.redthread.dilemma.sessions.model.SessionsPackage#getSession_Findings()
	 * @model containment="true"
	 * @generated
	 */
	EList<Finding> getFindings();

	/**
	 * Returns the value of the '<em><b>Matrix</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Matrix</em>' containment reference.
	 * @see #setMatrix(Matrix)
	 * @see no.redthread.dilemma.sessions.model.SessionsPackage#getSession_Matrix()
	 * @model containment="true"
	 * @generated
	 */
	Matrix getMatrix();

	/**
	 * Sets the value of the '{@link no.redthread.dilemma.sessions.model.Session#getMatrix <em>Matrix</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Matrix</em>' containment reference.
	 * @see #getMatrix()
	 * @generated
	 */
	void setMatrix(Matrix value);

} // Session
