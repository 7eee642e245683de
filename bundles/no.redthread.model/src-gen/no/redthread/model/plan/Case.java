/**
 * Redthread: generated from model/plan.ecore by regenerate.sh. Do not edit.
 */
package no.redthread.model.plan;

import java.time.LocalDate;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Case</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A case (sak) put before a decision body, and the goals it affects.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link no.redthread.model.plan.Case#getTitle <em>Title</em>}</li>
 *   <li>{@link no.redthread.model.plan.Case#getDate <em>Date</em>}</li>
 *   <li>{@link no.redthread.model.plan.Case#getDecisionBody <em>Decision Body</em>}</li>
 *   <li>{@link no.redthread.model.plan.Case#getRefersTo <em>Refers To</em>}</li>
 * </ul>
 *
 * @see no.redthread.model.plan.PlanPackage#getCase()
 * @model
 * @generated
 */
public interface Case extends Identified {
	/**
	 * Returns the value of the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Title</em>' attribute.
	 * @see #setTitle(String)
	 * @see no.redthread.model.plan.PlanPackage#getCase_Title()
	 * @model
	 * @generated
	 */
	String getTitle();

	/**
	 * Sets the value of the '{@link no.redthread.model.plan.Case#getTitle <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Title</em>' attribute.
	 * @see #getTitle()
	 * @generated
	 */
	void setTitle(String value);

	/**
	 * Returns the value of the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Date</em>' attribute.
	 * @see #setDate(LocalDate)
	 * @see no.redthread.model.plan.PlanPackage#getCase_Date()
	 * @model dataType="no.redthread.model.plan.IsoDate"
	 * @generated
	 */
	LocalDate getDate();

	/**
	 * Sets the value of the '{@link no.redthread.model.plan.Case#getDate <em>Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Date</em>' attribute.
	 * @see #getDate()
	 * @generated
	 */
	void setDate(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Decision Body</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The body that decides the case, e.g. kommunestyret or formannskapet.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Decision Body</em>' attribute.
	 * @see #setDecisionBody(String)
	 * @see no.redthread.model.plan.PlanPackage#getCase_DecisionBody()
	 * @model
	 * @generated
	 */
	String getDecisionBody();

	/**
	 * Sets the value of the '{@link no.redthread.model.plan.Case#getDecisionBody <em>Decision Body</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Decision Body</em>' attribute.
	 * @see #getDecisionBody()
	 * @generated
	 */
	void setDecisionBody(String value);

	/**
	 * Returns the value of the '<em><b>Refers To</b></em>' reference list.
	 * The list contents are of type {@link no.redthread.model.plan.Goal}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Refers To</em>' reference list.
	 * @see no.redthread.model.plan.PlanPackage#getCase_RefersTo()
	 * @model
	 * @generated
	 */
	EList<Goal> getRefersTo();

} // Case
