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
 * A representation of the model object '<em><b>Finding</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A goal conflict (målkonflikt) or win-win situation the group found, and how it is to be handled.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link no.redthread.dilemma.sessions.model.Finding#getKind <em>Kind</em>}</li>
 *   <li>{@link no.redthread.dilemma.sessions.model.Finding#getDescription <em>Description</em>}</li>
 *   <li>{@link no.redthread.dilemma.sessions.model.Finding#getPullingFor <em>Pulling For</em>}</li>
 *   <li>{@link no.redthread.dilemma.sessions.model.Finding#getPullingAgainst <em>Pulling Against</em>}</li>
 *   <li>{@link no.redthread.dilemma.sessions.model.Finding#getConcerns <em>Concerns</em>}</li>
 *   <li>{@link no.redthread.dilemma.sessions.model.Finding#getHandling <em>Handling</em>}</li>
 *   <li>{@link no.redthread.dilemma.sessions.model.Finding#getHandlingNote <em>Handling Note</em>}</li>
 *   <li>{@link no.redthread.dilemma.sessions.model.Finding#getFundingSchemeIds <em>Funding Scheme Ids</em>}</li>
 *   <li>{@link no.redthread.dilemma.sessions.model.Finding#getResponsible <em>Responsible</em>}</li>
 *   <li>{@link no.redthread.dilemma.sessions.model.Finding#getDueDate <em>Due Date</em>}</li>
 *   <li>{@link no.redthread.dilemma.sessions.model.Finding#getDissents <em>Dissents</em>}</li>
 * </ul>
 *
 * @see no.redthread.dilemma.sessions.model.SessionsPackage#getFinding()
 * @model
 * @generated
 */
public interface Finding extends Identified {
	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link no.redthread.dilemma.sessions.model.FindingKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see no.redthread.dilemma.sessions.model.FindingKind
	 * @see #setKind(FindingKind)
	 * @see no.redthread.dilemma.sessions.model.SessionsPackage#getFinding_Kind()
	 * @model
	 * @generated
	 */
	FindingKind getKind();

	/**
	 * Sets the value of the '{@link no.redthread.dilemma.sessions.model.Finding#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see no.redthread.dilemma.sessions.model.FindingKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(FindingKind value);

	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see no.redthread.dilemma.sessions.model.SessionsPackage#getFinding_Description()
	 * @model
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link no.redthread.dilemma.sessions.model.Finding#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

	/**
	 * Returns the value of the '<em><b>Pulling For</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The theme ids and SDG target codes the action helps.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Pulling For</em>' attribute list.
	 * @see no.redthread.dilemma.sessions.model.SessionsPackage#getFinding_PullingFor()
	 * @model
	 * @generated
	 */
	EList<String> getPullingFor();

	/**
	 * Returns the value of the '<em><b>Pulling Against</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The theme ids and SDG target codes the action harms.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Pulling Against</em>' attribute list.
	 * @see no.redthread.dilemma.sessions.model.SessionsPackage#getFinding_PullingAgainst()
	 * @model
	 * @generated
	 */
	EList<String> getPullingAgainst();

	/**
	 * Returns the value of the '<em><b>Concerns</b></em>' reference list.
	 * The list contents are of type {@link org.eclipse.emf.ecore.EObject}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The goals, measures and cases of the plan model the finding concerns.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Concerns</em>' reference list.
	 * @see no.redthread.dilemma.sessions.model.SessionsPackage#getFinding_Concerns()
	 * @model
	 * @generated
	 */
	EList<EObject> getConcerns();

	/**
	 * Returns the value of the '<em><b>Handling</b></em>' attribute.
	 * The literals are from the enumeration {@link no.redthread.dilemma.sessions.model.Handling}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Handling</em>' attribute.
	 * @see no.redthread.dilemma.sessions.model.Handling
	 * @see #setHandling(Handling)
	 * @see no.redthread.dilemma.sessions.model.SessionsPackage#getFinding_Handling()
	 * @model
	 * @generated
	 */
	Handling getHandling();

	/**
	 * Sets the value of the '{@link no.redthread.dilemma.sessions.model.Finding#getHandling <em>Handling</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Handling</em>' attribute.
	 * @see no.redthread.dilemma.sessions.model.Handling
	 * @see #getHandling()
	 * @generated
	 */
	void setHandling(Handling value);

	/**
	 * Returns the value of the '<em><b>Handling Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Handling Note</em>' attribute.
	 * @see #setHandlingNote(String)
	 * @see no.redthread.dilemma.sessions.model.SessionsPackage#getFinding_HandlingNote()
	 * @model
	 * @generated
	 */
	String getHandlingNote();

	/**
	 * Sets the value of the '{@link no.redthread.dilemma.sessions.model.Finding#getHandlingNote <em>Handling Note</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Handling Note</em>' attribute.
	 * @see #getHandlingNote()
	 * @generated
	 */
	void setHandlingNote(String value);

	/**
	 * Returns the value of the '<em><b>Funding Scheme Ids</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The stable ids of funding schemes (instruments) that can reduce the conflict.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Funding Scheme Ids</em>' attribute list.
	 * @see no.redthread.dilemma.sessions.model.SessionsPackage#getFinding_FundingSchemeIds()
	 * @model
	 * @generated
	 */
	EList<String> getFundingSchemeIds();

	/**
	 * Returns the value of the '<em><b>Responsible</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Responsible</em>' attribute.
	 * @see #setResponsible(String)
	 * @see no.redthread.dilemma.sessions.model.SessionsPackage#getFinding_Responsible()
	 * @model
	 * @generated
	 */
	String getResponsible();

	/**
	 * Sets the value of the '{@link no.redthread.dilemma.sessions.model.Finding#getResponsible <em>Responsible</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Responsible</em>' attribute.
	 * @see #getResponsible()
	 * @generated
	 */
	void setResponsible(String value);

	/**
	 * Returns the value of the '<em><b>Due Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Due Date</em>' attribute.
	 * @see #setDueDate(LocalDate)
	 * @see no.redthread.dilemma.sessions.model.SessionsPackage#getFinding_DueDate()
	 * @model dataType="no.redthread.model.plan.IsoDate"
	 * @generated
	 */
	LocalDate getDueDate();

	/**
	 * Sets the value of the '{@link no.redthread.dilemma.sessions.model.Finding#getDueDate <em>Due Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Due Date</em>' attribute.
	 * @see #getDueDate()
	 * @generated
	 */
	void setDueDate(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Dissents</b></em>' containment reference list.
	 * The list contents are of type {@link no.redthread.dilemma.sessions.model.Dissent}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Dissents</em>' containment reference list.
	 * @see no.redthread.dilemma.sessions.model.SessionsPackage#getFinding_Dissents()
	 * @model containment="true"
	 * @generated
	 */
	EList<Dissent> getDissents();

} // Finding
