/**
 * Redthread: generated from model/plan.ecore by regenerate.sh. Do not edit.
 */
package no.redthread.model.plan.impl;

import java.util.Collection;

import no.redthread.model.plan.Goal;
import no.redthread.model.plan.PlanPackage;
import no.redthread.model.plan.SdgTarget;
import no.redthread.model.plan.Strategy;
import no.redthread.model.plan.Target;
import no.redthread.model.plan.Theme;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.EObjectResolvingEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Goal</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link no.redthread.model.plan.impl.GoalImpl#getName <em>Name</em>}</li>
 *   <li>{@link no.redthread.model.plan.impl.GoalImpl#getDescription <em>Description</em>}</li>
 *   <li>{@link no.redthread.model.plan.impl.GoalImpl#getTargets <em>Targets</em>}</li>
 *   <li>{@link no.redthread.model.plan.impl.GoalImpl#getStrategies <em>Strategies</em>}</li>
 *   <li>{@link no.redthread.model.plan.impl.GoalImpl#getAddressedSdgTargets <em>Addressed Sdg Targets</em>}</li>
 *   <li>{@link no.redthread.model.plan.impl.GoalImpl#getAddressedThemes <em>Addressed Themes</em>}</li>
 * </ul>
 *
 * @generated
 */
public class GoalImpl extends IdentifiedImpl implements Goal {
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
	 * The default value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected static final String DESCRIPTION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected String description = DESCRIPTION_EDEFAULT;

	/**
	 * The cached value of the '{@link #getTargets() <em>Targets</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTargets()
	 * @generated
	 * @ordered
	 */
	protected EList<Target> targets;

	/**
	 * The cached value of the '{@link #getStrategies() <em>Strategies</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStrategies()
	 * @generated
	 * @ordered
	 */
	protected EList<Strategy> strategies;

	/**
	 * The cached value of the '{@link #getAddressedSdgTargets() <em>Addressed Sdg Targets</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAddressedSdgTargets()
	 * @generated
	 * @ordered
	 */
	protected EList<SdgTarget> addressedSdgTargets;

	/**
	 * The cached value of the '{@link #getAddressedThemes() <em>Addressed Themes</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAddressedThemes()
	 * @generated
	 * @ordered
	 */
	protected EList<Theme> addressedThemes;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected GoalImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return PlanPackage.Literals.GOAL;
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
			eNotify(new ENotificationImpl(this, Notification.SET, PlanPackage.GOAL__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDescription() {
		return description;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDescription(String newDescription) {
		String oldDescription = description;
		description = newDescription;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlanPackage.GOAL__DESCRIPTION, oldDescription, description));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Target> getTargets() {
		if (targets == null) {
			targets = new EObjectContainmentEList<Target>(Target.class, this, PlanPackage.GOAL__TARGETS);
		}
		return targets;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Strategy> getStrategies() {
		if (strategies == null) {
			strategies = new EObjectContainmentEList<Strategy>(Strategy.class, this, PlanPackage.GOAL__STRATEGIES);
		}
		return strategies;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<SdgTarget> getAddressedSdgTargets() {
		if (addressedSdgTargets == null) {
			addressedSdgTargets = new EObjectResolvingEList<SdgTarget>(SdgTarget.class, this, PlanPackage.GOAL__ADDRESSED_SDG_TARGETS);
		}
		return addressedSdgTargets;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Theme> getAddressedThemes() {
		if (addressedThemes == null) {
			addressedThemes = new EObjectResolvingEList<Theme>(Theme.class, this, PlanPackage.GOAL__ADDRESSED_THEMES);
		}
		return addressedThemes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case PlanPackage.GOAL__TARGETS:
				return ((InternalEList<?>)getTargets()).basicRemove(otherEnd, msgs);
			case PlanPackage.GOAL__STRATEGIES:
				return ((InternalEList<?>)getStrategies()).basicRemove(otherEnd, msgs);
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
			case PlanPackage.GOAL__NAME:
				return getName();
			case PlanPackage.GOAL__DESCRIPTION:
				return getDescription();
			case PlanPackage.GOAL__TARGETS:
				return getTargets();
			case PlanPackage.GOAL__STRATEGIES:
				return getStrategies();
			case PlanPackage.GOAL__ADDRESSED_SDG_TARGETS:
				return getAddressedSdgTargets();
			case PlanPackage.GOAL__ADDRESSED_THEMES:
				return getAddressedThemes();
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
			case PlanPackage.GOAL__NAME:
				setName((String)newValue);
				return;
			case PlanPackage.GOAL__DESCRIPTION:
				setDescription((String)newValue);
				return;
			case PlanPackage.GOAL__TARGETS:
				getTargets().clear();
				getTargets().addAll((Collection<? extends Target>)newValue);
				return;
			case PlanPackage.GOAL__STRATEGIES:
				getStrategies().clear();
				getStrategies().addAll((Collection<? extends Strategy>)newValue);
				return;
			case PlanPackage.GOAL__ADDRESSED_SDG_TARGETS:
				getAddressedSdgTargets().clear();
				getAddressedSdgTargets().addAll((Collection<? extends SdgTarget>)newValue);
				return;
			case PlanPackage.GOAL__ADDRESSED_THEMES:
				getAddressedThemes().clear();
				getAddressedThemes().addAll((Collection<? extends Theme>)newValue);
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
			case PlanPackage.GOAL__NAME:
				setName(NAME_EDEFAULT);
				return;
			case PlanPackage.GOAL__DESCRIPTION:
				setDescription(DESCRIPTION_EDEFAULT);
				return;
			case PlanPackage.GOAL__TARGETS:
				getTargets().clear();
				return;
			case PlanPackage.GOAL__STRATEGIES:
				getStrategies().clear();
				return;
			case PlanPackage.GOAL__ADDRESSED_SDG_TARGETS:
				getAddressedSdgTargets().clear();
				return;
			case PlanPackage.GOAL__ADDRESSED_THEMES:
				getAddressedThemes().clear();
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
			case PlanPackage.GOAL__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case PlanPackage.GOAL__DESCRIPTION:
				return DESCRIPTION_EDEFAULT == null ? description != null : !DESCRIPTION_EDEFAULT.equals(description);
			case PlanPackage.GOAL__TARGETS:
				return targets != null && !targets.isEmpty();
			case PlanPackage.GOAL__STRATEGIES:
				return strategies != null && !strategies.isEmpty();
			case PlanPackage.GOAL__ADDRESSED_SDG_TARGETS:
				return addressedSdgTargets != null && !addressedSdgTargets.isEmpty();
			case PlanPackage.GOAL__ADDRESSED_THEMES:
				return addressedThemes != null && !addressedThemes.isEmpty();
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
		result.append(", description: ");
		result.append(description);
		result.append(')');
		return result.toString();
	}

} //GoalImpl
