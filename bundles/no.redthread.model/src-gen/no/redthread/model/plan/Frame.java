/**
 * Redthread: generated from model/plan.ecore by regenerate.sh. Do not edit.
 */
package no.redthread.model.plan;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Frame</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The sustainability frame: the three dimensions with their themes and rules of thumb, and the 17 SDGs with their targets.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link no.redthread.model.plan.Frame#getName <em>Name</em>}</li>
 *   <li>{@link no.redthread.model.plan.Frame#getVersion <em>Version</em>}</li>
 *   <li>{@link no.redthread.model.plan.Frame#getDimensions <em>Dimensions</em>}</li>
 *   <li>{@link no.redthread.model.plan.Frame#getSdgs <em>Sdgs</em>}</li>
 * </ul>
 *
 * @see no.redthread.model.plan.PlanPackage#getFrame()
 * @model
 * @generated
 */
public interface Frame extends Identified {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see no.redthread.model.plan.PlanPackage#getFrame_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link no.redthread.model.plan.Frame#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The version of the catalogue the frame was built from.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Version</em>' attribute.
	 * @see #setVersion(String)
	 * @see no.redthread.model.plan.PlanPackage#getFrame_Version()
	 * @model
	 * @generated
	 */
	String getVersion();

	/**
	 * Sets the value of the '{@link no.redthread.model.plan.Frame#getVersion <em>Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Version</em>' attribute.
	 * @see #getVersion()
	 * @generated
	 */
	void setVersion(String value);

	/**
	 * Returns the value of the '<em><b>Dimensions</b></em>' containment reference list.
	 * The list contents are of type {@link no.redthread.model.plan.Dimension}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Dimensions</em>' containment reference list.
	 * @see no.redthread.model.plan.PlanPackage#getFrame_Dimensions()
	 * @model containment="true"
	 * @generated
	 */
	EList<Dimension> getDimensions();

	/**
	 * Returns the value of the '<em><b>Sdgs</b></em>' containment reference list.
	 * The list contents are of type {@link no.redthread.model.plan.Sdg}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Sdgs</em>' containment reference list.
	 * @see no.redthread.model.plan.PlanPackage#getFrame_Sdgs()
	 * @model containment="true"
	 * @generated
	 */
	EList<Sdg> getSdgs();

} // Frame
