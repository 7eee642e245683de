/**
 * Redthread: generated from model/indicators.ecore by regenerate.sh. Do not edit.
 */
package no.redthread.indicators.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Series</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The values of one indicator for one organisation, stored compactly: parallel arrays of periods, values (NaN where missing) and status markers. Arrays are never changed in place: set new arrays.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link no.redthread.indicators.model.Series#getOrganisation <em>Organisation</em>}</li>
 *   <li>{@link no.redthread.indicators.model.Series#getPeriods <em>Periods</em>}</li>
 *   <li>{@link no.redthread.indicators.model.Series#getValues <em>Values</em>}</li>
 *   <li>{@link no.redthread.indicators.model.Series#getStatuses <em>Statuses</em>}</li>
 *   <li>{@link no.redthread.indicators.model.Series#getOrigin <em>Origin</em>}</li>
 *   <li>{@link no.redthread.indicators.model.Series#getUpdated <em>Updated</em>}</li>
 * </ul>
 *
 * @see no.redthread.indicators.model.IndicatorsPackage#getSeries()
 * @model
 * @generated
 */
public interface Series extends EObject {
	/**
	 * Returns the value of the '<em><b>Organisation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The region code: a four-digit municipality number, a two-digit county number, 0 for the country, or a region-group code such as EKG13.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Organisation</em>' attribute.
	 * @see #setOrganisation(String)
	 * @see no.redthread.indicators.model.IndicatorsPackage#getSeries_Organisation()
	 * @model
	 * @generated
	 */
	String getOrganisation();

	/**
	 * Sets the value of the '{@link no.redthread.indicators.model.Series#getOrganisation <em>Organisation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Organisation</em>' attribute.
	 * @see #getOrganisation()
	 * @generated
	 */
	void setOrganisation(String value);

	/**
	 * Returns the value of the '<em><b>Periods</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The period codes in ascending order, e.g. 2015 or 2024K1.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Periods</em>' attribute.
	 * @see #setPeriods(String[])
	 * @see no.redthread.indicators.model.IndicatorsPackage#getSeries_Periods()
	 * @model dataType="no.redthread.indicators.model.PeriodArray"
	 * @generated
	 */
	String[] getPeriods();

	/**
	 * Sets the value of the '{@link no.redthread.indicators.model.Series#getPeriods <em>Periods</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Periods</em>' attribute.
	 * @see #getPeriods()
	 * @generated
	 */
	void setPeriods(String[] value);

	/**
	 * Returns the value of the '<em><b>Values</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The values, one per period; NaN where the value is missing.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Values</em>' attribute.
	 * @see #setValues(double[])
	 * @see no.redthread.indicators.model.IndicatorsPackage#getSeries_Values()
	 * @model dataType="no.redthread.indicators.model.DoubleArray"
	 * @generated
	 */
	double[] getValues();

	/**
	 * Sets the value of the '{@link no.redthread.indicators.model.Series#getValues <em>Values</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Values</em>' attribute.
	 * @see #getValues()
	 * @generated
	 */
	void setValues(double[] value);

	/**
	 * Returns the value of the '<em><b>Statuses</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The status markers, one per period, null where there is none (e.g. .. for not available, : for confidential); null when the series has no markers at all.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Statuses</em>' attribute.
	 * @see #setStatuses(String[])
	 * @see no.redthread.indicators.model.IndicatorsPackage#getSeries_Statuses()
	 * @model dataType="no.redthread.indicators.model.StatusArray"
	 * @generated
	 */
	String[] getStatuses();

	/**
	 * Sets the value of the '{@link no.redthread.indicators.model.Series#getStatuses <em>Statuses</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Statuses</em>' attribute.
	 * @see #getStatuses()
	 * @generated
	 */
	void setStatuses(String[] value);

	/**
	 * Returns the value of the '<em><b>Origin</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Where the values came from, e.g. SSB table 07459.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Origin</em>' attribute.
	 * @see #setOrigin(String)
	 * @see no.redthread.indicators.model.IndicatorsPackage#getSeries_Origin()
	 * @model
	 * @generated
	 */
	String getOrigin();

	/**
	 * Sets the value of the '{@link no.redthread.indicators.model.Series#getOrigin <em>Origin</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Origin</em>' attribute.
	 * @see #getOrigin()
	 * @generated
	 */
	void setOrigin(String value);

	/**
	 * Returns the value of the '<em><b>Updated</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When the publisher last updated the values (ISO-8601).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Updated</em>' attribute.
	 * @see #setUpdated(String)
	 * @see no.redthread.indicators.model.IndicatorsPackage#getSeries_Updated()
	 * @model
	 * @generated
	 */
	String getUpdated();

	/**
	 * Sets the value of the '{@link no.redthread.indicators.model.Series#getUpdated <em>Updated</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Updated</em>' attribute.
	 * @see #getUpdated()
	 * @generated
	 */
	void setUpdated(String value);

} // Series
