/**
 * Redthread: generated from model/indicators.ecore by regenerate.sh. Do not edit.
 */
package no.redthread.indicators.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Region Group</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A group of municipalities with its own statistics code, e.g. a KOSTRA group (kostragruppe).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link no.redthread.indicators.model.RegionGroup#getCode <em>Code</em>}</li>
 *   <li>{@link no.redthread.indicators.model.RegionGroup#getNameNb <em>Name Nb</em>}</li>
 *   <li>{@link no.redthread.indicators.model.RegionGroup#getNameEn <em>Name En</em>}</li>
 *   <li>{@link no.redthread.indicators.model.RegionGroup#getMembers <em>Members</em>}</li>
 * </ul>
 *
 * @see no.redthread.indicators.model.IndicatorsPackage#getRegionGroup()
 * @model
 * @generated
 */
public interface RegionGroup extends IndicatorElement {
	/**
	 * Returns the value of the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The code the statistics use for the group, e.g. EKG13.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Code</em>' attribute.
	 * @see #setCode(String)
	 * @see no.redthread.indicators.model.IndicatorsPackage#getRegionGroup_Code()
	 * @model
	 * @generated
	 */
	String getCode();

	/**
	 * Sets the value of the '{@link no.redthread.indicators.model.RegionGroup#getCode <em>Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Code</em>' attribute.
	 * @see #getCode()
	 * @generated
	 */
	void setCode(String value);

	/**
	 * Returns the value of the '<em><b>Name Nb</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name Nb</em>' attribute.
	 * @see #setNameNb(String)
	 * @see no.redthread.indicators.model.IndicatorsPackage#getRegionGroup_NameNb()
	 * @model
	 * @generated
	 */
	String getNameNb();

	/**
	 * Sets the value of the '{@link no.redthread.indicators.model.RegionGroup#getNameNb <em>Name Nb</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name Nb</em>' attribute.
	 * @see #getNameNb()
	 * @generated
	 */
	void setNameNb(String value);

	/**
	 * Returns the value of the '<em><b>Name En</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name En</em>' attribute.
	 * @see #setNameEn(String)
	 * @see no.redthread.indicators.model.IndicatorsPackage#getRegionGroup_NameEn()
	 * @model
	 * @generated
	 */
	String getNameEn();

	/**
	 * Sets the value of the '{@link no.redthread.indicators.model.RegionGroup#getNameEn <em>Name En</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name En</em>' attribute.
	 * @see #getNameEn()
	 * @generated
	 */
	void setNameEn(String value);

	/**
	 * Returns the value of the '<em><b>Members</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The four-digit numbers of the member municipalities.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Members</em>' attribute list.
	 * @see no.redthread.indicators.model.IndicatorsPackage#getRegionGroup_Members()
	 * @model
	 * @generated
	 */
	EList<String> getMembers();

} // RegionGroup
