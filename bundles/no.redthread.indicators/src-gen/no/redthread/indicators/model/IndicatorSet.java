/**
 * Redthread: generated from model/indicators.ecore by regenerate.sh. Do not edit.
 */
package no.redthread.indicators.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Indicator Set</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A named set of indicators: a built-in set (U4SSC, the Norwegian municipal set), a county's content pack, or the user's own.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link no.redthread.indicators.model.IndicatorSet#getNameNb <em>Name Nb</em>}</li>
 *   <li>{@link no.redthread.indicators.model.IndicatorSet#getNameEn <em>Name En</em>}</li>
 *   <li>{@link no.redthread.indicators.model.IndicatorSet#getDescriptionNb <em>Description Nb</em>}</li>
 *   <li>{@link no.redthread.indicators.model.IndicatorSet#getDescriptionEn <em>Description En</em>}</li>
 *   <li>{@link no.redthread.indicators.model.IndicatorSet#getPublisher <em>Publisher</em>}</li>
 *   <li>{@link no.redthread.indicators.model.IndicatorSet#getLicence <em>Licence</em>}</li>
 *   <li>{@link no.redthread.indicators.model.IndicatorSet#isBuiltIn <em>Built In</em>}</li>
 *   <li>{@link no.redthread.indicators.model.IndicatorSet#getIndicators <em>Indicators</em>}</li>
 * </ul>
 *
 * @see no.redthread.indicators.model.IndicatorsPackage#getIndicatorSet()
 * @model
 * @generated
 */
public interface IndicatorSet extends IndicatorElement {
	/**
	 * Returns the value of the '<em><b>Name Nb</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name Nb</em>' attribute.
	 * @see #setNameNb(String)
	 * @see no.redthread.indicators.model.IndicatorsPackage#getIndicatorSet_NameNb()
	 * @model
	 * @generated
	 */
	String getNameNb();

	/**
	 * Sets the value of the '{@link no.redthread.indicators.model.IndicatorSet#getNameNb <em>Name Nb</em>}' attribute.
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
	 * @see no.redthread.indicators.model.IndicatorsPackage#getIndicatorSet_NameEn()
	 * @model
	 * @generated
	 */
	String getNameEn();

	/**
	 * Sets the value of the '{@link no.redthread.indicators.model.IndicatorSet#getNameEn <em>Name En</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name En</em>' attribute.
	 * @see #getNameEn()
	 * @generated
	 */
	void setNameEn(String value);

	/**
	 * Returns the value of the '<em><b>Description Nb</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Description Nb</em>' attribute.
	 * @see #setDescriptionNb(String)
	 * @see no.redthread.indicators.model.IndicatorsPackage#getIndicatorSet_DescriptionNb()
	 * @model
	 * @generated
	 */
	String getDescriptionNb();

	/**
	 * Sets the value of the '{@link no.redthread.indicators.model.IndicatorSet#getDescriptionNb <em>Description Nb</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description Nb</em>' attribute.
	 * @see #getDescriptionNb()
	 * @generated
	 */
	void setDescriptionNb(String value);

	/**
	 * Returns the value of the '<em><b>Description En</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Description En</em>' attribute.
	 * @see #setDescriptionEn(String)
	 * @see no.redthread.indicators.model.IndicatorsPackage#getIndicatorSet_DescriptionEn()
	 * @model
	 * @generated
	 */
	String getDescriptionEn();

	/**
	 * Sets the value of the '{@link no.redthread.indicators.model.IndicatorSet#getDescriptionEn <em>Description En</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description En</em>' attribute.
	 * @see #getDescriptionEn()
	 * @generated
	 */
	void setDescriptionEn(String value);

	/**
	 * Returns the value of the '<em><b>Publisher</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Who defines the set, e.g. ITU/UNECE U4SSC or Statistics Norway (SSB).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Publisher</em>' attribute.
	 * @see #setPublisher(String)
	 * @see no.redthread.indicators.model.IndicatorsPackage#getIndicatorSet_Publisher()
	 * @model
	 * @generated
	 */
	String getPublisher();

	/**
	 * Sets the value of the '{@link no.redthread.indicators.model.IndicatorSet#getPublisher <em>Publisher</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Publisher</em>' attribute.
	 * @see #getPublisher()
	 * @generated
	 */
	void setPublisher(String value);

	/**
	 * Returns the value of the '<em><b>Licence</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The licence of the set's definitions and data, e.g. CC BY 4.0.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Licence</em>' attribute.
	 * @see #setLicence(String)
	 * @see no.redthread.indicators.model.IndicatorsPackage#getIndicatorSet_Licence()
	 * @model
	 * @generated
	 */
	String getLicence();

	/**
	 * Sets the value of the '{@link no.redthread.indicators.model.IndicatorSet#getLicence <em>Licence</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Licence</em>' attribute.
	 * @see #getLicence()
	 * @generated
	 */
	void setLicence(String value);

	/**
	 * Returns the value of the '<em><b>Built In</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * True for sets that Redthread or a content pack provides; users copy them rather than edit them.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Built In</em>' attribute.
	 * @see #setBuiltIn(boolean)
	 * @see no.redthread.indicators.model.IndicatorsPackage#getIndicatorSet_BuiltIn()
	 * @model
	 * @generated
	 */
	boolean isBuiltIn();

	/**
	 * Sets the value of the '{@link no.redthread.indicators.model.IndicatorSet#isBuiltIn <em>Built In</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Built In</em>' attribute.
	 * @see #isBuiltIn()
	 * @generated
	 */
	void setBuiltIn(boolean value);

	/**
	 * Returns the value of the '<em><b>Indicators</b></em>' containment reference list.
	 * The list contents are of type {@link no.redthread.indicators.model.Indicator}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Indicators</em>' containment reference list.
	 * @see no.redthread.indicators.model.IndicatorsPackage#getIndicatorSet_Indicators()
	 * @model containment="true"
	 * @generated
	 */
	EList<Indicator> getIndicators();

} // IndicatorSet
