/**
 * Redthread: generated from model/indicators.ecore by regenerate.sh. Do not edit.
 */
package no.redthread.indicators.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Data Source</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Where an indicator's values are published: a statistics table and the selection of its variables that gives the indicator.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link no.redthread.indicators.model.DataSource#getProvider <em>Provider</em>}</li>
 *   <li>{@link no.redthread.indicators.model.DataSource#getTableId <em>Table Id</em>}</li>
 *   <li>{@link no.redthread.indicators.model.DataSource#isTableIdUncertain <em>Table Id Uncertain</em>}</li>
 *   <li>{@link no.redthread.indicators.model.DataSource#getContentCode <em>Content Code</em>}</li>
 *   <li>{@link no.redthread.indicators.model.DataSource#getRegionVariable <em>Region Variable</em>}</li>
 *   <li>{@link no.redthread.indicators.model.DataSource#getTimeVariable <em>Time Variable</em>}</li>
 *   <li>{@link no.redthread.indicators.model.DataSource#getSelections <em>Selections</em>}</li>
 *   <li>{@link no.redthread.indicators.model.DataSource#getNote <em>Note</em>}</li>
 *   <li>{@link no.redthread.indicators.model.DataSource#getUrl <em>Url</em>}</li>
 * </ul>
 *
 * @see no.redthread.indicators.model.IndicatorsPackage#getDataSource()
 * @model
 * @generated
 */
public interface DataSource extends EObject {
	/**
	 * Returns the value of the '<em><b>Provider</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The publisher of the table, e.g. SSB.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Provider</em>' attribute.
	 * @see #setProvider(String)
	 * @see no.redthread.indicators.model.IndicatorsPackage#getDataSource_Provider()
	 * @model
	 * @generated
	 */
	String getProvider();

	/**
	 * Sets the value of the '{@link no.redthread.indicators.model.DataSource#getProvider <em>Provider</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Provider</em>' attribute.
	 * @see #getProvider()
	 * @generated
	 */
	void setProvider(String value);

	/**
	 * Returns the value of the '<em><b>Table Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The table id in the publisher's statistics bank, e.g. 07459.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Table Id</em>' attribute.
	 * @see #setTableId(String)
	 * @see no.redthread.indicators.model.IndicatorsPackage#getDataSource_TableId()
	 * @model
	 * @generated
	 */
	String getTableId();

	/**
	 * Sets the value of the '{@link no.redthread.indicators.model.DataSource#getTableId <em>Table Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Table Id</em>' attribute.
	 * @see #getTableId()
	 * @generated
	 */
	void setTableId(String value);

	/**
	 * Returns the value of the '<em><b>Table Id Uncertain</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * True when the table id or the variable codes are not verified against the publisher and must be checked before use.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Table Id Uncertain</em>' attribute.
	 * @see #setTableIdUncertain(boolean)
	 * @see no.redthread.indicators.model.IndicatorsPackage#getDataSource_TableIdUncertain()
	 * @model
	 * @generated
	 */
	boolean isTableIdUncertain();

	/**
	 * Sets the value of the '{@link no.redthread.indicators.model.DataSource#isTableIdUncertain <em>Table Id Uncertain</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Table Id Uncertain</em>' attribute.
	 * @see #isTableIdUncertain()
	 * @generated
	 */
	void setTableIdUncertain(boolean value);

	/**
	 * Returns the value of the '<em><b>Content Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The code of the content variable (ContentsCode) that holds the indicator's values.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Content Code</em>' attribute.
	 * @see #setContentCode(String)
	 * @see no.redthread.indicators.model.IndicatorsPackage#getDataSource_ContentCode()
	 * @model
	 * @generated
	 */
	String getContentCode();

	/**
	 * Sets the value of the '{@link no.redthread.indicators.model.DataSource#getContentCode <em>Content Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Content Code</em>' attribute.
	 * @see #getContentCode()
	 * @generated
	 */
	void setContentCode(String value);

	/**
	 * Returns the value of the '<em><b>Region Variable</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The name of the region variable, e.g. Region or KOKkommuneregion0000.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Region Variable</em>' attribute.
	 * @see #setRegionVariable(String)
	 * @see no.redthread.indicators.model.IndicatorsPackage#getDataSource_RegionVariable()
	 * @model
	 * @generated
	 */
	String getRegionVariable();

	/**
	 * Sets the value of the '{@link no.redthread.indicators.model.DataSource#getRegionVariable <em>Region Variable</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Region Variable</em>' attribute.
	 * @see #getRegionVariable()
	 * @generated
	 */
	void setRegionVariable(String value);

	/**
	 * Returns the value of the '<em><b>Time Variable</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The name of the time variable, usually Tid.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Time Variable</em>' attribute.
	 * @see #setTimeVariable(String)
	 * @see no.redthread.indicators.model.IndicatorsPackage#getDataSource_TimeVariable()
	 * @model
	 * @generated
	 */
	String getTimeVariable();

	/**
	 * Sets the value of the '{@link no.redthread.indicators.model.DataSource#getTimeVariable <em>Time Variable</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Time Variable</em>' attribute.
	 * @see #getTimeVariable()
	 * @generated
	 */
	void setTimeVariable(String value);

	/**
	 * Returns the value of the '<em><b>Selections</b></em>' containment reference list.
	 * The list contents are of type {@link no.redthread.indicators.model.VariableSelection}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The values to select of the table's other variables.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Selections</em>' containment reference list.
	 * @see no.redthread.indicators.model.IndicatorsPackage#getDataSource_Selections()
	 * @model containment="true"
	 * @generated
	 */
	EList<VariableSelection> getSelections();

	/**
	 * Returns the value of the '<em><b>Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What a user should know about the source, e.g. how the value is derived or what is uncertain.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Note</em>' attribute.
	 * @see #setNote(String)
	 * @see no.redthread.indicators.model.IndicatorsPackage#getDataSource_Note()
	 * @model
	 * @generated
	 */
	String getNote();

	/**
	 * Sets the value of the '{@link no.redthread.indicators.model.DataSource#getNote <em>Note</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Note</em>' attribute.
	 * @see #getNote()
	 * @generated
	 */
	void setNote(String value);

	/**
	 * Returns the value of the '<em><b>Url</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A page that describes the table.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Url</em>' attribute.
	 * @see #setUrl(String)
	 * @see no.redthread.indicators.model.IndicatorsPackage#getDataSource_Url()
	 * @model
	 * @generated
	 */
	String getUrl();

	/**
	 * Sets the value of the '{@link no.redthread.indicators.model.DataSource#getUrl <em>Url</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Url</em>' attribute.
	 * @see #getUrl()
	 * @generated
	 */
	void setUrl(String value);

} // DataSource
