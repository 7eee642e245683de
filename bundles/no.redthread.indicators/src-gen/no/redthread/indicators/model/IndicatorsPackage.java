/**
 * Redthread: generated from model/indicators.ecore by regenerate.sh. Do not edit.
 */
package no.redthread.indicators.model;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

/**
 * <!-- begin-user-doc -->
 * The <b>Package</b> for the model.
 * It contains accessors for the meta objects to represent
 * <ul>
 *   <li>each class,</li>
 *   <li>each feature of each class,</li>
 *   <li>each operation of each class,</li>
 *   <li>each enum,</li>
 *   <li>and each data type</li>
 * </ul>
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Redthread's indicator model: indicator sets, indicators with their sources, themes and SDG targets, and their data (compact series per organisation, targets and baselines). Objects refer to the shared frame by its stable catalogue ids (theme ids, SDG target codes), so indicator sets work without a workspace frame.
 * <!-- end-model-doc -->
 * @see no.redthread.indicators.model.IndicatorsFactory
 * @model kind="package"
 * @generated
 */
public interface IndicatorsPackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "model";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://redthread.no/model/indicators/1.0";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "indicators";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	IndicatorsPackage eINSTANCE = no.redthread.indicators.model.impl.IndicatorsPackageImpl.init();

	/**
	 * The meta object id for the '{@link no.redthread.indicators.model.impl.IndicatorElementImpl <em>Indicator Element</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see no.redthread.indicators.model.impl.IndicatorElementImpl
	 * @see no.redthread.indicators.model.impl.IndicatorsPackageImpl#getIndicatorElement()
	 * @generated
	 */
	int INDICATOR_ELEMENT = 0;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR_ELEMENT__ID = 0;

	/**
	 * The number of structural features of the '<em>Indicator Element</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR_ELEMENT_FEATURE_COUNT = 1;

	/**
	 * The number of operations of the '<em>Indicator Element</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR_ELEMENT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link no.redthread.indicators.model.impl.IndicatorWorkspaceImpl <em>Indicator Workspace</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see no.redthread.indicators.model.impl.IndicatorWorkspaceImpl
	 * @see no.redthread.indicators.model.impl.IndicatorsPackageImpl#getIndicatorWorkspace()
	 * @generated
	 */
	int INDICATOR_WORKSPACE = 1;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR_WORKSPACE__ID = INDICATOR_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR_WORKSPACE__NAME = INDICATOR_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Sets</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR_WORKSPACE__SETS = INDICATOR_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Region Groups</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR_WORKSPACE__REGION_GROUPS = INDICATOR_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Indicator Workspace</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR_WORKSPACE_FEATURE_COUNT = INDICATOR_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Indicator Workspace</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR_WORKSPACE_OPERATION_COUNT = INDICATOR_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link no.redthread.indicators.model.impl.RegionGroupImpl <em>Region Group</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see no.redthread.indicators.model.impl.RegionGroupImpl
	 * @see no.redthread.indicators.model.impl.IndicatorsPackageImpl#getRegionGroup()
	 * @generated
	 */
	int REGION_GROUP = 2;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGION_GROUP__ID = INDICATOR_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGION_GROUP__CODE = INDICATOR_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Name Nb</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGION_GROUP__NAME_NB = INDICATOR_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Name En</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGION_GROUP__NAME_EN = INDICATOR_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Members</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGION_GROUP__MEMBERS = INDICATOR_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Region Group</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGION_GROUP_FEATURE_COUNT = INDICATOR_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Region Group</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGION_GROUP_OPERATION_COUNT = INDICATOR_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link no.redthread.indicators.model.impl.IndicatorSetImpl <em>Indicator Set</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see no.redthread.indicators.model.impl.IndicatorSetImpl
	 * @see no.redthread.indicators.model.impl.IndicatorsPackageImpl#getIndicatorSet()
	 * @generated
	 */
	int INDICATOR_SET = 3;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR_SET__ID = INDICATOR_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name Nb</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR_SET__NAME_NB = INDICATOR_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Name En</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR_SET__NAME_EN = INDICATOR_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Description Nb</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR_SET__DESCRIPTION_NB = INDICATOR_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Description En</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR_SET__DESCRIPTION_EN = INDICATOR_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Publisher</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR_SET__PUBLISHER = INDICATOR_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Licence</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR_SET__LICENCE = INDICATOR_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Built In</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR_SET__BUILT_IN = INDICATOR_ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Indicators</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR_SET__INDICATORS = INDICATOR_ELEMENT_FEATURE_COUNT + 7;

	/**
	 * The number of structural features of the '<em>Indicator Set</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR_SET_FEATURE_COUNT = INDICATOR_ELEMENT_FEATURE_COUNT + 8;

	/**
	 * The number of operations of the '<em>Indicator Set</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR_SET_OPERATION_COUNT = INDICATOR_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link no.redthread.indicators.model.impl.IndicatorImpl <em>Indicator</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see no.redthread.indicators.model.impl.IndicatorImpl
	 * @see no.redthread.indicators.model.impl.IndicatorsPackageImpl#getIndicator()
	 * @generated
	 */
	int INDICATOR = 4;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR__ID = INDICATOR_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR__CODE = INDICATOR_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Name Nb</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR__NAME_NB = INDICATOR_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Name En</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR__NAME_EN = INDICATOR_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Description Nb</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR__DESCRIPTION_NB = INDICATOR_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Description En</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR__DESCRIPTION_EN = INDICATOR_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Unit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR__UNIT = INDICATOR_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Direction</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR__DIRECTION = INDICATOR_ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Category</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR__CATEGORY = INDICATOR_ELEMENT_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Theme Ids</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR__THEME_IDS = INDICATOR_ELEMENT_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Sdg Target Codes</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR__SDG_TARGET_CODES = INDICATOR_ELEMENT_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Sdg Goals</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR__SDG_GOALS = INDICATOR_ELEMENT_FEATURE_COUNT + 10;

	/**
	 * The feature id for the '<em><b>Source</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR__SOURCE = INDICATOR_ELEMENT_FEATURE_COUNT + 11;

	/**
	 * The feature id for the '<em><b>Series</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR__SERIES = INDICATOR_ELEMENT_FEATURE_COUNT + 12;

	/**
	 * The feature id for the '<em><b>Targets</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR__TARGETS = INDICATOR_ELEMENT_FEATURE_COUNT + 13;

	/**
	 * The feature id for the '<em><b>Baselines</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR__BASELINES = INDICATOR_ELEMENT_FEATURE_COUNT + 14;

	/**
	 * The number of structural features of the '<em>Indicator</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR_FEATURE_COUNT = INDICATOR_ELEMENT_FEATURE_COUNT + 15;

	/**
	 * The number of operations of the '<em>Indicator</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR_OPERATION_COUNT = INDICATOR_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link no.redthread.indicators.model.impl.DataSourceImpl <em>Data Source</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see no.redthread.indicators.model.impl.DataSourceImpl
	 * @see no.redthread.indicators.model.impl.IndicatorsPackageImpl#getDataSource()
	 * @generated
	 */
	int DATA_SOURCE = 5;

	/**
	 * The feature id for the '<em><b>Provider</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_SOURCE__PROVIDER = 0;

	/**
	 * The feature id for the '<em><b>Table Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_SOURCE__TABLE_ID = 1;

	/**
	 * The feature id for the '<em><b>Table Id Uncertain</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_SOURCE__TABLE_ID_UNCERTAIN = 2;

	/**
	 * The feature id for the '<em><b>Content Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_SOURCE__CONTENT_CODE = 3;

	/**
	 * The feature id for the '<em><b>Region Variable</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_SOURCE__REGION_VARIABLE = 4;

	/**
	 * The feature id for the '<em><b>Time Variable</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_SOURCE__TIME_VARIABLE = 5;

	/**
	 * The feature id for the '<em><b>Selections</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_SOURCE__SELECTIONS = 6;

	/**
	 * The feature id for the '<em><b>Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_SOURCE__NOTE = 7;

	/**
	 * The feature id for the '<em><b>Url</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_SOURCE__URL = 8;

	/**
	 * The number of structural features of the '<em>Data Source</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_SOURCE_FEATURE_COUNT = 9;

	/**
	 * The number of operations of the '<em>Data Source</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_SOURCE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link no.redthread.indicators.model.impl.VariableSelectionImpl <em>Variable Selection</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see no.redthread.indicators.model.impl.VariableSelectionImpl
	 * @see no.redthread.indicators.model.impl.IndicatorsPackageImpl#getVariableSelection()
	 * @generated
	 */
	int VARIABLE_SELECTION = 6;

	/**
	 * The feature id for the '<em><b>Variable</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VARIABLE_SELECTION__VARIABLE = 0;

	/**
	 * The feature id for the '<em><b>Value Codes</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VARIABLE_SELECTION__VALUE_CODES = 1;

	/**
	 * The number of structural features of the '<em>Variable Selection</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VARIABLE_SELECTION_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Variable Selection</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VARIABLE_SELECTION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link no.redthread.indicators.model.impl.SeriesImpl <em>Series</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see no.redthread.indicators.model.impl.SeriesImpl
	 * @see no.redthread.indicators.model.impl.IndicatorsPackageImpl#getSeries()
	 * @generated
	 */
	int SERIES = 7;

	/**
	 * The feature id for the '<em><b>Organisation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERIES__ORGANISATION = 0;

	/**
	 * The feature id for the '<em><b>Periods</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERIES__PERIODS = 1;

	/**
	 * The feature id for the '<em><b>Values</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERIES__VALUES = 2;

	/**
	 * The feature id for the '<em><b>Statuses</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERIES__STATUSES = 3;

	/**
	 * The feature id for the '<em><b>Origin</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERIES__ORIGIN = 4;

	/**
	 * The feature id for the '<em><b>Updated</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERIES__UPDATED = 5;

	/**
	 * The number of structural features of the '<em>Series</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERIES_FEATURE_COUNT = 6;

	/**
	 * The number of operations of the '<em>Series</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERIES_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link no.redthread.indicators.model.impl.IndicatorTargetImpl <em>Indicator Target</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see no.redthread.indicators.model.impl.IndicatorTargetImpl
	 * @see no.redthread.indicators.model.impl.IndicatorsPackageImpl#getIndicatorTarget()
	 * @generated
	 */
	int INDICATOR_TARGET = 8;

	/**
	 * The feature id for the '<em><b>Organisation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR_TARGET__ORGANISATION = 0;

	/**
	 * The feature id for the '<em><b>Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR_TARGET__YEAR = 1;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR_TARGET__VALUE = 2;

	/**
	 * The feature id for the '<em><b>Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR_TARGET__NOTE = 3;

	/**
	 * The number of structural features of the '<em>Indicator Target</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR_TARGET_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Indicator Target</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR_TARGET_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link no.redthread.indicators.model.impl.BaselineImpl <em>Baseline</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see no.redthread.indicators.model.impl.BaselineImpl
	 * @see no.redthread.indicators.model.impl.IndicatorsPackageImpl#getBaseline()
	 * @generated
	 */
	int BASELINE = 9;

	/**
	 * The feature id for the '<em><b>Organisation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BASELINE__ORGANISATION = 0;

	/**
	 * The feature id for the '<em><b>Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BASELINE__YEAR = 1;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BASELINE__VALUE = 2;

	/**
	 * The number of structural features of the '<em>Baseline</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BASELINE_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Baseline</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BASELINE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link no.redthread.indicators.model.DesiredDirection <em>Desired Direction</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see no.redthread.indicators.model.DesiredDirection
	 * @see no.redthread.indicators.model.impl.IndicatorsPackageImpl#getDesiredDirection()
	 * @generated
	 */
	int DESIRED_DIRECTION = 10;

	/**
	 * The meta object id for the '<em>Double Array</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see no.redthread.indicators.model.impl.IndicatorsPackageImpl#getDoubleArray()
	 * @generated
	 */
	int DOUBLE_ARRAY = 11;

	/**
	 * The meta object id for the '<em>Period Array</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see no.redthread.indicators.model.impl.IndicatorsPackageImpl#getPeriodArray()
	 * @generated
	 */
	int PERIOD_ARRAY = 12;

	/**
	 * The meta object id for the '<em>Status Array</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see no.redthread.indicators.model.impl.IndicatorsPackageImpl#getStatusArray()
	 * @generated
	 */
	int STATUS_ARRAY = 13;


	/**
	 * Returns the meta object for class '{@link no.redthread.indicators.model.IndicatorElement <em>Indicator Element</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Indicator Element</em>'.
	 * @see no.redthread.indicators.model.IndicatorElement
	 * @generated
	 */
	EClass getIndicatorElement();

	/**
	 * Returns the meta object for the attribute '{@link no.redthread.indicators.model.IndicatorElement#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see no.redthread.indicators.model.IndicatorElement#getId()
	 * @see #getIndicatorElement()
	 * @generated
	 */
	EAttribute getIndicatorElement_Id();

	/**
	 * Returns the meta object for class '{@link no.redthread.indicators.model.IndicatorWorkspace <em>Indicator Workspace</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Indicator Workspace</em>'.
	 * @see no.redthread.indicators.model.IndicatorWorkspace
	 * @generated
	 */
	EClass getIndicatorWorkspace();

	/**
	 * Returns the meta object for the attribute '{@link no.redthread.indicators.model.IndicatorWorkspace#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see no.redthread.indicators.model.IndicatorWorkspace#getName()
	 * @see #getIndicatorWorkspace()
	 * @generated
	 */
	EAttribute getIndicatorWorkspace_Name();

	/**
	 * Returns the meta object for the containment reference list '{@link no.redthread.indicators.model.IndicatorWorkspace#getSets <em>Sets</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Sets</em>'.
	 * @see no.redthread.indicators.model.IndicatorWorkspace#getSets()
	 * @see #getIndicatorWorkspace()
	 * @generated
	 */
	EReference getIndicatorWorkspace_Sets();

	/**
	 * Returns the meta object for the containment reference list '{@link no.redthread.indicators.model.IndicatorWorkspace#getRegionGroups <em>Region Groups</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Region Groups</em>'.
	 * @see no.redthread.indicators.model.IndicatorWorkspace#getRegionGroups()
	 * @see #getIndicatorWorkspace()
	 * @generated
	 */
	EReference getIndicatorWorkspace_RegionGroups();

	/**
	 * Returns the meta object for class '{@link no.redthread.indicators.model.RegionGroup <em>Region Group</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Region Group</em>'.
	 * @see no.redthread.indicators.model.RegionGroup
	 * @generated
	 */
	EClass getRegionGroup();

	/**
	 * Returns the meta object for the attribute '{@link no.redthread.indicators.model.RegionGroup#getCode <em>Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Code</em>'.
	 * @see no.redthread.indicators.model.RegionGroup#getCode()
	 * @see #getRegionGroup()
	 * @generated
	 */
	EAttribute getRegionGroup_Code();

	/**
	 * Returns the meta object for the attribute '{@link no.redthread.indicators.model.RegionGroup#getNameNb <em>Name Nb</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name Nb</em>'.
	 * @see no.redthread.indicators.model.RegionGroup#getNameNb()
	 * @see #getRegionGroup()
	 * @generated
	 */
	EAttribute getRegionGroup_NameNb();

	/**
	 * Returns the meta object for the attribute '{@link no.redthread.indicators.model.RegionGroup#getNameEn <em>Name En</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name En</em>'.
	 * @see no.redthread.indicators.model.RegionGroup#getNameEn()
	 * @see #getRegionGroup()
	 * @generated
	 */
	EAttribute getRegionGroup_NameEn();

	/**
	 * Returns the meta object for the attribute list '{@link no.redthread.indicators.model.RegionGroup#getMembers <em>Members</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Members</em>'.
	 * @see no.redthread.indicators.model.RegionGroup#getMembers()
	 * @see #getRegionGroup()
	 * @generated
	 */
	EAttribute getRegionGroup_Members();

	/**
	 * Returns the meta object for class '{@link no.redthread.indicators.model.IndicatorSet <em>Indicator Set</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Indicator Set</em>'.
	 * @see no.redthread.indicators.model.IndicatorSet
	 * @generated
	 */
	EClass getIndicatorSet();

	/**
	 * Returns the meta object for the attribute '{@link no.redthread.indicators.model.IndicatorSet#getNameNb <em>Name Nb</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name Nb</em>'.
	 * @see no.redthread.indicators.model.IndicatorSet#getNameNb()
	 * @see #getIndicatorSet()
	 * @generated
	 */
	EAttribute getIndicatorSet_NameNb();

	/**
	 * Returns the meta object for the attribute '{@link no.redthread.indicators.model.IndicatorSet#getNameEn <em>Name En</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name En</em>'.
	 * @see no.redthread.indicators.model.IndicatorSet#getNameEn()
	 * @see #getIndicatorSet()
	 * @generated
	 */
	EAttribute getIndicatorSet_NameEn();

	/**
	 * Returns the meta object for the attribute '{@link no.redthread.indicators.model.IndicatorSet#getDescriptionNb <em>Description Nb</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description Nb</em>'.
	 * @see no.redthread.indicators.model.IndicatorSet#getDescriptionNb()
	 * @see #getIndicatorSet()
	 * @generated
	 */
	EAttribute getIndicatorSet_DescriptionNb();

	/**
	 * Returns the meta object for the attribute '{@link no.redthread.indicators.model.IndicatorSet#getDescriptionEn <em>Description En</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description En</em>'.
	 * @see no.redthread.indicators.model.IndicatorSet#getDescriptionEn()
	 * @see #getIndicatorSet()
	 * @generated
	 */
	EAttribute getIndicatorSet_DescriptionEn();

	/**
	 * Returns the meta object for the attribute '{@link no.redthread.indicators.model.IndicatorSet#getPublisher <em>Publisher</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Publisher</em>'.
	 * @see no.redthread.indicators.model.IndicatorSet#getPublisher()
	 * @see #getIndicatorSet()
	 * @generated
	 */
	EAttribute getIndicatorSet_Publisher();

	/**
	 * Returns the meta object for the attribute '{@link no.redthread.indicators.model.IndicatorSet#getLicence <em>Licence</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Licence</em>'.
	 * @see no.redthread.indicators.model.IndicatorSet#getLicence()
	 * @see #getIndicatorSet()
	 * @generated
	 */
	EAttribute getIndicatorSet_Licence();

	/**
	 * Returns the meta object for the attribute '{@link no.redthread.indicators.model.IndicatorSet#isBuiltIn <em>Built In</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Built In</em>'.
	 * @see no.redthread.indicators.model.IndicatorSet#isBuiltIn()
	 * @see #getIndicatorSet()
	 * @generated
	 */
	EAttribute getIndicatorSet_BuiltIn();

	/**
	 * Returns the meta object for the containment reference list '{@link no.redthread.indicators.model.IndicatorSet#getIndicators <em>Indicators</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Indicators</em>'.
	 * @see no.redthread.indicators.model.IndicatorSet#getIndicators()
	 * @see #getIndicatorSet()
	 * @generated
	 */
	EReference getIndicatorSet_Indicators();

	/**
	 * Returns the meta object for class '{@link no.redthread.indicators.model.Indicator <em>Indicator</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Indicator</em>'.
	 * @see no.redthread.indicators.model.Indicator
	 * @generated
	 */
	EClass getIndicator();

	/**
	 * Returns the meta object for the attribute '{@link no.redthread.indicators.model.Indicator#getCode <em>Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Code</em>'.
	 * @see no.redthread.indicators.model.Indicator#getCode()
	 * @see #getIndicator()
	 * @generated
	 */
	EAttribute getIndicator_Code();

	/**
	 * Returns the meta object for the attribute '{@link no.redthread.indicators.model.Indicator#getNameNb <em>Name Nb</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name Nb</em>'.
	 * @see no.redthread.indicators.model.Indicator#getNameNb()
	 * @see #getIndicator()
	 * @generated
	 */
	EAttribute getIndicator_NameNb();

	/**
	 * Returns the meta object for the attribute '{@link no.redthread.indicators.model.Indicator#getNameEn <em>Name En</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name En</em>'.
	 * @see no.redthread.indicators.model.Indicator#getNameEn()
	 * @see #getIndicator()
	 * @generated
	 */
	EAttribute getIndicator_NameEn();

	/**
	 * Returns the meta object for the attribute '{@link no.redthread.indicators.model.Indicator#getDescriptionNb <em>Description Nb</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description Nb</em>'.
	 * @see no.redthread.indicators.model.Indicator#getDescriptionNb()
	 * @see #getIndicator()
	 * @generated
	 */
	EAttribute getIndicator_DescriptionNb();

	/**
	 * Returns the meta object for the attribute '{@link no.redthread.indicators.model.Indicator#getDescriptionEn <em>Description En</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description En</em>'.
	 * @see no.redthread.indicators.model.Indicator#getDescriptionEn()
	 * @see #getIndicator()
	 * @generated
	 */
	EAttribute getIndicator_DescriptionEn();

	/**
	 * Returns the meta object for the attribute '{@link no.redthread.indicators.model.Indicator#getUnit <em>Unit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Unit</em>'.
	 * @see no.redthread.indicators.model.Indicator#getUnit()
	 * @see #getIndicator()
	 * @generated
	 */
	EAttribute getIndicator_Unit();

	/**
	 * Returns the meta object for the attribute '{@link no.redthread.indicators.model.Indicator#getDirection <em>Direction</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Direction</em>'.
	 * @see no.redthread.indicators.model.Indicator#getDirection()
	 * @see #getIndicator()
	 * @generated
	 */
	EAttribute getIndicator_Direction();

	/**
	 * Returns the meta object for the attribute '{@link no.redthread.indicators.model.Indicator#getCategory <em>Category</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Category</em>'.
	 * @see no.redthread.indicators.model.Indicator#getCategory()
	 * @see #getIndicator()
	 * @generated
	 */
	EAttribute getIndicator_Category();

	/**
	 * Returns the meta object for the attribute list '{@link no.redthread.indicators.model.Indicator#getThemeIds <em>Theme Ids</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Theme Ids</em>'.
	 * @see no.redthread.indicators.model.Indicator#getThemeIds()
	 * @see #getIndicator()
	 * @generated
	 */
	EAttribute getIndicator_ThemeIds();

	/**
	 * Returns the meta object for the attribute list '{@link no.redthread.indicators.model.Indicator#getSdgTargetCodes <em>Sdg Target Codes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Sdg Target Codes</em>'.
	 * @see no.redthread.indicators.model.Indicator#getSdgTargetCodes()
	 * @see #getIndicator()
	 * @generated
	 */
	EAttribute getIndicator_SdgTargetCodes();

	/**
	 * Returns the meta object for the attribute list '{@link no.redthread.indicators.model.Indicator#getSdgGoals <em>Sdg Goals</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Sdg Goals</em>'.
	 * @see no.redthread.indicators.model.Indicator#getSdgGoals()
	 * @see #getIndicator()
	 * @generated
	 */
	EAttribute getIndicator_SdgGoals();

	/**
	 * Returns the meta object for the containment reference '{@link no.redthread.indicators.model.Indicator#getSource <em>Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Source</em>'.
	 * @see no.redthread.indicators.model.Indicator#getSource()
	 * @see #getIndicator()
	 * @generated
	 */
	EReference getIndicator_Source();

	/**
	 * Returns the meta object for the containment reference list '{@link no.redthread.indicators.model.Indicator#getSeries <em>Series</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Series</em>'.
	 * @see no.redthread.indicators.model.Indicator#getSeries()
	 * @see #getIndicator()
	 * @generated
	 */
	EReference getIndicator_Series();

	/**
	 * Returns the meta object for the containment reference list '{@link no.redthread.indicators.model.Indicator#getTargets <em>Targets</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Targets</em>'.
	 * @see no.redthread.indicators.model.Indicator#getTargets()
	 * @see #getIndicator()
	 * @generated
	 */
	EReference getIndicator_Targets();

	/**
	 * Returns the meta object for the containment reference list '{@link no.redthread.indicators.model.Indicator#getBaselines <em>Baselines</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Baselines</em>'.
	 * @see no.redthread.indicators.model.Indicator#getBaselines()
	 * @see #getIndicator()
	 * @generated
	 */
	EReference getIndicator_Baselines();

	/**
	 * Returns the meta object for class '{@link no.redthread.indicators.model.DataSource <em>Data Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Data Source</em>'.
	 * @see no.redthread.indicators.model.DataSource
	 * @generated
	 */
	EClass getDataSource();

	/**
	 * Returns the meta object for the attribute '{@link no.redthread.indicators.model.DataSource#getProvider <em>Provider</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Provider</em>'.
	 * @see no.redthread.indicators.model.DataSource#getProvider()
	 * @see #getDataSource()
	 * @generated
	 */
	EAttribute getDataSource_Provider();

	/**
	 * Returns the meta object for the attribute '{@link no.redthread.indicators.model.DataSource#getTableId <em>Table Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Table Id</em>'.
	 * @see no.redthread.indicators.model.DataSource#getTableId()
	 * @see #getDataSource()
	 * @generated
	 */
	EAttribute getDataSource_TableId();

	/**
	 * Returns the meta object for the attribute '{@link no.redthread.indicators.model.DataSource#isTableIdUncertain <em>Table Id Uncertain</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Table Id Uncertain</em>'.
	 * @see no.redthread.indicators.model.DataSource#isTableIdUncertain()
	 * @see #getDataSource()
	 * @generated
	 */
	EAttribute getDataSource_TableIdUncertain();

	/**
	 * Returns the meta object for the attribute '{@link no.redthread.indicators.model.DataSource#getContentCode <em>Content Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Content Code</em>'.
	 * @see no.redthread.indicators.model.DataSource#getContentCode()
	 * @see #getDataSource()
	 * @generated
	 */
	EAttribute getDataSource_ContentCode();

	/**
	 * Returns the meta object for the attribute '{@link no.redthread.indicators.model.DataSource#getRegionVariable <em>Region Variable</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Region Variable</em>'.
	 * @see no.redthread.indicators.model.DataSource#getRegionVariable()
	 * @see #getDataSource()
	 * @generated
	 */
	EAttribute getDataSource_RegionVariable();

	/**
	 * Returns the meta object for the attribute '{@link no.redthread.indicators.model.DataSource#getTimeVariable <em>Time Variable</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Time Variable</em>'.
	 * @see no.redthread.indicators.model.DataSource#getTimeVariable()
	 * @see #getDataSource()
	 * @generated
	 */
	EAttribute getDataSource_TimeVariable();

	/**
	 * Returns the meta object for the containment reference list '{@link no.redthread.indicators.model.DataSource#getSelections <em>Selections</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Selections</em>'.
	 * @see no.redthread.indicators.model.DataSource#getSelections()
	 * @see #getDataSource()
	 * @generated
	 */
	EReference getDataSource_Selections();

	/**
	 * Returns the meta object for the attribute '{@link no.redthread.indicators.model.DataSource#getNote <em>Note</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Note</em>'.
	 * @see no.redthread.indicators.model.DataSource#getNote()
	 * @see #getDataSource()
	 * @generated
	 */
	EAttribute getDataSource_Note();

	/**
	 * Returns the meta object for the attribute '{@link no.redthread.indicators.model.DataSource#getUrl <em>Url</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Url</em>'.
	 * @see no.redthread.indicators.model.DataSource#getUrl()
	 * @see #getDataSource()
	 * @generated
	 */
	EAttribute getDataSource_Url();

	/**
	 * Returns the meta object for class '{@link no.redthread.indicators.model.VariableSelection <em>Variable Selection</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Variable Selection</em>'.
	 * @see no.redthread.indicators.model.VariableSelection
	 * @generated
	 */
	EClass getVariableSelection();

	/**
	 * Returns the meta object for the attribute '{@link no.redthread.indicators.model.VariableSelection#getVariable <em>Variable</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Variable</em>'.
	 * @see no.redthread.indicators.model.VariableSelection#getVariable()
	 * @see #getVariableSelection()
	 * @generated
	 */
	EAttribute getVariableSelection_Variable();

	/**
	 * Returns the meta object for the attribute list '{@link no.redthread.indicators.model.VariableSelection#getValueCodes <em>Value Codes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Value Codes</em>'.
	 * @see no.redthread.indicators.model.VariableSelection#getValueCodes()
	 * @see #getVariableSelection()
	 * @generated
	 */
	EAttribute getVariableSelection_ValueCodes();

	/**
	 * Returns the meta object for class '{@link no.redthread.indicators.model.Series <em>Series</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Series</em>'.
	 * @see no.redthread.indicators.model.Series
	 * @generated
	 */
	EClass getSeries();

	/**
	 * Returns the meta object for the attribute '{@link no.redthread.indicators.model.Series#getOrganisation <em>Organisation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Organisation</em>'.
	 * @see no.redthread.indicators.model.Series#getOrganisation()
	 * @see #getSeries()
	 * @generated
	 */
	EAttribute getSeries_Organisation();

	/**
	 * Returns the meta object for the attribute '{@link no.redthread.indicators.model.Series#getPeriods <em>Periods</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Periods</em>'.
	 * @see no.redthread.indicators.model.Series#getPeriods()
	 * @see #getSeries()
	 * @generated
	 */
	EAttribute getSeries_Periods();

	/**
	 * Returns the meta object for the attribute '{@link no.redthread.indicators.model.Series#getValues <em>Values</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Values</em>'.
	 * @see no.redthread.indicators.model.Series#getValues()
	 * @see #getSeries()
	 * @generated
	 */
	EAttribute getSeries_Values();

	/**
	 * Returns the meta object for the attribute '{@link no.redthread.indicators.model.Series#getStatuses <em>Statuses</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Statuses</em>'.
	 * @see no.redthread.indicators.model.Series#getStatuses()
	 * @see #getSeries()
	 * @generated
	 */
	EAttribute getSeries_Statuses();

	/**
	 * Returns the meta object for the attribute '{@link no.redthread.indicators.model.Series#getOrigin <em>Origin</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Origin</em>'.
	 * @see no.redthread.indicators.model.Series#getOrigin()
	 * @see #getSeries()
	 * @generated
	 */
	EAttribute getSeries_Origin();

	/**
	 * Returns the meta object for the attribute '{@link no.redthread.indicators.model.Series#getUpdated <em>Updated</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Updated</em>'.
	 * @see no.redthread.indicators.model.Series#getUpdated()
	 * @see #getSeries()
	 * @generated
	 */
	EAttribute getSeries_Updated();

	/**
	 * Returns the meta object for class '{@link no.redthread.indicators.model.IndicatorTarget <em>Indicator Target</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Indicator Target</em>'.
	 * @see no.redthread.indicators.model.IndicatorTarget
	 * @generated
	 */
	EClass getIndicatorTarget();

	/**
	 * Returns the meta object for the attribute '{@link no.redthread.indicators.model.IndicatorTarget#getOrganisation <em>Organisation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Organisation</em>'.
	 * @see no.redthread.indicators.model.IndicatorTarget#getOrganisation()
	 * @see #getIndicatorTarget()
	 * @generated
	 */
	EAttribute getIndicatorTarget_Organisation();

	/**
	 * Returns the meta object for the attribute '{@link no.redthread.indicators.model.IndicatorTarget#getYear <em>Year</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Year</em>'.
	 * @see no.redthread.indicators.model.IndicatorTarget#getYear()
	 * @see #getIndicatorTarget()
	 * @generated
	 */
	EAttribute getIndicatorTarget_Year();

	/**
	 * Returns the meta object for the attribute '{@link no.redthread.indicators.model.IndicatorTarget#getValue <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see no.redthread.indicators.model.IndicatorTarget#getValue()
	 * @see #getIndicatorTarget()
	 * @generated
	 */
	EAttribute getIndicatorTarget_Value();

	/**
	 * Returns the meta object for the attribute '{@link no.redthread.indicators.model.IndicatorTarget#getNote <em>Note</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Note</em>'.
	 * @see no.redthread.indicators.model.IndicatorTarget#getNote()
	 * @see #getIndicatorTarget()
	 * @generated
	 */
	EAttribute getIndicatorTarget_Note();

	/**
	 * Returns the meta object for class '{@link no.redthread.indicators.model.Baseline <em>Baseline</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Baseline</em>'.
	 * @see no.redthread.indicators.model.Baseline
	 * @generated
	 */
	EClass getBaseline();

	/**
	 * Returns the meta object for the attribute '{@link no.redthread.indicators.model.Baseline#getOrganisation <em>Organisation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Organisation</em>'.
	 * @see no.redthread.indicators.model.Baseline#getOrganisation()
	 * @see #getBaseline()
	 * @generated
	 */
	EAttribute getBaseline_Organisation();

	/**
	 * Returns the meta object for the attribute '{@link no.redthread.indicators.model.Baseline#getYear <em>Year</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Year</em>'.
	 * @see no.redthread.indicators.model.Baseline#getYear()
	 * @see #getBaseline()
	 * @generated
	 */
	EAttribute getBaseline_Year();

	/**
	 * Returns the meta object for the attribute '{@link no.redthread.indicators.model.Baseline#getValue <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see no.redthread.indicators.model.Baseline#getValue()
	 * @see #getBaseline()
	 * @generated
	 */
	EAttribute getBaseline_Value();

	/**
	 * Returns the meta object for enum '{@link no.redthread.indicators.model.DesiredDirection <em>Desired Direction</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Desired Direction</em>'.
	 * @see no.redthread.indicators.model.DesiredDirection
	 * @generated
	 */
	EEnum getDesiredDirection();

	/**
	 * Returns the meta object for data type '<em>Double Array</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
     * <!-- begin-model-doc -->
     * An array of values, serialised as space-separated numbers (NaN for a missing value).
     * <!-- end-model-doc -->
	 * @return the meta object for data type '<em>Double Array</em>'.
	 * @model instanceClass="double[]"
	 * @generated
	 */
	EDataType getDoubleArray();

	/**
	 * Returns the meta object for data type '<em>Period Array</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
     * <!-- begin-model-doc -->
     * An array of period codes, serialised space-separated.
     * <!-- end-model-doc -->
	 * @return the meta object for data type '<em>Period Array</em>'.
	 * @model instanceClass="java.lang.String[]"
	 * @generated
	 */
	EDataType getPeriodArray();

	/**
	 * Returns the meta object for data type '<em>Status Array</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
     * <!-- begin-model-doc -->
     * An array of status markers with nulls, serialised space-separated (~ for null).
     * <!-- end-model-doc -->
	 * @return the meta object for data type '<em>Status Array</em>'.
	 * @model instanceClass="java.lang.String[]"
	 * @generated
	 */
	EDataType getStatusArray();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	IndicatorsFactory getIndicatorsFactory();

	/**
	 * <!-- begin-user-doc -->
	 * Defines literals for the meta objects that represent
	 * <ul>
	 *   <li>each class,</li>
	 *   <li>each feature of each class,</li>
	 *   <li>each operation of each class,</li>
	 *   <li>each enum,</li>
	 *   <li>and each data type</li>
	 * </ul>
	 * <!-- end-user-doc -->
	 * @generated
	 */
	interface Literals {
		/**
		 * The meta object literal for the '{@link no.redthread.indicators.model.impl.IndicatorElementImpl <em>Indicator Element</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see no.redthread.indicators.model.impl.IndicatorElementImpl
		 * @see no.redthread.indicators.model.impl.IndicatorsPackageImpl#getIndicatorElement()
		 * @generated
		 */
		EClass INDICATOR_ELEMENT = eINSTANCE.getIndicatorElement();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INDICATOR_ELEMENT__ID = eINSTANCE.getIndicatorElement_Id();

		/**
		 * The meta object literal for the '{@link no.redthread.indicators.model.impl.IndicatorWorkspaceImpl <em>Indicator Workspace</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see no.redthread.indicators.model.impl.IndicatorWorkspaceImpl
		 * @see no.redthread.indicators.model.impl.IndicatorsPackageImpl#getIndicatorWorkspace()
		 * @generated
		 */
		EClass INDICATOR_WORKSPACE = eINSTANCE.getIndicatorWorkspace();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INDICATOR_WORKSPACE__NAME = eINSTANCE.getIndicatorWorkspace_Name();

		/**
		 * The meta object literal for the '<em><b>Sets</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INDICATOR_WORKSPACE__SETS = eINSTANCE.getIndicatorWorkspace_Sets();

		/**
		 * The meta object literal for the '<em><b>Region Groups</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INDICATOR_WORKSPACE__REGION_GROUPS = eINSTANCE.getIndicatorWorkspace_RegionGroups();

		/**
		 * The meta object literal for the '{@link no.redthread.indicators.model.impl.RegionGroupImpl <em>Region Group</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see no.redthread.indicators.model.impl.RegionGroupImpl
		 * @see no.redthread.indicators.model.impl.IndicatorsPackageImpl#getRegionGroup()
		 * @generated
		 */
		EClass REGION_GROUP = eINSTANCE.getRegionGroup();

		/**
		 * The meta object literal for the '<em><b>Code</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REGION_GROUP__CODE = eINSTANCE.getRegionGroup_Code();

		/**
		 * The meta object literal for the '<em><b>Name Nb</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REGION_GROUP__NAME_NB = eINSTANCE.getRegionGroup_NameNb();

		/**
		 * The meta object literal for the '<em><b>Name En</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REGION_GROUP__NAME_EN = eINSTANCE.getRegionGroup_NameEn();

		/**
		 * The meta object literal for the '<em><b>Members</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REGION_GROUP__MEMBERS = eINSTANCE.getRegionGroup_Members();

		/**
		 * The meta object literal for the '{@link no.redthread.indicators.model.impl.IndicatorSetImpl <em>Indicator Set</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see no.redthread.indicators.model.impl.IndicatorSetImpl
		 * @see no.redthread.indicators.model.impl.IndicatorsPackageImpl#getIndicatorSet()
		 * @generated
		 */
		EClass INDICATOR_SET = eINSTANCE.getIndicatorSet();

		/**
		 * The meta object literal for the '<em><b>Name Nb</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INDICATOR_SET__NAME_NB = eINSTANCE.getIndicatorSet_NameNb();

		/**
		 * The meta object literal for the '<em><b>Name En</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INDICATOR_SET__NAME_EN = eINSTANCE.getIndicatorSet_NameEn();

		/**
		 * The meta object literal for the '<em><b>Description Nb</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INDICATOR_SET__DESCRIPTION_NB = eINSTANCE.getIndicatorSet_DescriptionNb();

		/**
		 * The meta object literal for the '<em><b>Description En</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INDICATOR_SET__DESCRIPTION_EN = eINSTANCE.getIndicatorSet_DescriptionEn();

		/**
		 * The meta object literal for the '<em><b>Publisher</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INDICATOR_SET__PUBLISHER = eINSTANCE.getIndicatorSet_Publisher();

		/**
		 * The meta object literal for the '<em><b>Licence</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INDICATOR_SET__LICENCE = eINSTANCE.getIndicatorSet_Licence();

		/**
		 * The meta object literal for the '<em><b>Built In</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INDICATOR_SET__BUILT_IN = eINSTANCE.getIndicatorSet_BuiltIn();

		/**
		 * The meta object literal for the '<em><b>Indicators</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INDICATOR_SET__INDICATORS = eINSTANCE.getIndicatorSet_Indicators();

		/**
		 * The meta object literal for the '{@link no.redthread.indicators.model.impl.IndicatorImpl <em>Indicator</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see no.redthread.indicators.model.impl.IndicatorImpl
		 * @see no.redthread.indicators.model.impl.IndicatorsPackageImpl#getIndicator()
		 * @generated
		 */
		EClass INDICATOR = eINSTANCE.getIndicator();

		/**
		 * The meta object literal for the '<em><b>Code</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INDICATOR__CODE = eINSTANCE.getIndicator_Code();

		/**
		 * The meta object literal for the '<em><b>Name Nb</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INDICATOR__NAME_NB = eINSTANCE.getIndicator_NameNb();

		/**
		 * The meta object literal for the '<em><b>Name En</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INDICATOR__NAME_EN = eINSTANCE.getIndicator_NameEn();

		/**
		 * The meta object literal for the '<em><b>Description Nb</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INDICATOR__DESCRIPTION_NB = eINSTANCE.getIndicator_DescriptionNb();

		/**
		 * The meta object literal for the '<em><b>Description En</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INDICATOR__DESCRIPTION_EN = eINSTANCE.getIndicator_DescriptionEn();

		/**
		 * The meta object literal for the '<em><b>Unit</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INDICATOR__UNIT = eINSTANCE.getIndicator_Unit();

		/**
		 * The meta object literal for the '<em><b>Direction</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INDICATOR__DIRECTION = eINSTANCE.getIndicator_Direction();

		/**
		 * The meta object literal for the '<em><b>Category</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INDICATOR__CATEGORY = eINSTANCE.getIndicator_Category();

		/**
		 * The meta object literal for the '<em><b>Theme Ids</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INDICATOR__THEME_IDS = eINSTANCE.getIndicator_ThemeIds();

		/**
		 * The meta object literal for the '<em><b>Sdg Target Codes</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INDICATOR__SDG_TARGET_CODES = eINSTANCE.getIndicator_SdgTargetCodes();

		/**
		 * The meta object literal for the '<em><b>Sdg Goals</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INDICATOR__SDG_GOALS = eINSTANCE.getIndicator_SdgGoals();

		/**
		 * The meta object literal for the '<em><b>Source</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INDICATOR__SOURCE = eINSTANCE.getIndicator_Source();

		/**
		 * The meta object literal for the '<em><b>Series</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INDICATOR__SERIES = eINSTANCE.getIndicator_Series();

		/**
		 * The meta object literal for the '<em><b>Targets</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INDICATOR__TARGETS = eINSTANCE.getIndicator_Targets();

		/**
		 * The meta object literal for the '<em><b>Baselines</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INDICATOR__BASELINES = eINSTANCE.getIndicator_Baselines();

		/**
		 * The meta object literal for the '{@link no.redthread.indicators.model.impl.DataSourceImpl <em>Data Source</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see no.redthread.indicators.model.impl.DataSourceImpl
		 * @see no.redthread.indicators.model.impl.IndicatorsPackageImpl#getDataSource()
		 * @generated
		 */
		EClass DATA_SOURCE = eINSTANCE.getDataSource();

		/**
		 * The meta object literal for the '<em><b>Provider</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DATA_SOURCE__PROVIDER = eINSTANCE.getDataSource_Provider();

		/**
		 * The meta object literal for the '<em><b>Table Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DATA_SOURCE__TABLE_ID = eINSTANCE.getDataSource_TableId();

		/**
		 * The meta object literal for the '<em><b>Table Id Uncertain</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DATA_SOURCE__TABLE_ID_UNCERTAIN = eINSTANCE.getDataSource_TableIdUncertain();

		/**
		 * The meta object literal for the '<em><b>Content Code</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DATA_SOURCE__CONTENT_CODE = eINSTANCE.getDataSource_ContentCode();

		/**
		 * The meta object literal for the '<em><b>Region Variable</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DATA_SOURCE__REGION_VARIABLE = eINSTANCE.getDataSource_RegionVariable();

		/**
		 * The meta object literal for the '<em><b>Time Variable</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DATA_SOURCE__TIME_VARIABLE = eINSTANCE.getDataSource_TimeVariable();

		/**
		 * The meta object literal for the '<em><b>Selections</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DATA_SOURCE__SELECTIONS = eINSTANCE.getDataSource_Selections();

		/**
		 * The meta object literal for the '<em><b>Note</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DATA_SOURCE__NOTE = eINSTANCE.getDataSource_Note();

		/**
		 * The meta object literal for the '<em><b>Url</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DATA_SOURCE__URL = eINSTANCE.getDataSource_Url();

		/**
		 * The meta object literal for the '{@link no.redthread.indicators.model.impl.VariableSelectionImpl <em>Variable Selection</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see no.redthread.indicators.model.impl.VariableSelectionImpl
		 * @see no.redthread.indicators.model.impl.IndicatorsPackageImpl#getVariableSelection()
		 * @generated
		 */
		EClass VARIABLE_SELECTION = eINSTANCE.getVariableSelection();

		/**
		 * The meta object literal for the '<em><b>Variable</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VARIABLE_SELECTION__VARIABLE = eINSTANCE.getVariableSelection_Variable();

		/**
		 * The meta object literal for the '<em><b>Value Codes</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VARIABLE_SELECTION__VALUE_CODES = eINSTANCE.getVariableSelection_ValueCodes();

		/**
		 * The meta object literal for the '{@link no.redthread.indicators.model.impl.SeriesImpl <em>Series</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see no.redthread.indicators.model.impl.SeriesImpl
		 * @see no.redthread.indicators.model.impl.IndicatorsPackageImpl#getSeries()
		 * @generated
		 */
		EClass SERIES = eINSTANCE.getSeries();

		/**
		 * The meta object literal for the '<em><b>Organisation</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SERIES__ORGANISATION = eINSTANCE.getSeries_Organisation();

		/**
		 * The meta object literal for the '<em><b>Periods</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SERIES__PERIODS = eINSTANCE.getSeries_Periods();

		/**
		 * The meta object literal for the '<em><b>Values</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SERIES__VALUES = eINSTANCE.getSeries_Values();

		/**
		 * The meta object literal for the '<em><b>Statuses</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SERIES__STATUSES = eINSTANCE.getSeries_Statuses();

		/**
		 * The meta object literal for the '<em><b>Origin</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SERIES__ORIGIN = eINSTANCE.getSeries_Origin();

		/**
		 * The meta object literal for the '<em><b>Updated</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SERIES__UPDATED = eINSTANCE.getSeries_Updated();

		/**
		 * The meta object literal for the '{@link no.redthread.indicators.model.impl.IndicatorTargetImpl <em>Indicator Target</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see no.redthread.indicators.model.impl.IndicatorTargetImpl
		 * @see no.redthread.indicators.model.impl.IndicatorsPackageImpl#getIndicatorTarget()
		 * @generated
		 */
		EClass INDICATOR_TARGET = eINSTANCE.getIndicatorTarget();

		/**
		 * The meta object literal for the '<em><b>Organisation</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INDICATOR_TARGET__ORGANISATION = eINSTANCE.getIndicatorTarget_Organisation();

		/**
		 * The meta object literal for the '<em><b>Year</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INDICATOR_TARGET__YEAR = eINSTANCE.getIndicatorTarget_Year();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INDICATOR_TARGET__VALUE = eINSTANCE.getIndicatorTarget_Value();

		/**
		 * The meta object literal for the '<em><b>Note</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INDICATOR_TARGET__NOTE = eINSTANCE.getIndicatorTarget_Note();

		/**
		 * The meta object literal for the '{@link no.redthread.indicators.model.impl.BaselineImpl <em>Baseline</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see no.redthread.indicators.model.impl.BaselineImpl
		 * @see no.redthread.indicators.model.impl.IndicatorsPackageImpl#getBaseline()
		 * @generated
		 */
		EClass BASELINE = eINSTANCE.getBaseline();

		/**
		 * The meta object literal for the '<em><b>Organisation</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BASELINE__ORGANISATION = eINSTANCE.getBaseline_Organisation();

		/**
		 * The meta object literal for the '<em><b>Year</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BASELINE__YEAR = eINSTANCE.getBaseline_Year();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BASELINE__VALUE = eINSTANCE.getBaseline_Value();

		/**
		 * The meta object literal for the '{@link no.redthread.indicators.model.DesiredDirection <em>Desired Direction</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see no.redthread.indicators.model.DesiredDirection
		 * @see no.redthread.indicators.model.impl.IndicatorsPackageImpl#getDesiredDirection()
		 * @generated
		 */
		EEnum DESIRED_DIRECTION = eINSTANCE.getDesiredDirection();

		/**
		 * The meta object literal for the '<em>Double Array</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see no.redthread.indicators.model.impl.IndicatorsPackageImpl#getDoubleArray()
		 * @generated
		 */
		EDataType DOUBLE_ARRAY = eINSTANCE.getDoubleArray();

		/**
		 * The meta object literal for the '<em>Period Array</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see no.redthread.indicators.model.impl.IndicatorsPackageImpl#getPeriodArray()
		 * @generated
		 */
		EDataType PERIOD_ARRAY = eINSTANCE.getPeriodArray();

		/**
		 * The meta object literal for the '<em>Status Array</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see no.redthread.indicators.model.impl.IndicatorsPackageImpl#getStatusArray()
		 * @generated
		 */
		EDataType STATUS_ARRAY = eINSTANCE.getStatusArray();

	}

} //IndicatorsPackage
