/**
 * Redthread: generated from model/plan.ecore by regenerate.sh. Do not edit.
 */
package no.redthread.model.plan;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>System</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The root of a workspace's plan model: one organisation, its plans, cases and budget, and the sustainability frame it works in.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link no.redthread.model.plan.PlanSystem#getName <em>Name</em>}</li>
 *   <li>{@link no.redthread.model.plan.PlanSystem#getOrganisation <em>Organisation</em>}</li>
 *   <li>{@link no.redthread.model.plan.PlanSystem#getPlans <em>Plans</em>}</li>
 *   <li>{@link no.redthread.model.plan.PlanSystem#getCases <em>Cases</em>}</li>
 *   <li>{@link no.redthread.model.plan.PlanSystem#getBudgetLines <em>Budget Lines</em>}</li>
 *   <li>{@link no.redthread.model.plan.PlanSystem#getFrame <em>Frame</em>}</li>
 * </ul>
 *
 * @see no.redthread.model.plan.PlanPackage#getPlanSystem()
 * @model
 * @generated
 */
public interface PlanSystem extends Identified {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see no.redthread.model.plan.PlanPackage#getPlanSystem_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link no.redthread.model.plan.PlanSystem#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Organisation</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Organisation</em>' containment reference.
	 * @see #setOrganisation(Organisation)
	 * @see no.redthread.model.plan.PlanPackage#getPlanSystem_Organisation()
	 * @model containment="true"
	 * @generated
	 */
	Organisation getOrganisation();

	/**
	 * Sets the value of the '{@link no.redthread.model.plan.PlanSystem#getOrganisation <em>Organisation</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Organisation</em>' containment reference.
	 * @see #getOrganisation()
	 * @generated
	 */
	void setOrganisation(Organisation value);

	/**
	 * Returns the value of the '<em><b>Plans</b></em>' containment reference list.
	 * The list contents are of type {@link no.redthread.model.plan.Plan}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Plans</em>' containment reference list.
	 * @see no.redthread.model.plan.PlanPackage#getPlanSystem_Plans()
	 * @model containment="true"
	 * @generated
	 */
	EList<Plan> getPlans();

	/**
	 * Returns the value of the '<em><b>Cases</b></em>' containment reference list.
	 * The list contents are of type {@link no.redthread.model.plan.Case}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Cases</em>' containment reference list.
	 * @see no.redthread.model.plan.PlanPackage#getPlanSystem_Cases()
	 * @model containment="true"
	 * @generated
	 */
	EList<Case> getCases();

	/**
	 * Returns the value of the '<em><b>Budget Lines</b></em>' containment reference list.
	 * The list contents are of type {@link no.redthread.model.plan.BudgetLine}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Budget Lines</em>' containment reference list.
	 * @see no.redthread.model.plan.PlanPackage#getPlanSystem_BudgetLines()
	 * @model containment="true"
	 * @generated
	 */
	EList<BudgetLine> getBudgetLines();

	/**
	 * Returns the value of the '<em><b>Frame</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Frame</em>' containment reference.
	 * @see #setFrame(Frame)
	 * @see no.redthread.model.plan.PlanPackage#getPlanSystem_Frame()
	 * @model containment="true"
	 * @generated
	 */
	Frame getFrame();

	/**
	 * Sets the value of the '{@link no.redthread.model.plan.PlanSystem#getFrame <em>Frame</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Frame</em>' containment reference.
	 * @see #getFrame()
	 * @generated
	 */
	void setFrame(Frame value);

} // PlanSystem
