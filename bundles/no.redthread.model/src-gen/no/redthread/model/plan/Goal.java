/**
 * Redthread: generated from model/plan.ecore by regenerate.sh. Do not edit.
 */
package no.redthread.model.plan;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Goal</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A goal (mål) of a plan, with its targets (delmål) and strategies; it addresses SDG targets and local sustainability themes.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link no.redthread.model.plan.Goal#getName <em>Name</em>}</li>
 *   <li>{@link no.redthread.model.plan.Goal#getDescription <em>Description</em>}</li>
 *   <li>{@link no.redthread.model.plan.Goal#getTargets <em>Targets</em>}</li>
 *   <li>{@link no.redthread.model.plan.Goal#getStrategies <em>Strategies</em>}</li>
 *   <li>{@link no.redthread.model.plan.Goal#getAddressedSdgTargets <em>Addressed Sdg Targets</em>}</li>
 *   <li>{@link no.redthread.model.plan.Goal#getAddressedThemes <em>Addressed Themes</em>}</li>
 * </ul>
 *
 * @see no.redthread.model.plan.PlanPackage#getGoal()
 * @model
 * @generated
 */
public interface Goal extends Identified {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see no.redthread.model.plan.PlanPackage#getGoal_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link no.redthread.model.plan.Goal#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see no.redthread.model.plan.PlanPackage#getGoal_Description()
	 * @model
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link no.redthread.model.plan.Goal#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

	/**
	 * Returns the value of the '<em><b>Targets</b></em>' containment reference list.
	 * The list contents are of type {@link no.redthread.model.plan.Target}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Targets</em>' containment reference list.
	 * @see no.redthread.model.plan.PlanPackage#getGoal_Targets()
	 * @model containment="true"
	 * @generated
	 */
	EList<Target> getTargets();

	/**
	 * Returns the value of the '<em><b>Strategies</b></em>' containment reference list.
	 * The list contents are of type {@link no.redthread.model.plan.Strategy}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Strategies</em>' containment reference list.
	 * @see no.redthread.model.plan.PlanPackage#getGoal_Strategies()
	 * @model containment="true"
	 * @generated
	 */
	EList<Strategy> getStrategies();

	/**
	 * Returns the value of the '<em><b>Addressed Sdg Targets</b></em>' reference list.
	 * The list contents are of type {@link no.redthread.model.plan.SdgTarget}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Addressed Sdg Targets</em>' reference list.
	 * @see no.redthread.model.plan.PlanPackage#getGoal_AddressedSdgTargets()
	 * @model
	 * @generated
	 */
	EList<SdgTarget> getAddressedSdgTargets();

	/**
	 * Returns the value of the '<em><b>Addressed Themes</b></em>' reference list.
	 * The list contents are of type {@link no.redthread.model.plan.Theme}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Addressed Themes</em>' reference list.
	 * @see no.redthread.model.plan.PlanPackage#getGoal_AddressedThemes()
	 * @model
	 * @generated
	 */
	EList<Theme> getAddressedThemes();

} // Goal
