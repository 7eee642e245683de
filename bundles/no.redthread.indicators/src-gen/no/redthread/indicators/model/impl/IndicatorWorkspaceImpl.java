/**
 * Redthread: generated from model/indicators.ecore by regenerate.sh. Do not edit.
 */
package no.redthread.indicators.model.impl;

import java.util.Collection;

import no.redthread.indicators.model.IndicatorSet;
import no.redthread.indicators.model.IndicatorWorkspace;
import no.redthread.indicators.model.IndicatorsPackage;
import no.redthread.indicators.model.RegionGroup;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Indicator Workspace</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link no.redthread.indicators.model.impl.IndicatorWorkspaceImpl#getName <em>Name</em>}</li>
 *   <li>{@link no.redthread.indicators.model.impl.IndicatorWorkspaceImpl#getSets <em>Sets</em>}</li>
 *   <li>{@link no.redthread.indicators.model.impl.IndicatorWorkspaceImpl#getRegionGroups <em>Region Groups</em>}</li>
 * </ul>
 *
 * @generated
 */
public class IndicatorWorkspaceImpl extends IndicatorElementImpl implements IndicatorWorkspace {
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
	 * The cached value of the '{@link #getSets() <em>Sets</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSets()
	 * @generated
	 * @ordered
	 */
	protected EList<IndicatorSet> sets;

	/**
	 * The cached value of the '{@link #getRegionGroups() <em>Region Groups</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRegionGroups()
	 * @generated
	 * @ordered
	 */
	protected EList<RegionGroup> regionGroups;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected IndicatorWorkspaceImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return IndicatorsPackage.Literals.INDICATOR_WORKSPACE;
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
			eNotify(new ENotificationImpl(this, Notification.SET, IndicatorsPackage.INDICATOR_WORKSPACE__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<IndicatorSet> getSets() {
		if (sets == null) {
			sets = new EObjectContainmentEList<IndicatorSet>(IndicatorSet.class, this, IndicatorsPackage.INDICATOR_WORKSPACE__SETS);
		}
		return sets;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<RegionGroup> getRegionGroups() {
		if (regionGroups == null) {
			regionGroups = new EObjectContainmentEList<RegionGroup>(RegionGroup.class, this, IndicatorsPackage.INDICATOR_WORKSPACE__REGION_GROUPS);
		}
		return regionGroups;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case IndicatorsPackage.INDICATOR_WORKSPACE__SETS:
				return ((InternalEList<?>)getSets()).basicRemove(otherEnd, msgs);
			case IndicatorsPackage.INDICATOR_WORKSPACE__REGION_GROUPS:
				return ((InternalEList<?>)getRegionGroups()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case IndicatorsPackage.INDICATOR_WORKSPACE__NAME:
				return getName();
			case IndicatorsPackage.INDICATOR_WORKSPACE__SETS:
				return getSets();
			case IndicatorsPackage.INDICATOR_WORKSPACE__REGION_GROUPS:
				return getRegionGroups();
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
			case IndicatorsPackage.INDICATOR_WORKSPACE__NAME:
				setName((String)newValue);
				return;
			case IndicatorsPackage.INDICATOR_WORKSPACE__SETS:
				getSets().clear();
				getSets().addAll((Collection<? extends IndicatorSet>)newValue);
				return;
			case IndicatorsPackage.INDICATOR_WORKSPACE__REGION_GROUPS:
				getRegionGroups().clear();
				getRegionGroups().addAll((Collection<? extends RegionGroup>)newValue);
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
			case IndicatorsPackage.INDICATOR_WORKSPACE__NAME:
				setName(NAME_EDEFAULT);
				return;
			case IndicatorsPackage.INDICATOR_WORKSPACE__SETS:
				getSets().clear();
				return;
			case IndicatorsPackage.INDICATOR_WORKSPACE__REGION_GROUPS:
				getRegionGroups().clear();
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
			case IndicatorsPackage.INDICATOR_WORKSPACE__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case IndicatorsPackage.INDICATOR_WORKSPACE__SETS:
				return sets != null && !sets.isEmpty();
			case IndicatorsPackage.INDICATOR_WORKSPACE__REGION_GROUPS:
				return regionGroups != null && !regionGroups.isEmpty();
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
		result.append(')');
		return result.toString();
	}

} //IndicatorWorkspaceImpl
