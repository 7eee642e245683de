/**
 * Redthread: generated from model/indicators.ecore by regenerate.sh. Do not edit.
 */
package no.redthread.indicators.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Indicator</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A measurable indicator with its definition, where its data comes from, what it tells about (themes and SDG targets), and its data: series per organisation, targets and baselines.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link no.redthread.indicators.model.Indicator#getCode <em>Code</em>}</li>
 *   <li>{@link no.redthread.indicators.model.Indicator#getNameNb <em>Name Nb</em>}</li>
 *   <li>{@link no.redthread.indicators.model.Indicator#getNameEn <em>Name En</em>}</li>
 *   <li>{@link no.redthread.indicators.model.Indicator#getDescriptionNb <em>Description Nb</em>}</li>
 *   <li>{@link no.redthread.indicators.model.Indicator#getDescriptionEn <em>Description En</em>}</li>
 *   <li>{@link no.redthread.indicators.model.Indicator#getUnit <em>Unit</em>}</li>
 *   <li>{@link no.redthread.indicators.model.Indicator#getDirection <em>Direction</em>}</li>
 *   <li>{@link no.redthread.indicators.model.Indicator#getCategory <em>Category</em>}</li>
 *   <li>{@link no.redthread.indicators.model.Indicator#getThemeIds <em>Theme Ids</em>}</li>
 *   <li>{@link no.redthread.indicators.model.Indicator#getSdgTargetCodes <em>Sdg Target Codes</em>}</li>
 *   <li>{@link no.redthread.indicators.model.Indicator#getSdgGoals <em>Sdg Goals</em>}</li>
 *   <li>{@link no.redthread.indicators.model.Indicator#getSource <em>Source</em>}</li>
 *   <li>{@link no.redthread.indicators.model.Indicator#getSeries <em>Series</em>}</li>
 *   <li>{@link no.redthread.indicators.model.Indicator#getTargets <em>Targets</em>}</li>
 *   <li>{@link no.redthread.indicators.model.Indicator#getBaselines <em>Baselines</em>}</li>
 * </ul>
 *
 * @see no.redthread.indicators.model.IndicatorsPackage#getIndicator()
 * @model
 * @generated
 */
public interface Indicator extends IndicatorElement {
	/**
	 * Returns the value of the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The code the publisher uses, e.g. EN:EN:WS:4C for a U4SSC KPI; unique within a set unless it has variants.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Code</em>' attribute.
	 * @see #setCode(String)
	 * @see no.redthread.indicators.model.IndicatorsPackage#getIndicator_Code()
	 * @model
	 * @generated
	 */
	String getCode();

	/**
	 * Sets the value of the '{@link no.redthread.indicators.model.Indicator#getCode <em>Code</em>}' attribute.
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
	 * @see no.redthread.indicators.model.IndicatorsPackage#getIndicator_NameNb()
	 * @model
	 * @generated
	 */
	String getNameNb();

	/**
	 * Sets the value of the '{@link no.redthread.indicators.model.Indicator#getNameNb <em>Name Nb</em>}' attribute.
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
	 * @see no.redthread.indicators.model.IndicatorsPackage#getIndicator_NameEn()
	 * @model
	 * @generated
	 */
	String getNameEn();

	/**
	 * Sets the value of the '{@link no.redthread.indicators.model.Indicator#getNameEn <em>Name En</em>}' attribute.
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
	 * @see no.redthread.indicators.model.IndicatorsPackage#getIndicator_DescriptionNb()
	 * @model
	 * @generated
	 */
	String getDescriptionNb();

	/**
	 * Sets the value of the '{@link no.redthread.indicators.model.Indicator#getDescriptionNb <em>Description Nb</em>}' attribute.
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
	 * @see no.redthread.indicators.model.IndicatorsPackage#getIndicator_DescriptionEn()
	 * @model
	 * @generated
	 */
	String getDescriptionEn();

	/**
	 * Sets the value of the '{@link no.redthread.indicators.model.Indicator#getDescriptionEn <em>Description En</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description En</em>' attribute.
	 * @see #getDescriptionEn()
	 * @generated
	 */
	void setDescriptionEn(String value);

	/**
	 * Returns the value of the '<em><b>Unit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The unit of the values, e.g. percent, persons, NOK, kg per inhabitant.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Unit</em>' attribute.
	 * @see #setUnit(String)
	 * @see no.redthread.indicators.model.IndicatorsPackage#getIndicator_Unit()
	 * @model
	 * @generated
	 */
	String getUnit();

	/**
	 * Sets the value of the '{@link no.redthread.indicators.model.Indicator#getUnit <em>Unit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Unit</em>' attribute.
	 * @see #getUnit()
	 * @generated
	 */
	void setUnit(String value);

	/**
	 * Returns the value of the '<em><b>Direction</b></em>' attribute.
	 * The literals are from the enumeration {@link no.redthread.indicators.model.DesiredDirection}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether higher or lower values are better.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Direction</em>' attribute.
	 * @see no.redthread.indicators.model.DesiredDirection
	 * @see #setDirection(DesiredDirection)
	 * @see no.redthread.indicators.model.IndicatorsPackage#getIndicator_Direction()
	 * @model
	 * @generated
	 */
	DesiredDirection getDirection();

	/**
	 * Sets the value of the '{@link no.redthread.indicators.model.Indicator#getDirection <em>Direction</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Direction</em>' attribute.
	 * @see no.redthread.indicators.model.DesiredDirection
	 * @see #getDirection()
	 * @generated
	 */
	void setDirection(DesiredDirection value);

	/**
	 * Returns the value of the '<em><b>Category</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The publisher's grouping, e.g. Economy / ICT / Water and sanitation for a U4SSC KPI.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Category</em>' attribute.
	 * @see #setCategory(String)
	 * @see no.redthread.indicators.model.IndicatorsPackage#getIndicator_Category()
	 * @model
	 * @generated
	 */
	String getCategory();

	/**
	 * Sets the value of the '{@link no.redthread.indicators.model.Indicator#getCategory <em>Category</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Category</em>' attribute.
	 * @see #getCategory()
	 * @generated
	 */
	void setCategory(String value);

	/**
	 * Returns the value of the '<em><b>Theme Ids</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The ids of the sustainability themes of the shared frame, e.g. theme-housing.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Theme Ids</em>' attribute list.
	 * @see no.redthread.indicators.model.IndicatorsPackage#getIndicator_ThemeIds()
	 * @model
	 * @generated
	 */
	EList<String> getThemeIds();

	/**
	 * Returns the value of the '<em><b>Sdg Target Codes</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The UN codes of the SDG targets the indicator measures, e.g. 11.1.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Sdg Target Codes</em>' attribute list.
	 * @see no.redthread.indicators.model.IndicatorsPackage#getIndicator_SdgTargetCodes()
	 * @model
	 * @generated
	 */
	EList<String> getSdgTargetCodes();

	/**
	 * Returns the value of the '<em><b>Sdg Goals</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.Integer}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The SDGs (1 to 17) the indicator measures, where the publisher names goals rather than targets.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Sdg Goals</em>' attribute list.
	 * @see no.redthread.indicators.model.IndicatorsPackage#getIndicator_SdgGoals()
	 * @model
	 * @generated
	 */
	EList<Integer> getSdgGoals();

	/**
	 * Returns the value of the '<em><b>Source</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Where the data comes from.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Source</em>' containment reference.
	 * @see #setSource(DataSource)
	 * @see no.redthread.indicators.model.IndicatorsPackage#getIndicator_Source()
	 * @model containment="true"
	 * @generated
	 */
	DataSource getSource();

	/**
	 * Sets the value of the '{@link no.redthread.indicators.model.Indicator#getSource <em>Source</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Source</em>' containment reference.
	 * @see #getSource()
	 * @generated
	 */
	void setSource(DataSource value);

	/**
	 * Returns the value of the '<em><b>Series</b></em>' containment reference list.
	 * The list contents are of type {@link no.redthread.indicators.model.Series}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The values, one series per organisation (municipality, county, country or region group).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Series</em>' containment reference list.
	 * @see no.redthread.indicators.model.IndicatorsPackage#getIndicator_Series()
	 * @model containment="true"
	 * @generated
	 */
	EList<Series> getSeries();

	/**
	 * Returns the value of the '<em><b>Targets</b></em>' containment reference list.
	 * The list contents are of type {@link no.redthread.indicators.model.IndicatorTarget}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Targets</em>' containment reference list.
	 * @see no.redthread.indicators.model.IndicatorsPackage#getIndicator_Targets()
	 * @model containment="true"
	 * @generated
	 */
	EList<IndicatorTarget> getTargets();

	/**
	 * Returns the value of the '<em><b>Baselines</b></em>' containment reference list.
	 * The list contents are of type {@link no.redthread.indicators.model.Baseline}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Baselines</em>' containment reference list.
	 * @see no.redthread.indicators.model.IndicatorsPackage#getIndicator_Baselines()
	 * @model containment="true"
	 * @generated
	 */
	EList<Baseline> getBaselines();

} // Indicator
