/**
 * Redthread: generated from model/plan.ecore by regenerate.sh. Do not edit.
 */
package no.redthread.model.plan;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Measure</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A measure (tiltak), typically in the action and economy plan, that follows up one or more goals.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link no.redthread.model.plan.Measure#getName <em>Name</em>}</li>
 *   <li>{@link no.redthread.model.plan.Measure#getResponsibleUnit <em>Responsible Unit</em>}</li>
 *   <li>{@link no.redthread.model.plan.Measure#getCostPerYear <em>Cost Per Year</em>}</li>
 *   <li>{@link no.redthread.model.plan.Measure#getStartYear <em>Start Year</em>}</li>
 *   <li>{@link no.redthread.model.plan.Measure#getEndYear <em>End Year</em>}</li>
 *   <li>{@link no.redthread.model.plan.Measure#getFundingStatus <em>Funding Status</em>}</li>
 *   <li>{@link no.redthread.model.plan.Measure#getFollows <em>Follows</em>}</li>
 * </ul>
 *
 * @see no.redthread.model.plan.PlanPackage#getMeasure()
 * @model
 * @generated
 */
public interface Measure extends Identified {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see no.redthread.model.plan.PlanPackage#getMeasure_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link no.redthread.model.plan.Measure#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Responsible Unit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Responsible Unit</em>' attribute.
	 * @see #setResponsibleUnit(String)
	 * @see no.redthread.model.plan.PlanPackage#getMeasure_ResponsibleUnit()
	 * @model
	 * @generated
	 */
	String getResponsibleUnit();

	/**
	 * Sets the value of the '{@link no.redthread.model.plan.Measure#getResponsibleUnit <em>Responsible Unit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Responsible Unit</em>' attribute.
	 * @see #getResponsibleUnit()
	 * @generated
	 */
	void setResponsibleUnit(String value);

	/**
	 * Returns the value of the '<em><b>Cost Per Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The yearly cost in Norwegian kroner (NOK).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Cost Per Year</em>' attribute.
	 * @see #setCostPerYear(double)
	 * @see no.redthread.model.plan.PlanPackage#getMeasure_CostPerYear()
	 * @model
	 * @generated
	 */
	double getCostPerYear();

	/**
	 * Sets the value of the '{@link no.redthread.model.plan.Measure#getCostPerYear <em>Cost Per Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Cost Per Year</em>' attribute.
	 * @see #getCostPerYear()
	 * @generated
	 */
	void setCostPerYear(double value);

	/**
	 * Returns the value of the '<em><b>Start Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Start Year</em>' attribute.
	 * @see #setStartYear(Integer)
	 * @see no.redthread.model.plan.PlanPackage#getMeasure_StartYear()
	 * @model
	 * @generated
	 */
	Integer getStartYear();

	/**
	 * Sets the value of the '{@link no.redthread.model.plan.Measure#getStartYear <em>Start Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Start Year</em>' attribute.
	 * @see #getStartYear()
	 * @generated
	 */
	void setStartYear(Integer value);

	/**
	 * Returns the value of the '<em><b>End Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>End Year</em>' attribute.
	 * @see #setEndYear(Integer)
	 * @see no.redthread.model.plan.PlanPackage#getMeasure_EndYear()
	 * @model
	 * @generated
	 */
	Integer getEndYear();

	/**
	 * Sets the value of the '{@link no.redthread.model.plan.Measure#getEndYear <em>End Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>End Year</em>' attribute.
	 * @see #getEndYear()
	 * @generated
	 */
	void setEndYear(Integer value);

	/**
	 * Returns the value of the '<em><b>Funding Status</b></em>' attribute.
	 * The literals are from the enumeration {@link no.redthread.model.plan.FundingStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Funding Status</em>' attribute.
	 * @see no.redthread.model.plan.FundingStatus
	 * @see #setFundingStatus(FundingStatus)
	 * @see no.redthread.model.plan.PlanPackage#getMeasure_FundingStatus()
	 * @model
	 * @generated
	 */
	FundingStatus getFundingStatus();

	/**
	 * Sets the value of the '{@link no.redthread.model.plan.Measure#getFundingStatus <em>Funding Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Funding Status</em>' attribute.
	 * @see no.redthread.model.plan.FundingStatus
	 * @see #getFundingStatus()
	 * @generated
	 */
	void setFundingStatus(FundingStatus value);

	/**
	 * Returns the value of the '<em><b>Follows</b></em>' reference list.
	 * The list contents are of type {@link no.redthread.model.plan.Goal}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The goals this measure follows up. A measure that follows no goal breaks the red thread.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Follows</em>' reference list.
	 * @see no.redthread.model.plan.PlanPackage#getMeasure_Follows()
	 * @model
	 * @generated
	 */
	EList<Goal> getFollows();

} // Measure
