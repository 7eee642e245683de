/**
 * Redthread: generated from model/plan.ecore by regenerate.sh. Do not edit.
 */
package no.redthread.model.plan;

import java.time.LocalDate;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Plan</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A plan or steering document on one step of the red thread, with the goals and measures it sets.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link no.redthread.model.plan.Plan#getName <em>Name</em>}</li>
 *   <li>{@link no.redthread.model.plan.Plan#getKind <em>Kind</em>}</li>
 *   <li>{@link no.redthread.model.plan.Plan#getElectionPeriod <em>Election Period</em>}</li>
 *   <li>{@link no.redthread.model.plan.Plan#getStatus <em>Status</em>}</li>
 *   <li>{@link no.redthread.model.plan.Plan#getAdoptionDate <em>Adoption Date</em>}</li>
 *   <li>{@link no.redthread.model.plan.Plan#getFollows <em>Follows</em>}</li>
 *   <li>{@link no.redthread.model.plan.Plan#getGoals <em>Goals</em>}</li>
 *   <li>{@link no.redthread.model.plan.Plan#getMeasures <em>Measures</em>}</li>
 * </ul>
 *
 * @see no.redthread.model.plan.PlanPackage#getPlan()
 * @model
 * @generated
 */
public interface Plan extends Identified {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see no.redthread.model.plan.PlanPackage#getPlan_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link no.redthread.model.plan.Plan#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link no.redthread.model.plan.PlanKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see no.redthread.model.plan.PlanKind
	 * @see #setKind(PlanKind)
	 * @see no.redthread.model.plan.PlanPackage#getPlan_Kind()
	 * @model
	 * @generated
	 */
	PlanKind getKind();

	/**
	 * Sets the value of the '{@link no.redthread.model.plan.Plan#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see no.redthread.model.plan.PlanKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(PlanKind value);

	/**
	 * Returns the value of the '<em><b>Election Period</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The election period the plan belongs to, written as "2023-2027".
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Election Period</em>' attribute.
	 * @see #setElectionPeriod(String)
	 * @see no.redthread.model.plan.PlanPackage#getPlan_ElectionPeriod()
	 * @model
	 * @generated
	 */
	String getElectionPeriod();

	/**
	 * Sets the value of the '{@link no.redthread.model.plan.Plan#getElectionPeriod <em>Election Period</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Election Period</em>' attribute.
	 * @see #getElectionPeriod()
	 * @generated
	 */
	void setElectionPeriod(String value);

	/**
	 * Returns the value of the '<em><b>Status</b></em>' attribute.
	 * The literals are from the enumeration {@link no.redthread.model.plan.PlanStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Status</em>' attribute.
	 * @see no.redthread.model.plan.PlanStatus
	 * @see #setStatus(PlanStatus)
	 * @see no.redthread.model.plan.PlanPackage#getPlan_Status()
	 * @model
	 * @generated
	 */
	PlanStatus getStatus();

	/**
	 * Sets the value of the '{@link no.redthread.model.plan.Plan#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status</em>' attribute.
	 * @see no.redthread.model.plan.PlanStatus
	 * @see #getStatus()
	 * @generated
	 */
	void setStatus(PlanStatus value);

	/**
	 * Returns the value of the '<em><b>Adoption Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Adoption Date</em>' attribute.
	 * @see #setAdoptionDate(LocalDate)
	 * @see no.redthread.model.plan.PlanPackage#getPlan_AdoptionDate()
	 * @model dataType="no.redthread.model.plan.IsoDate"
	 * @generated
	 */
	LocalDate getAdoptionDate();

	/**
	 * Sets the value of the '{@link no.redthread.model.plan.Plan#getAdoptionDate <em>Adoption Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Adoption Date</em>' attribute.
	 * @see #getAdoptionDate()
	 * @generated
	 */
	void setAdoptionDate(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Follows</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The plan this plan follows up, e.g. the land-use part follows the community part.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Follows</em>' reference.
	 * @see #setFollows(Plan)
	 * @see no.redthread.model.plan.PlanPackage#getPlan_Follows()
	 * @model
	 * @generated
	 */
	Plan getFollows();

	/**
	 * Sets the value of the '{@link no.redthread.model.plan.Plan#getFollows <em>Follows</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Follows</em>' reference.
	 * @see #getFollows()
	 * @generated
	 */
	void setFollows(Plan value);

	/**
	 * Returns the value of the '<em><b>Goals</b></em>' containment reference list.
	 * The list contents are of type {@link no.redthread.model.plan.Goal}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Goals</em>' containment reference list.
	 * @see no.redthread.model.plan.PlanPackage#getPlan_Goals()
	 * @model containment="true"
	 * @generated
	 */
	EList<Goal> getGoals();

	/**
	 * Returns the value of the '<em><b>Measures</b></em>' containment reference list.
	 * The list contents are of type {@link no.redthread.model.plan.Measure}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Measures</em>' containment reference list.
	 * @see no.redthread.model.plan.PlanPackage#getPlan_Measures()
	 * @model containment="true"
	 * @generated
	 */
	EList<Measure> getMeasures();

} // Plan
