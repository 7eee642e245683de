/**
 * Redthread: generated from model/indicators.ecore by regenerate.sh. Do not edit.
 */
package no.redthread.indicators.model.impl;

import no.redthread.indicators.internal.model.ArrayCodec;

import no.redthread.indicators.model.*;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.impl.EFactoryImpl;

import org.eclipse.emf.ecore.plugin.EcorePlugin;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Factory</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class IndicatorsFactoryImpl extends EFactoryImpl implements IndicatorsFactory {
	/**
	 * Creates the default factory implementation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static IndicatorsFactory init() {
		try {
			IndicatorsFactory theIndicatorsFactory = (IndicatorsFactory)EPackage.Registry.INSTANCE.getEFactory(IndicatorsPackage.eNS_URI);
			if (theIndicatorsFactory != null) {
				return theIndicatorsFactory;
			}
		}
		catch (Exception exception) {
			EcorePlugin.INSTANCE.log(exception);
		}
		return new IndicatorsFactoryImpl();
	}

	/**
	 * Creates an instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public IndicatorsFactoryImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EObject create(EClass eClass) {
		switch (eClass.getClassifierID()) {
			case IndicatorsPackage.INDICATOR_WORKSPACE: return createIndicatorWorkspace();
			case IndicatorsPackage.REGION_GROUP: return createRegionGroup();
			case IndicatorsPackage.INDICATOR_SET: return createIndicatorSet();
			case IndicatorsPackage.INDICATOR: return createIndicator();
			case IndicatorsPackage.DATA_SOURCE: return createDataSource();
			case IndicatorsPackage.VARIABLE_SELECTION: return createVariableSelection();
			case IndicatorsPackage.SERIES: return createSeries();
			case IndicatorsPackage.INDICATOR_TARGET: return createIndicatorTarget();
			case IndicatorsPackage.BASELINE: return createBaseline();
			default:
				throw new IllegalArgumentException("The class '" + eClass.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object createFromString(EDataType eDataType, String initialValue) {
		switch (eDataType.getClassifierID()) {
			case IndicatorsPackage.DESIRED_DIRECTION:
				return createDesiredDirectionFromString(eDataType, initialValue);
			case IndicatorsPackage.DOUBLE_ARRAY:
				return createDoubleArrayFromString(eDataType, initialValue);
			case IndicatorsPackage.PERIOD_ARRAY:
				return createPeriodArrayFromString(eDataType, initialValue);
			case IndicatorsPackage.STATUS_ARRAY:
				return createStatusArrayFromString(eDataType, initialValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String convertToString(EDataType eDataType, Object instanceValue) {
		switch (eDataType.getClassifierID()) {
			case IndicatorsPackage.DESIRED_DIRECTION:
				return convertDesiredDirectionToString(eDataType, instanceValue);
			case IndicatorsPackage.DOUBLE_ARRAY:
				return convertDoubleArrayToString(eDataType, instanceValue);
			case IndicatorsPackage.PERIOD_ARRAY:
				return convertPeriodArrayToString(eDataType, instanceValue);
			case IndicatorsPackage.STATUS_ARRAY:
				return convertStatusArrayToString(eDataType, instanceValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public IndicatorWorkspace createIndicatorWorkspace() {
		IndicatorWorkspaceImpl indicatorWorkspace = new IndicatorWorkspaceImpl();
		return indicatorWorkspace;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RegionGroup createRegionGroup() {
		RegionGroupImpl regionGroup = new RegionGroupImpl();
		return regionGroup;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public IndicatorSet createIndicatorSet() {
		IndicatorSetImpl indicatorSet = new IndicatorSetImpl();
		return indicatorSet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Indicator createIndicator() {
		IndicatorImpl indicator = new IndicatorImpl();
		return indicator;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DataSource createDataSource() {
		DataSourceImpl dataSource = new DataSourceImpl();
		return dataSource;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public VariableSelection createVariableSelection() {
		VariableSelectionImpl variableSelection = new VariableSelectionImpl();
		return variableSelection;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Series createSeries() {
		SeriesImpl series = new SeriesImpl();
		return series;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public IndicatorTarget createIndicatorTarget() {
		IndicatorTargetImpl indicatorTarget = new IndicatorTargetImpl();
		return indicatorTarget;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Baseline createBaseline() {
		BaselineImpl baseline = new BaselineImpl();
		return baseline;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public DesiredDirection createDesiredDirectionFromString(EDataType eDataType, String initialValue) {
		DesiredDirection result = DesiredDirection.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertDesiredDirectionToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public double[] createDoubleArray(final String it) {
		return ArrayCodec.parseDoubles(it);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public double[] createDoubleArrayFromString(EDataType eDataType, String initialValue) {
		return createDoubleArray(initialValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertDoubleArray(final double[] it) {
		return ArrayCodec.formatDoubles(it);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertDoubleArrayToString(EDataType eDataType, Object instanceValue) {
		return convertDoubleArray((double[])instanceValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String[] createPeriodArray(final String it) {
		return ArrayCodec.parseStrings(it);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String[] createPeriodArrayFromString(EDataType eDataType, String initialValue) {
		return createPeriodArray(initialValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertPeriodArray(final String[] it) {
		return ArrayCodec.formatStrings(it);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertPeriodArrayToString(EDataType eDataType, Object instanceValue) {
		return convertPeriodArray((String[])instanceValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String[] createStatusArray(final String it) {
		return ArrayCodec.parseStrings(it);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String[] createStatusArrayFromString(EDataType eDataType, String initialValue) {
		return createStatusArray(initialValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertStatusArray(final String[] it) {
		return ArrayCodec.formatStrings(it);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertStatusArrayToString(EDataType eDataType, Object instanceValue) {
		return convertStatusArray((String[])instanceValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public IndicatorsPackage getIndicatorsPackage() {
		return (IndicatorsPackage)getEPackage();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @deprecated
	 * @generated
	 */
	@Deprecated
	public static IndicatorsPackage getPackage() {
		return IndicatorsPackage.eINSTANCE;
	}

} //IndicatorsFactoryImpl
