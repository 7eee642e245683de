/**
 * Redthread: generated from model/indicators.ecore by regenerate.sh. Do not edit.
 */
package no.redthread.indicators.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Indicator Workspace</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The root of a workspace's indicator resource: the indicator sets in use, with their data, and the region groups (such as KOSTRA groups) that comparisons need.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link no.redthread.indicators.model.IndicatorWorkspace#getName <em>Name</em>}</li>
 *   <li>{@link no.redthread.indicators.model.IndicatorWorkspace#getSets <em>Sets</em>}</li>
 *   <li>{@link no.redthread.indicators.model.IndicatorWorkspace#getRegionGroups <em>Region Groups</em>}</li>
 * </ul>
 *
 * @see no.redthread.indicators.model.IndicatorsPackage#getIndicatorWorkspace()
 * @model
 * @generated
 */
public interface IndicatorWorkspace extends IndicatorElement {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see no.redthread.indicators.model.IndicatorsPackage#getIndicatorWorkspace_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link no.redthread.indicators.model.IndicatorWorkspace#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Sets</b></em>' containment reference list.
	 * The list contents are of type {@link no.redthread.indicators.model.IndicatorSet}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Sets</em>' containment reference list.
	 * @see no.redthread.indicators.model.IndicatorsPackage#getIndicatorWorkspace_Sets()
	 * @model containment="true"
	 * @generated
	 */
	EList<IndicatorSet> getSets();

	/**
	 * Returns the value of the '<em><b>Region Groups</b></em>' containment reference list.
	 * The list contents are of type {@link no.redthread.indicators.model.RegionGroup}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Groups of municipalities that statistics are published for, e.g. the KOSTRA groups EKG01 to EKG17.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Region Groups</em>' containment reference list.
	 * @see no.redthread.indicators.model.IndicatorsPackage#getIndicatorWorkspace_RegionGroups()
	 * @model containment="true"
	 * @generated
	 */
	EList<RegionGroup> getRegionGroups();

} // IndicatorWorkspace
