/**
 * Redthread: generated from model/plan.ecore by regenerate.sh. Do not edit.
 */
package no.redthread.model.plan.impl;

import java.util.Collection;

import no.redthread.model.plan.FundingStatus;
import no.redthread.model.plan.Goal;
import no.redthread.model.plan.Measure;
import no.redthread.model.plan.PlanPackage;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectResolvingEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Measure</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link no.redthread.model.plan.impl.MeasureImpl#getName <em>Name</em>}</li>
 *   <li>{@link no.redthread.model.plan.impl.MeasureImpl#getResponsibleUnit <em>Responsible Unit</em>}</li>
 *   <li>{@link no.redthread.model.plan.impl.MeasureImpl#getCostPerYear <em>Cost Per Year</em>}</li>
 *   <li>{@link no.redthread.model.plan.impl.MeasureImpl#getStartYear <em>Start Year</em>}</li>
 *   <li>{@link no.redthread.model.plan.impl.MeasureImpl#getEndYear <em>End Year</em>}</li>
 *   <li>{@link no.redthread.model.plan.impl.MeasureImpl#getFundingStatus <em>Funding Status</em>}</li>
 *   <li>{@link no.redthread.model.plan.impl.MeasureImpl#getFollows <em>Follows</em>}</li>
 * </ul>
 *
 * @generated
 */
public class MeasureImpl extends IdentifiedImpl implements Measure {
	/**
	 * The default value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected static final String NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected String name = NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getResponsibleUnit() <em>Responsible Unit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getResponsibleUnit()
	 * @generated
	 * @ordered
	 */
	protected static final String RESPONSIBLE_UNIT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getResponsibleUnit() <em>Responsible Unit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getResponsibleUnit()
	 * @generated
	 * @ordered
	 */
	protected String responsibleUnit = RESPONSIBLE_UNIT_EDEFAULT;

	/**
	 * The default value of the '{@link #getCostPerYear() <em>Cost Per Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCostPerYear()
	 * @generated
	 * @ordered
	 */
	protected static final double COST_PER_YEAR_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getCostPerYear() <em>Cost Per Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCostPerYear()
	 * @generated
	 * @ordered
	 */
	protected double costPerYear = COST_PER_YEAR_EDEFAULT;

	/**
	 * The default value of the '{@link #getStartYear() <em>Start Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStartYear()
	 * @generated
	 * @ordered
	 */
	protected static final Integer START_YEAR_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getStartYear() <em>Start Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStartYear()
	 * @generated
	 * @ordered
	 */
	protected Integer startYear = START_YEAR_EDEFAULT;

	/**
	 * The default value of the '{@link #getEndYear() <em>End Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEndYear()
	 * @generated
	 * @ordered
	 */
	protected static final Integer END_YEAR_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getEndYear() <em>End Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEndYear()
	 * @generated
	 * @ordered
	 */
	protected Integer endYear = END_YEAR_EDEFAULT;

	/**
	 * The default value of the '{@link #getFundingStatus() <em>Funding Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFundingStatus()
	 * @generated
	 * @ordered
	 */
	protected static final FundingStatus FUNDING_STATUS_EDEFAULT = FundingStatus.UNFUNDED;

	/**
	 * The cached value of the '{@link #getFundingStatus() <em>Funding Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFundingStatus()
	 * @generated
	 * @ordered
	 */
	protected FundingStatus fundingStatus = FUNDING_STATUS_EDEFAULT;

	/**
	 * The cached value of the '{@link #getFollows() <em>Follows</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFollows()
	 * @generated
	 * @ordered
	 */
	protected EList<Goal> follows;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected MeasureImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return PlanPackage.Literals.MEASURE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
		return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setName(String newName) {
		String oldName = name;
		name = newName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlanPackage.MEASURE__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getResponsibleUnit() {
		return responsibleUnit;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setResponsibleUnit(String newResponsibleUnit) {
		String oldResponsibleUnit = responsibleUnit;
		responsibleUnit = newResponsibleUnit;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlanPackage.MEASURE__RESPONSIBLE_UNIT, oldResponsibleUnit, responsibleUnit));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getCostPerYear() {
		return costPerYear;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCostPerYear(double newCostPerYear) {
		double oldCostPerYear = costPerYear;
		costPerYear = newCostPerYear;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlanPackage.MEASURE__COST_PER_YEAR, oldCostPerYear, costPerYear));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getStartYear() {
		return startYear;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStartYear(Integer newStartYear) {
		Integer oldStartYear = startYear;
		startYear = newStartYear;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlanPackage.MEASURE__START_YEAR, oldStartYear, startYear));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getEndYear() {
		return endYear;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEndYear(Integer newEndYear) {
		Integer oldEndYear = endYear;
		endYear = newEndYear;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlanPackage.MEASURE__END_YEAR, oldEndYear, endYear));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public FundingStatus getFundingStatus() {
		return fundingStatus;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFundingStatus(FundingStatus newFundingStatus) {
		FundingStatus oldFundingStatus = fundingStatus;
		fundingStatus = newFundingStatus == null ? FUNDING_STATUS_EDEFAULT : newFundingStatus;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlanPackage.MEASURE__FUNDING_STATUS, oldFundingStatus, fundingStatus));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Goal> getFollows() {
		if (follows == null) {
			follows = new EObjectResolvingEList<Goal>(Goal.class, this, PlanPackage.MEASURE__FOLLOWS);
		}
		return follows;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case PlanPackage.MEASURE__NAME:
				return getName();
			case PlanPackage.MEASURE__RESPONSIBLE_UNIT:
				return getResponsibleUnit();
			case PlanPackage.MEASURE__COST_PER_YEAR:
				return getCostPerYear();
			case PlanPackage.MEASURE__START_YEAR:
				return getStartYear();
			case PlanPackage.MEASURE__END_YEAR:
				return getEndYear();
			case PlanPackage.MEASURE__FUNDING_STATUS:
				return getFundingStatus();
			case PlanPackage.MEASURE__FOLLOWS:
				return getFollows();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case PlanPackage.MEASURE__NAME:
				setName((String)newValue);
				return;
			case PlanPackage.MEASURE__RESPONSIBLE_UNIT:
				setResponsibleUnit((String)newValue);
				return;
			case PlanPackage.MEASURE__COST_PER_YEAR:
				setCostPerYear((Double)newValue);
				return;
			case PlanPackage.MEASURE__START_YEAR:
				setStartYear((Integer)newValue);
				return;
			case PlanPackage.MEASURE__END_YEAR:
				setEndYear((Integer)newValue);
				return;
			case PlanPackage.MEASURE__FUNDING_STATUS:
				setFundingStatus((FundingStatus)newValue);
				return;
			case PlanPackage.MEASURE__FOLLOWS:
				getFollows().clear();
				getFollows().addAll((Collection<? extends Goal>)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case PlanPackage.MEASURE__NAME:
				setName(NAME_EDEFAULT);
				return;
			case PlanPackage.MEASURE__RESPONSIBLE_UNIT:
				setResponsibleUnit(RESPONSIBLE_UNIT_EDEFAULT);
				return;
			case PlanPackage.MEASURE__COST_PER_YEAR:
				setCostPerYear(COST_PER_YEAR_EDEFAULT);
				return;
			case PlanPackage.MEASURE__START_YEAR:
				setStartYear(START_YEAR_EDEFAULT);
				return;
			case PlanPackage.MEASURE__END_YEAR:
				setEndYear(END_YEAR_EDEFAULT);
				return;
			case PlanPackage.MEASURE__FUNDING_STATUS:
				setFundingStatus(FUNDING_STATUS_EDEFAULT);
				return;
			case PlanPackage.MEASURE__FOLLOWS:
				getFollows().clear();
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case PlanPackage.MEASURE__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case PlanPackage.MEASURE__RESPONSIBLE_UNIT:
				return RESPONSIBLE_UNIT_EDEFAULT == null ? responsibleUnit != null : !RESPONSIBLE_UNIT_EDEFAULT.equals(responsibleUnit);
			case PlanPackage.MEASURE__COST_PER_YEAR:
				return costPerYear != COST_PER_YEAR_EDEFAULT;
			case PlanPackage.MEASURE__START_YEAR:
				return START_YEAR_EDEFAULT == null ? startYear != null : !START_YEAR_EDEFAULT.equals(startYear);
			case PlanPackage.MEASURE__END_YEAR:
				return END_YEAR_EDEFAULT == null ? endYear != null : !END_YEAR_EDEFAULT.equals(endYear);
			case PlanPackage.MEASURE__FUNDING_STATUS:
				return fundingStatus != FUNDING_STATUS_EDEFAULT;
			case PlanPackage.MEASURE__FOLLOWS:
				return follows != null && !follows.isEmpty();
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (name: ");
		result.append(name);
		result.append(", responsibleUnit: ");
		result.append(responsibleUnit);
		result.append(", costPerYear: ");
		result.append(costPerYear);
		result.append(", startYear: ");
		result.append(startYear);
		result.append(", endYear: ");
		result.append(endYear);
		result.append(", fundingStatus: ");
		result.append(fundingStatus);
		result.append(')');
		return result.toString();
	}

} //MeasureImpl
